package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule tables for {@link ArabicCliticStemFilter}, in the style of Lucene's {@code
 * TestArabicStemFilter}: one line per rule, through the configset's own files.
 */
class ArabicCliticStemFilterTest {

  private static final Path CONF = Path.of("solr-config", "conf");
  private static Analyzer safe;
  private static Analyzer expanded;

  @BeforeAll
  static void analyzers() throws IOException {
    safe = chain(false);
    expanded = chain(true);
  }

  @AfterAll
  static void close() {
    safe.close();
    expanded.close();
  }

  private static Analyzer chain(boolean expand) throws IOException {
    return CustomAnalyzer.builder(CONF)
        .withTokenizer("standard")
        .addTokenFilter("lowercase")
        .addTokenFilter("decimalDigit")
        .addTokenFilter(ArabicNormaliserFilterFactory.NAME)
        .addTokenFilter(
            ArabicCliticStemFilterFactory.NAME,
            "protected", "lang/protwords_ar.txt",
            "mappings", "lang/stem_map_ar.txt",
            "expand", Boolean.toString(expand))
        .build();
  }

  @Test
  void articleAndConjunctionPrefixes() {
    check("الكتاب", "كتاب");
    check("والكتاب", "كتاب");
    check("فالكتاب", "كتاب");
    check("بالكتاب", "كتاب");
    check("كالكتاب", "كتاب");
    check("للكتاب", "كتاب");
    check("وللكتاب", "كتاب");
    check("وبالكتاب", "كتاب");
    check("الأخبار", "اخبار");
    check("أخبار", "اخبار");
  }

  @Test
  void suffixesAndPronouns() {
    check("وأغراضها", "اغراض");
    check("أغراض", "اغراض");
    check("الانتخابات", "انتخاب");
    check("للانتخابات", "انتخاب");
    check("كتابهم", "كتاب");
    check("كتابهما", "كتاب");
    check("كتابكم", "كتاب");
    check("حكومتها", "حكوم");
    check("حكومتهم", "حكوم");
    check("الحكومة", "حكوم");
    check("سياساتها", "سياس");
  }

  @Test
  void doesNotOverStem() {
    check("تفاهم", "تفاهم");
    check("المحاكم", "محاكم");
    check("بيتها", "بيت");
    check("برنامج", "برنامج");
    check("كتاب", "كتاب");
    check("فرنسا", "فرنسا");
    check("كورونا", "كورونا");
    check("بحث", "بحث");
  }

  @Test
  void protectedNamesKeepTheirLettersButLoseTheirClitics() {
    check("ليبيا", "ليبيا");
    check("لليبيا", "ليبيا");
    check("وليبيا", "ليبيا");
    check("حفتر", "حفتر");
    check("بحفتر", "حفتر");
    check("لحفتر", "حفتر");
    check("بنغازي", "بنغازي");
    check("وبنغازي", "بنغازي");
    check("السودان", "سودان");
    check("والسودان", "سودان");
    check("للسودان", "سودان");
    check("البحرين", "بحرين");
    check("لبنان", "لبنان");
    check("طبرق", "طبرق");
    check("طُبْرُق", "طبرق");
  }

  @Test
  void nisbaAdjectivesAndVariantsMeetTheirCountry() {
    check("الروسي", "روسيا");
    check("الروسية", "روسيا");
    check("والروسية", "روسيا");
    check("الليبية", "ليبيا");
    check("الأمريكية", "امريكا");
    check("الأميركية", "امريكا");
    check("أميركا", "امريكا");
    check("امريكا", "امريكا");
    check("إسرائيل", "اسراييل");
    check("الإسرائيلي", "اسراييل");
  }

  @Test
  void normalisationBeforeStemming() {
    check("الكِتَابُ", "كتاب");
    check("الكـــتاب", "كتاب");
    check("مكتبة", "مكتب");
    check("٢٠١٧", "2017");
    check("۲۰۱۷", "2017");
  }

  @Test
  void expandStacksTheStemsOfAmbiguousClitics() {
    assertThat(AnalyzerTerms.of(expanded, "لمقاتلين")).containsExactly("لمقاتل", "مقاتل");
    assertThat(AnalyzerTerms.of(expanded, "وبرنامج")).containsExactly("برنامج", "رنامج");
    assertThat(AnalyzerTerms.of(expanded, "أرسلنا")).containsExactly("ارسلنا", "ارسل");
    assertThat(AnalyzerTerms.of(expanded, "برنامجاً")).containsExactly("برنامجا", "رنامجا", "برنامج");
    assertThat(AnalyzerTerms.of(expanded, "رسمياً")).containsExactly("رسميا", "رسم");
    assertThat(AnalyzerTerms.of(expanded, "العليا")).containsExactly("عليا");
    assertThat(AnalyzerTerms.of(safe, "لمقاتلين")).containsExactly("لمقاتل");
  }

  @Test
  void stackedStemsShareThePositionAndOffsetsOfTheWord() throws IOException {
    try (TokenStream stream = expanded.tokenStream("f", "قال لمقاتلين")) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      List<String> seen = new ArrayList<>();
      stream.reset();
      while (stream.incrementToken()) {
        seen.add(term + "/" + position.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
      assertThat(seen).containsExactly("قال/1/0-3", "لمقاتل/1/4-12", "مقاتل/0/4-12");
    }
  }

  private static void check(String input, String expected) {
    assertThat(AnalyzerTerms.of(safe, input)).as(input).containsExactly(expected);
  }

}
