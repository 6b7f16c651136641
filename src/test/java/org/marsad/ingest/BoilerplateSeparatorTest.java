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

  @Test
  void aMarkedLinkToAnotherStoryIsCutWhateverTheOutletsSeparator() {
    String text = String.join("\n",
        "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.",
        "للمزيد: واشنطن ترد على تصريحات ماكرون وتؤكد عزم ترامب سحب قواته من سوريا",
        "وأضاف أن الاتفاق ما زال قائما.",
        "قد يهمك.. مصادر لـCNN: ترامب يريد مزيدا من أموال الخليج في سوريا",
        "إقرأ أيضاً: السعودية تنفي أنباء مقتل جمال خاشقجي",
        "قد يهمك| مسؤول أمريكي يتحدث عن العقوبات",
        "اقرأ المزيد - العراق: انتخابات وانقسامات",
        "وختم بالقول إن الحوار هو السبيل الوحيد.");

    BoilerplateSeparator.Separated separated = separator.separate(text);

    assertThat(separated.boilerplate()).containsExactly(
        "واشنطن ترد على تصريحات ماكرون وتؤكد عزم ترامب سحب قواته من سوريا",
        "مصادر لـCNN: ترامب يريد مزيدا من أموال الخليج في سوريا",
        "السعودية تنفي أنباء مقتل جمال خاشقجي",
        "مسؤول أمريكي يتحدث عن العقوبات",
        "العراق: انتخابات وانقسامات");
    assertThat(separated.body()).isEqualTo(String.join("\n",
        "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.",
        "وأضاف أن الاتفاق ما زال قائما.",
        "وختم بالقول إن الحوار هو السبيل الوحيد."));
  }

  @Test
  void aLoneMarkerOpensABlockOfHeadlinesThatEndsAtTheFirstParagraph() {
    String text = String.join("\n",
        "أعلنت الحكومة عن خطة جديدة للإصلاح.",
        "اقرأ أيضاً:",
        "أزمة كوريا الشمالية في سطور",
        "مدير سي آي إيه اجتمع سرا مع زعيم كوريا الشمالية",
        "",
        "وقال المتحدث باسم الحكومة إن الخطة ستطبق على مراحل.");

    BoilerplateSeparator.Separated separated = separator.separate(text);

    assertThat(separated.boilerplate()).containsExactly(
        "أزمة كوريا الشمالية في سطور", "مدير سي آي إيه اجتمع سرا مع زعيم كوريا الشمالية");
    assertThat(separated.body()).isEqualTo(String.join("\n",
        "أعلنت الحكومة عن خطة جديدة للإصلاح.", "", "وقال المتحدث باسم الحكومة إن الخطة ستطبق على مراحل."));
  }

  @Test
  void markerWordsThatOpenProseStayInTheBody() {
    String text = String.join("\n",
        "للمزيد من المعلومات يمكن الاتصال بالسفارة.",
        "شاهد آلاف الأشخاص فيلما نشرته الشركة الموزعة.",
        "اقرأ الدستور جيدا: فهو يمنع ذلك.");

    BoilerplateSeparator.Separated separated = separator.separate(text);

    assertThat(separated.boilerplate()).isEmpty();
    assertThat(separated.body()).isEqualTo(text);
  }
}
