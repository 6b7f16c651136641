package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the family-name lexicon's generator tells the conjunction و from a name's first letter. */
class SurnameLexiconGenerationTest {

  /** Occurrences in the corpora (index 0) and after a given name (index 1). */
  private static final Map<String, long[]> COUNTS = Map.of(
      "وشامل", new long[] {40, 30}, "شامل", new long[] {900, 5},
      "ورفاقه", new long[] {60, 20}, "رفاقه", new long[] {20, 0},
      "واتسون", new long[] {25, 20},
      "والكر", new long[] {50, 40}, "الكر", new long[] {5, 0},
      "ود", new long[] {30, 10}, "د", new long[] {500, 0});

  @Test
  void aWordThatIsTheConjunctionAndAWordWrittenOnItsOwnIsNoFamilyName() {
    assertThat(SurnameLexiconGeneration.afterConjunction("وشامل", COUNTS)).isTrue();
    assertThat(SurnameLexiconGeneration.afterConjunction("ورفاقه", COUNTS)).isTrue();
  }

  @Test
  void aNameOpeningWithWawStaysOne() {
    assertThat(SurnameLexiconGeneration.afterConjunction("واتسون", COUNTS)).isFalse();
    assertThat(SurnameLexiconGeneration.afterConjunction("والكر", COUNTS)).isFalse();
    assertThat(SurnameLexiconGeneration.afterConjunction("ود", COUNTS)).isFalse();
  }
}
