package org.marsad.enrich;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.marsad.solr.analysis.ArabicMorphology.Reading;

/**
 * One stored field as the taggers read it: its text, its words with offsets, the words normalised,
 * and the words the tagger skips (a dateline such as "دبي، الإمارات العربية المتحدة (CNN) –").
 *
 * @param name {@code title}, {@code abstract} or {@code body}, as {@link Evidence#field()}
 * @param normalised the words normalised ({@code ArabicNormaliser})
 * @param readings each word's readings without its clitics ({@code ArabicMorphology#readings})
 * @param firstTagged index of the first word after the dateline (0 when there is none)
 */
record TaggedField(
    String name, String text, List<TextToken> tokens, List<String> normalised, List<List<Reading>> readings,
    int firstTagged) {

  Evidence evidence(int firstToken, int count) {
    int start = tokens.get(firstToken).start();
    int end = tokens.get(firstToken + count - 1).end();
    return new Evidence(name, start, end, text.substring(start, end));
  }

  /**
   * The id whose evidence covers each word of this field, or null: which word names which country or
   * actor, read off the taggers' evidence. Each span's words are found by binary search, so the cost
   * grows with the evidence and the words it covers, not with their product: a long document's field
   * is read as fast per word as a short one's.
   */
  String[] idsAt(Map<String, List<Evidence>> evidence) {
    String[] at = new String[tokens.size()];
    evidence.forEach((id, list) -> list.forEach(e -> forWordsOf(e, t -> at[t] = id)));
    return at;
  }

  /** Which words of this field some of {@code spans} cover. */
  boolean[] covered(List<Evidence> spans) {
    boolean[] covered = new boolean[tokens.size()];
    spans.forEach(e -> forWordsOf(e, t -> covered[t] = true));
    return covered;
  }

  /** Runs {@code action} on each word a piece of evidence takes in some of, when it is this field's. */
  void forWordsOf(Evidence e, IntConsumer action) {
    int[] range = wordRange(e);
    for (int t = range[0]; t < range[1]; t++) {
      action.accept(t);
    }
  }

  /**
   * The words a piece of evidence takes in some of, as {@code {first, end}} (end exclusive); an empty
   * range when it is another field's.
   */
  int[] wordRange(Evidence e) {
    if (!e.field().equals(name)) {
      return new int[] {0, 0};
    }
    int first = firstEndingAfter(e.start());
    int end = first;
    while (end < tokens.size() && tokens.get(end).start() < e.end()) {
      end++;
    }
    return new int[] {first, end};
  }

  /** The first word that ends after {@code offset} (words are in text order and do not overlap). */
  private int firstEndingAfter(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The index of the word a piece of evidence of this field begins with, or -1 (another field's, or none). */
  int tokenStartingAt(Evidence e) {
    if (!e.field().equals(name)) {
      return -1;
    }
    int t = firstEndingAfter(e.start());
    return t < tokens.size() && tokens.get(t).start() == e.start() ? t : -1;
  }

  /** Whether only spaces separate a word from the next (no punctuation, no line break). */
  boolean joined(int token) {
    if (token + 1 >= tokens.size()) {
      return false;
    }
    String gap = gapAfter(token);
    return gap.isBlank() && gap.indexOf('\n') < 0;
  }

  /**
   * Whether only spaces and quotation marks separate a word from the next: a quoted name stays in
   * its list (تنظيما "داعش" والقاعدة), a quoted platform after its preposition (على "تويتر").
   */
  boolean joinedPastQuotes(int token) {
    if (token + 1 >= tokens.size()) {
      return false;
    }
    String gap = gapAfter(token);
    return gap.indexOf('\n') < 0
        && gap.chars().allMatch(c -> Character.isWhitespace(c) || QuotationMarks.opens((char) c) || QuotationMarks.closes((char) c));
  }

  /**
   * Whether a sentence ends after a word: the text before the next holds a full stop, a question or
   * exclamation mark or a line break.
   */
  boolean endsSentence(int token) {
    String gap = gapAfter(token);
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The text between a word and the next. */
  private String gapAfter(int token) {
    return text.substring(tokens.get(token).end(), tokens.get(token + 1).start());
  }
}
