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
    WordForms<List<String>> forms = WordForms.lists(word -> {
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
    WordForms<List<String>> forms = WordForms.lists(word -> new ArrayList<>(List.of(word, word + "x")));
    List<String> answer = forms.of("كتاب");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> answer.add("other"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aWordIsReadFromTheTokensBufferAsFromAString() {
    AtomicInteger calls = new AtomicInteger();
    WordForms<List<String>> forms = new WordForms<>(word -> {
      calls.incrementAndGet();
      return ArabicMorphology.PLAIN.stems(word);
    });
    char[] buffer = "والحكومات وغيرها".toCharArray(); // a term buffer is longer than its term
    assertThat(forms.of(buffer, "والحكومات".length())).isEqualTo(forms.of("والحكومات"));
    assertThat(forms.of(buffer, "والحكوم".length())).isEqualTo(ArabicMorphology.PLAIN.stems("والحكوم"));
    assertThat(calls).hasValue(2);
  }

  @Test
  void aWordReplacedInItsSlotIsWorkedOutAgainWithTheSameAnswer() {
    List<String> computed = new ArrayList<>();
    WordForms<List<String>> forms = new WordForms<>(word -> {
      computed.add(word);
      return List.of(word.toUpperCase(Locale.ROOT));
    }, 4);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      words.add("w" + i);
    }
    for (String word : words) {
      assertThat(forms.of(word)).containsExactly(word.toUpperCase(Locale.ROOT));
    }
    for (String word : words) {
      assertThat(forms.of(word)).containsExactly(word.toUpperCase(Locale.ROOT));
    }
    // Four slots hold four words at most: the others were replaced and worked out again.
    assertThat(computed).hasSizeGreaterThanOrEqualTo(2 * 64 - 4);
  }

  @Test
  void aWordWithNoFormsIsRememberedToo() {
    AtomicInteger calls = new AtomicInteger();
    WordForms<String> forms = new WordForms<>(word -> {
      calls.incrementAndGet();
      return word.length() < 3 ? null : word.substring(0, 3);
    });
    assertThat(forms.of("في")).isNull();
    assertThat(forms.of("في")).isNull();
    assertThat(forms.of("الحكومه")).isEqualTo("الح");
    assertThat(calls).hasValue(2);
  }

  @Test
  void theTableIsAPowerOfTwo() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WordForms<>(List::of, 1000))
        .hasMessageContaining("power of two");
  }
}
