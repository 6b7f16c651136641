package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoilerplateSeparatorTest {

  private final BoilerplateSeparator separator = new BoilerplateSeparator();

  @Test
  void cutsTheSeedArticlesRelatedHeadlinesFromTheBody() throws IOException {
    String seed;
    try (InputStream in = getClass().getResourceAsStream("/seed/libya-us-russia.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    BoilerplateSeparator.Separated separated = separator.separate(seed);

    assertThat(separated.boilerplate()).containsExactly(
        "الفساد والإرهاب وراء قرار واشنطن بتجميد المساعدات لليبيا",
        "حجم المساعدات الأميركية لليبيا يصل إلى مليار دولار",
        "سيناتور أميركي يدق ناقوس الخطر: توسع روسيا في ليبيا يهدد الاستقرار",
        "واشنطن تقليص حضورها العسكري في ليبيا.. بداية تراجع استراتيجي في المنطقة؟",
        "سيناتور أميركي يدق ناقوس الخطر: توسع روسيا في ليبيا يهدد الاستقرار",
        "ليبيا على صفيح ساخن: تصاعد الانتهاكات يهدد الانتخابات المقبلة",
        "باريس تضغط لتعيين مبعوث أممي جديد إلى ليبيا",
        "إدارة ترامب وتنامي النفوذ الروسي في ليبيا.. تجاهل أم استراتيجية؟");
    assertThat(separated.body())
        .contains("وتواجه الولايات المتحدة العديد من التحديات")
        .contains("وكثف مسؤولون عسكريون أميركيون وبريطانيون")
        .doesNotContain("الانتخابات المقبلة", "مبعوث أممي جديد", "\n-\n");
  }

  @Test
  void aLongParagraphAfterADashStaysInTheBody() {
    String paragraph = "كلمة ".repeat(40).strip();

    BoilerplateSeparator.Separated separated = separator.separate("مقدمة\n-\n" + paragraph);

    assertThat(separated.boilerplate()).isEmpty();
    assertThat(separated.body()).isEqualTo("مقدمة\n" + paragraph);
  }

  @Test
  void textWithoutDashesIsLeftAlone() {
    assertThat(separator.separate("سطر أول\nسطر ثان").body()).isEqualTo("سطر أول\nسطر ثان");
  }
}
