package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names after titles and capitalised Latin names that the knowledge base lacks are counted. */
class NameDiscoveryTest {

  private static final KnowledgeBase KB = new KnowledgeBaseLoader(null).load();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      قال المبعوث زيدان القرطاجني إن الحوار ضروري                 | زيدان القرطاجني
      وصرح وزير الخارجية الفرنسي جان إيف لودريان أمس              | ''
      وقال رئيس الوزراء الأردني هاني الملقي                        | ''
      أكد الشيخ عادل بن مرزوق في بيان                              | عادل بن مرزوق
      أكد الشيخ خالد بن أحمد آل خليفة                              | ''
      حذر العقيد سالم الورشفاني من التصعيد                          | سالم الورشفاني
      said analyst Tarek Megerisi of the council                   | Tarek Megerisi
      التقى المشير خليفة حفتر بالوفد                                | ''
      """)
  void countsUnknownNamesOnly(String text, String expected) {
    NameDiscovery discovery = new NameDiscovery();
    new KnowledgeBaseTagger(KB, discovery).enrich(new TaggableText(null, null, text));

    List<String> names = discovery.top(10, 1).stream().map(DiscoveredName::name).toList();
    if (expected.isEmpty()) {
      assertThat(names).isEmpty();
    } else {
      assertThat(names).containsExactly(expected);
    }
  }
}
