package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  void aWordInUseIsKeptWhileWordsOutOfUseAreForgotten() {
    List<String> computed = new ArrayList<>();
    WordForms forms = new WordForms(word -> {
      computed.add(word);
      return List.of(word.toUpperCase(Locale.ROOT));
    }, 4);
    // Generation 1: في w1 w2 w3; generation 2 starts with w4 and takes في from the older one.
    for (String word : List.of("في", "w1", "w2", "w3", "w4", "في", "w5", "w6", "w7", "w8", "في")) {
      assertThat(forms.of(word)).containsExactly(word.toUpperCase(Locale.ROOT));
    }
    assertThat(computed).containsExactly("في", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8");
    // w1 was in neither of the last two generations: worked out again, with the same answer.
    assertThat(forms.of("w1")).containsExactly("W1");
    assertThat(computed).endsWith("w8", "w1");
  }

  @Test
  void pastTheBoundItStillAnswersRight() {
    AtomicInteger calls = new AtomicInteger();
    WordForms forms = new WordForms(word -> {
      calls.incrementAndGet();
      return List.of(word.toUpperCase(Locale.ROOT));
    });
    for (int i = 0; i <= 3 * WordForms.GENERATION; i++) {
      assertThat(forms.of("w" + i)).containsExactly("W" + i);
    }
    assertThat(forms.of("w0")).containsExactly("W0");
    assertThat(calls).hasValue(3 * WordForms.GENERATION + 2); // w0 was forgotten two generations ago
  }
}
