package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in tokenised text, longest match first, on the index's normalisation
 * ({@link ArabicKey}). The first word of a phrase may carry a clitic prefix (لروسيا، وبالعقوبات); a
 * phrase written with a trailing {@code *} matches any ending of its last word (انتخاب* matches
 * الانتخابات). Several values may share a phrase (a term of two topics). Build once, then read from
 * any thread.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseDictionary<T> {

  /**
   * A phrase found in the text.
   *
   * @param values what the phrase stands for
   * @param first index of the first token
   * @param count number of tokens
   * @param prefix the clitic prefix the first word carried ("" when none), e.g. ب in بموسكو
   */
  public record Match<T>(List<T> values, int first, int count, String prefix) {}

  /** The smallest stem a {@code *} phrase may end with: shorter stems match unrelated words. */
  private static final int MIN_STEM = 3;

  private final ArabicKey keys;
  private final Map<String, List<T>> exact = new HashMap<>();
  private final Map<String, List<T>> stems = new HashMap<>();
  /** The most words of a phrase beginning with a given first word: most words start nothing. */
  private final Map<String, Integer> longestFrom = new HashMap<>();

  public PhraseDictionary(ArabicKey keys) {
    this.keys = keys;
  }

  /** Adds a phrase; returns false when it has no words. */
  public boolean add(String phrase, T value) {
    boolean stem = phrase.endsWith("*");
    List<TextToken> words = TextToken.tokenize(stem ? phrase.substring(0, phrase.length() - 1) : phrase);
    if (words.isEmpty()) {
      return false;
    }
    String key = String.join(" ", words.stream().map(w -> keys.normalize(w.text())).toList());
    List<T> values = (stem ? stems : exact).computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!values.contains(value)) {
      values.add(value);
    }
    if (!stem || words.size() > 1) {
      longestFrom.merge(key.split(" ", 2)[0], words.size(), Math::max);
    }
    return true;
  }

  /** Whether a phrase (written as in {@link #add}) is known, with any value. */
  public boolean contains(String phrase) {
    List<TextToken> words = TextToken.tokenize(phrase);
    return exact.containsKey(String.join(" ", words.stream().map(w -> keys.normalize(w.text())).toList()));
  }

  /** The text's tokens normalised once, for {@link #find}. */
  public List<String> normalise(List<TextToken> tokens) {
    return tokens.stream().map(t -> keys.normalize(t.text())).toList();
  }

  /** Non-overlapping matches, leftmost-longest. */
  public List<Match<T>> find(List<TextToken> tokens, List<String> normalised) {
    List<Match<T>> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match<T> match = longestAt(normalised, i);
      if (match != null) {
        matches.add(match);
        i += match.count();
      } else {
        i++;
      }
    }
    return matches;
  }

  private Match<T> longestAt(List<String> normalised, int first) {
    String word = normalised.get(first);
    List<String> heads = keys.readingsOfKey(word);
    int most = 0;
    for (String head : heads) {
      most = Math.max(most, longestFrom.getOrDefault(head, 0));
    }
    for (int n = Math.min(most, normalised.size() - first); n >= 2; n--) {
      String rest = String.join(" ", normalised.subList(first + 1, first + n));
      for (String head : heads) {
        if (longestFrom.getOrDefault(head, 0) < n) {
          continue;
        }
        List<T> values = exact.get(head + " " + rest);
        if (values == null && !stems.isEmpty()) {
          String start = n == 2 ? head + " " : head + " " + rest.substring(0, rest.lastIndexOf(' ') + 1);
          values = stemMatch(start, normalised.get(first + n - 1));
        }
        if (values != null) {
          return new Match<>(values, first, n, word.substring(0, word.length() - head.length()));
        }
      }
    }
    for (String head : heads) {
      List<T> values = exact.get(head);
      if (values == null && !stems.isEmpty()) {
        values = stemMatch("", head);
      }
      if (values != null) {
        return new Match<>(values, first, 1, word.substring(0, word.length() - head.length()));
      }
    }
    return null;
  }

  private List<T> stemMatch(String start, String lastWord) {
    for (int end = lastWord.length(); end >= MIN_STEM; end--) {
      List<T> values = stems.get(start + lastWord.substring(0, end));
      if (values != null) {
        return values;
      }
    }
    return null;
  }
}
