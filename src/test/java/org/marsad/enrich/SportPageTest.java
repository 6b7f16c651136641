package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;
import org.junit.jupiter.api.Test;

class SportPageTest {

  private final ArabicNormaliser normaliser = new ArabicNormaliser();
  private final SportPage sport = new SportPage(normaliser);

  @Test
  void sportWordsCountWithTheirPrepositionsJoined() {
    // Four sport words as written, and المباراة / البطولات only behind ب and لل.
    String text = "قاد منتخبنا لكأس العالم، ويعيش مرحلة حسم من الدوري للبطولات الأوروبية بعد هدف المدرب"
        + " في الموسم، ولم يقدم الأداء المعهود بالمباراة.";
    assertThat(sport.isSport(fields(text))).isTrue();
  }

  @Test
  void aPoliticalPageIsNoSportPage() {
    String text = "قال وزير الخارجية إن المفاوضات مع الحكومة ستستأنف الأسبوع المقبل في جنيف بحضور المبعوث الأممي.";
    assertThat(sport.isSport(fields(text))).isFalse();
  }

  @Test
  void aProcliticIsTakenOffOnlyWhereAWordRemains() {
    assertThat(SportPage.withoutProclitics("للبطولات")).isEqualTo("البطولات");
    assertThat(SportPage.withoutProclitics("بالمباراه")).isEqualTo("المباراه");
    assertThat(SportPage.withoutProclitics("وللدوري")).isEqualTo("الدوري");
    assertThat(SportPage.withoutProclitics("لعب")).isEqualTo("لعب");
  }

  private List<TaggedField> fields(String text) {
    List<TextToken> tokens = TextToken.tokenize(text);
    List<String> normalised = new ArrayList<>();
    List<List<ArabicMorphology.Reading>> readings = new ArrayList<>();
    for (TextToken token : tokens) {
      String key = normaliser.fold(token.text());
      normalised.add(key);
      readings.add(ArabicMorphology.PLAIN.readings(key, token.text()));
    }
    return List.of(new TaggedField("body", text, tokens, normalised, readings, 0));
  }
}
