package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The filters' memory of word forms: one computation per word, the same answer, bounded. */
class WordFormsTest {

  @Test
  void aWordIsWorkedOutOnceAndAnsweredTheSame() {
    AtomicInteger calls = new AtomicInteger();
    WordForms forms = new WordForms(word -> {
      calls.incrementAndGet();
      return new ArrayList<>(ArabicMorphology.PLAIN.stems(word));
    });
    List<String> first = forms.of("والحكومات");
    List<String> again = forms.of("والحكومات");
    assertThat(again).isEqualTo(first).isEqualTo(ArabicMorphology.PLAIN.stems("والحكومات"));
    assertThat(calls).hasValue(1);
  }

  @Test
  void theAnswerCannotBeChangedByAStream() {
    WordForms forms = new WordForms(word -> new ArrayList<>(List.of(word, word + "x")));
    List<String> answer = forms.of("كتاب");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> answer.add("other"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void pastTheBoundItStartsAgainAndStillAnswersRight() {
    AtomicInteger calls = new AtomicInteger();
    WordForms forms = new WordForms(word -> {
      calls.incrementAndGet();
      return List.of(word.toUpperCase(java.util.Locale.ROOT));
    });
    for (int i = 0; i <= WordForms.MAX_WORDS; i++) {
      assertThat(forms.of("w" + i)).containsExactly("W" + i);
    }
    assertThat(forms.of("w0")).containsExactly("W0");
    assertThat(calls).hasValue(WordForms.MAX_WORDS + 2); // w0 was forgotten when the memory filled
  }
}
