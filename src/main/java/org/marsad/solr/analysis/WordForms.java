package org.marsad.solr.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The forms a {@link StackingFilter} gives each word, worked out once per word and remembered.
 * News text repeats its words (a few thousand make up most of any article), and working out a
 * word's stems or name keys builds several strings each time (about 330 ns a word for the stems).
 *
 * <p>A table of {@value #SLOTS} slots: a word goes into the slot its hash picks, in place of the
 * word that was there. A lookup reads the token's own buffer, one slot and the word in it: no
 * string made per token, no lock, nothing to empty. This is measured against the maps it replaced
 * (2.1 million words of 7,859 multi-source articles after stopwords, the stems of {@code text_ar},
 * one thread): a map of 16,384 words emptied when full cost 159–170 ns a word, two generations of
 * 16,384 words 141–161, this table 125–132 (65,536 slots: 111–116, for twice the memory). A map of
 * every word cost 152–196: past a few MB, reaching the memory costs more than the work it saves.
 *
 * <p>One instance serves every token stream of a filter factory (one field type's analyzer), so it
 * is thread safe: a slot holds an immutable {@link Known} (final fields, so a thread that sees it
 * sees it whole), written without a lock; two threads writing one slot at once leave one of two
 * right answers. The forms of a word never change (the word lists are read once, at load), so a
 * remembered answer is the answer, whichever words are remembered. At most {@value #SLOTS} words
 * with their forms: 3.1 MB of heap for {@code text_ar}'s stems, measured with the slots full.
 */
final class WordForms {

  /** Slots in the table, a power of two. */
  static final int SLOTS = 32_768;

  private final Function<String, List<String>> compute;
  private final Known[] slots;

  /** @param compute a word's forms; it must depend on the word alone */
  WordForms(Function<String, List<String>> compute) {
    this(compute, SLOTS);
  }

  /** @param slots slots in the table, a power of two (tests make it small to see words replaced) */
  WordForms(Function<String, List<String>> compute, int slots) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two: " + slots);
    }
    this.compute = compute;
    this.slots = new Known[slots];
  }

  /** The word's forms (unmodifiable), the first the one that takes its place; empty to drop it. */
  List<String> of(String word) {
    return of(word.toCharArray(), word.length());
  }

  /** The forms of the first {@code length} characters of {@code buffer} (a token's term), as {@link #of(String)}. */
  List<String> of(char[] buffer, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buffer[i];
    }
    // The high bits join the low ones: the slot is taken from the low bits.
    int slot = (hash ^ (hash >>> 15)) & (slots.length - 1);
    Known known = slots[slot];
    if (known == null || !known.is(buffer, length, hash)) {
      char[] word = Arrays.copyOf(buffer, length);
      known = new Known(word, hash, List.copyOf(compute.apply(new String(word))));
      slots[slot] = known;
    }
    return known.forms;
  }

  /** A remembered word and its forms; immutable. */
  private static final class Known {
    private final char[] word;
    private final int hash;
    private final List<String> forms;

    Known(char[] word, int hash, List<String> forms) {
      this.word = word;
      this.hash = hash;
      this.forms = forms;
    }

    boolean is(char[] buffer, int length, int hash) {
      return this.hash == hash && Arrays.equals(word, 0, word.length, buffer, 0, length);
    }
  }
}
