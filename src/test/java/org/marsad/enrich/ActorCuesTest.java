package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Which words make the name model read their sentence ({@link ActorCues#hintsAtName}): titles, heads
 * of organisations' names as the list writes them and given names do; a head the list holds only
 * without the article (الوزارة), على (which folds as علي) and common words that are a clitic plus a
 * given name do not.
 */
class ActorCuesTest {

  private static final ArabicNormaliser NORMALISER = new ArabicNormaliser();
  private static final ActorCues CUES = new ActorCues(NORMALISER);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "الرئيس, true",
      "والرئيس, true",
      "وزير, true",
      "علي, true",
      "وعلي, true",
      "محمد, true",
      "وزارة, true",
      "هيئة, true",
      "وحركة, true",
      "الهيئة, true",
      "الوزارة, false",
      "على, false",
      "وعلى, false",
      "بيان, false",
      "بدون, false",
      "الاتفاق, false",
  })
  void hintsAtAName(String written, boolean hint) {
    assertThat(CUES.hintsAtName(NORMALISER.fold(written), written)).isEqualTo(hint);
  }

  @ParameterizedTest(name = "{0} ends a name: {1}")
  @CsvSource({
      "على, true",
      "علي, false",
      "فإن, true",
      "فإنّ, true",
      "فان, false",
      "قال, true",
      "مايك, false",
      // Lucene's Arabic stop words end a name too, unless they are name words (فان above, بن).
      "ما, true",
      "ومن, true",
      "فيها, true",
      "بن, false",
      "عقب, true",
  })
  void endsANameReadAsWritten(String written, boolean ends) {
    assertThat(CUES.endsName(NORMALISER.fold(written), written)).isEqualTo(ends);
  }
}
