package org.marsad.enrich;

import java.util.List;
import java.util.Map;
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
   * actor, read off the taggers' evidence.
   */
  String[] idsAt(Map<String, List<Evidence>> evidence) {
    String[] at = new String[tokens.size()];
    evidence.forEach((id, list) -> list.forEach(e -> {
      for (int t = 0; t < at.length; t++) {
        if (overlaps(t, e)) {
          at[t] = id;
        }
      }
    }));
    return at;
  }

  /** Which words of this field some of {@code spans} cover. */
  boolean[] covered(List<Evidence> spans) {
    boolean[] covered = new boolean[tokens.size()];
    for (Evidence e : spans) {
      for (int t = 0; t < covered.length; t++) {
        covered[t] |= overlaps(t, e);
      }
    }
    return covered;
  }

  /** Whether a piece of evidence of this field takes in some of the word at {@code token}. */
  private boolean overlaps(int token, Evidence e) {
    return e.field().equals(name) && tokens.get(token).start() < e.end() && e.start() < tokens.get(token).end();
  }

  /** The index of the word a piece of evidence of this field begins with, or -1 (another field's, or none). */
  int tokenStartingAt(Evidence e) {
    if (!e.field().equals(name)) {
      return -1;
    }
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).start() == e.start()) {
        return t;
      }
    }
    return -1;
  }

  /** Whether only spaces separate a word from the next (no punctuation, no line break). */
  boolean joined(int token) {
    if (token + 1 >= tokens.size()) {
      return false;
    }
    String gap = text.substring(tokens.get(token).end(), tokens.get(token + 1).start());
    return gap.isBlank() && gap.indexOf('\n') < 0;
  }
}
