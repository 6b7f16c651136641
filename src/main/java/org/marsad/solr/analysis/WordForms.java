package org.marsad.solr.analysis;

import java.util.List;
import java.util.function.Function;

/**
 * What a word's forms are (stems, name keys, clitic readings), worked out once per word and
 * remembered. News text repeats its words (a few thousand make up most of any article), and working
 * out a word's forms builds several strings each time (about 330 ns a word for the stems). The
 * index's filters ({@link StackingFilter}s) ask for every token; the tagger's rules ask for the same
 * words' readings again and again within a text.
 *
 * <p>A table of {@value #SLOTS} slots: a word goes into the slot its hash picks, in place of the
 * word that was there. A lookup reads the token's own buffer (or the string, whose hash it keeps),
 * one slot and the word in it: no string made per token, no lock, nothing to empty. This is measured
 * against the maps it replaced (2.1 million words of 7,859 multi-source articles after stopwords,
 * the stems of {@code text_ar}, one thread): a map of 16,384 words emptied when full cost 159–170 ns
 * a word, two generations of 16,384 words 141–161, this table 125–132 (65,536 slots: 111–116, for
 * twice the memory). A map of every word cost 152–196: past a few MB, reaching the memory costs
 * more than the work it saves.
 *
 * <p>One instance serves many threads (every token stream of a filter factory; every tagging
 * thread), so it is thread safe: a slot holds an immutable {@link Known} (final fields, so a thread
 * that sees it sees it whole), written without a lock; two threads writing one slot at once leave
 * one of two right answers. The forms of a word never change (the word lists are read once, at
 * load), so a remembered answer is the answer, whichever words are remembered. At most
 * {@value #SLOTS} words with their forms: 3.1 MB of heap for {@code text_ar}'s stems, measured with
 * the slots full.
 *
 * @param <V> a word's forms, immutable
 */
public final class WordForms<V> {

  /** Slots in the table, a power of two. */
  static final int SLOTS = 32_768;

  private final Function<String, V> compute;
  private final Known<V>[] slots;

  /** @param compute a word's forms, immutable; it must depend on the word alone */
  public WordForms(Function<String, V> compute) {
    this(compute, SLOTS);
  }

  /** @param slots slots in the table, a power of two: the most words remembered */
  @SuppressWarnings("unchecked")
  public WordForms(Function<String, V> compute, int slots) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two: " + slots);
    }
    this.compute = compute;
    this.slots = (Known<V>[]) new Known<?>[slots];
  }

  /** Forms that are lists of words, each answer made unmodifiable (a stream may not change another's). */
  static WordForms<List<String>> lists(Function<String, List<String>> compute) {
    return new WordForms<>(word -> List.copyOf(compute.apply(word)));
  }

  /** The word's forms. */
  public V of(String word) {
    // String's hash is the one of(char[], int) works out, and the string keeps it.
    int hash = word.hashCode();
    int slot = slot(hash);
    Known<V> known = slots[slot];
    if (known == null || !known.is(word, hash)) {
      known = new Known<>(word, hash, compute.apply(word));
      slots[slot] = known;
    }
    return known.forms;
  }

  /** The forms of the first {@code length} characters of {@code buffer} (a token's term), as {@link #of(String)}. */
  V of(char[] buffer, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buffer[i];
    }
    int slot = slot(hash);
    Known<V> known = slots[slot];
    if (known == null || !known.is(buffer, length, hash)) {
      String word = new String(buffer, 0, length);
      known = new Known<>(word, hash, compute.apply(word));
      slots[slot] = known;
    }
    return known.forms;
  }

  /** The high bits join the low ones: the slot is taken from the low bits. */
  private int slot(int hash) {
    return (hash ^ (hash >>> 15)) & (slots.length - 1);
  }

  /**
   * A remembered word and its forms; immutable. A caller asking again with the same string (the
   * tagger's rules, for the words of one text) matches it without reading it.
   */
  private static final class Known<V> {
    private final String word;
    private final int hash;
    private final V forms;

    Known(String word, int hash, V forms) {
      this.word = word;
      this.hash = hash;
      this.forms = forms;
    }

    boolean is(char[] buffer, int length, int hash) {
      if (this.hash != hash || word.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (word.charAt(i) != buffer[i]) {
          return false;
        }
      }
      return true;
    }

    boolean is(String other, int hash) {
      return word == other || (this.hash == hash && word.equals(other));
    }
  }
}
