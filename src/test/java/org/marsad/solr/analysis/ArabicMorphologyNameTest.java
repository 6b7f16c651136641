package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule tables for how {@link ArabicMorphology} reads the clitics in front of a name (the actor
 * tagger's organisation heads and short forms), in the style of Lucene's {@code
 * TestArabicNormalizationFilter}: one line per rule, on normalised words.
 */
class ArabicMorphologyNameTest {

  @Test
  void theArticleIsKeptWhenConjunctionsAndPrepositionsGo() {
    checkKept("والهيئه", "الهيئه");
    checkKept("بالهيئه", "الهيئه");
    checkKept("وبالهيئه", "الهيئه");
    checkKept("للمجلس", "المجلس");
    checkKept("وللمجلس", "المجلس");
    checkKept("لوزاره", "وزاره");
    checkKept("ووزاره", "وزاره");
    checkKept("والسراج", "السراج");
  }

  @Test
  void aFinalHehIsAPronounOnlyWhereTheWordIsWrittenWithIt() {
    // The readings are remembered per word: a word folded alike but written with ة must not get the
    // pronoun's reading, before or after the written ه was asked for.
    for (int round = 0; round < 2; round++) {
      assertThat(ArabicMorphology.PLAIN.readings("قاعده", "قاعدة")).extracting(ArabicMorphology.Reading::suffix)
          .containsOnly("");
      assertThat(ArabicMorphology.PLAIN.readings("قاعده", "قاعده")).extracting(ArabicMorphology.Reading::core)
          .contains("قاعد");
    }
  }

  @Test
  void aWordWithNothingInFrontHasNoOtherForm() {
    assertThat(ArabicMorphology.withArticleKept("الهيئه")).isEmpty();
    assertThat(ArabicMorphology.withArticleKept("حفتر")).isEmpty();
  }

  @Test
  void wawBeforeAnAlefWithAHamzaIsAConjunctionAsWritten() {
    assertThat(ArabicMorphology.conjunctionBeforeHamza("وآرين")).isTrue();
    assertThat(ArabicMorphology.conjunctionBeforeHamza("وأحمد")).isTrue();
    assertThat(ArabicMorphology.conjunctionBeforeHamza("وإيفانكا")).isTrue();
    assertThat(ArabicMorphology.conjunctionBeforeHamza("وارين")).isFalse();
    assertThat(ArabicMorphology.conjunctionBeforeHamza("وائل")).isFalse();
    assertThat(ArabicMorphology.conjunctionBeforeHamza("أحمد")).isFalse();
  }

  @Test
  void definiteMeansTheArticleOrLilInFront() {
    checkDefinite("الخارجيه", true);
    checkDefinite("للرياضه", true);
    checkDefinite("والتعاون", false);
    checkDefinite("بالعاصمه", false);
    checkDefinite("حماس", false);
  }

  @Test
  void aConjunctionGoesWhenMoreThanTwoLettersStay() {
    checkConjunction("وبيسكوف", "بيسكوف");
    checkConjunction("فالخطيب", "الخطيب");
    checkConjunction("وهو", "وهو");
    checkConjunction("سعيد", "سعيد");
  }

  private static void checkKept(String word, String expected) {
    List<String> forms = ArabicMorphology.withArticleKept(word);
    assertThat(forms).as(word).contains(expected);
  }

  private static void checkDefinite(String word, boolean expected) {
    assertThat(ArabicMorphology.isDefinite(word)).as(word).isEqualTo(expected);
  }

  private static void checkConjunction(String word, String expected) {
    assertThat(ArabicMorphology.withoutConjunction(word)).as(word).isEqualTo(expected);
  }
}
