package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding for facet value search and suggestions: one rule a line, as Lucene's analysis tests do. */
class LabelMatcherTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      أحمد           | احمد
      إيطاليا        | ايطاليا
      مصطفى          | مصطفي
      الجزيرة        | الجزيره
      مُحَمَّد        | محمد
      حفـــتر        | حفتر
      Côte d’Ivoire  | cote d’ivoire
      HAFTAR         | haftar
      """)
  void folds(String text, String folded) {
    assertThat(LabelMatcher.fold(text)).isEqualTo(folded);
  }
}
