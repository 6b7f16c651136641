package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology.Reading;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Finds dictionary phrases in tokenised text, longest match first, on the index's normalisation
 * ({@link ArabicNormaliser}). The first word of a phrase may carry clitics (لروسيا، وبالعقوبات، منعه),
 * read off by {@code ArabicMorphology#readings}; a
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

  private final ArabicNormaliser normaliser;
  private final Map<String, List<T>> exact = new HashMap<>();
  private final Map<String, List<T>> stems = new HashMap<>();
  /**
   * Every word prefix of a phrase of two words or more, shorter than the phrase (of العقوبات الأمريكية
   * على إيران: العقوبات, العقوبات الأمريكية, العقوبات الأمريكية على): a match is read word by word and
   * stops where no phrase goes on, so most words cost one lookup.
   */
  private final Set<String> continued = new HashSet<>();

  public PhraseDictionary(ArabicNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** Adds a phrase; returns false when it has no words. */
  public boolean add(String phrase, T value) {
    boolean stem = phrase.endsWith("*");
    List<TextToken> words = TextToken.tokenize(stem ? phrase.substring(0, phrase.length() - 1) : phrase);
    if (words.isEmpty()) {
      return false;
    }
    String key = String.join(" ", words.stream().map(w -> normaliser.fold(w.text())).toList());
    List<T> values = (stem ? stems : exact).computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!values.contains(value)) {
      values.add(value);
    }
    for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
      continued.add(key.substring(0, space));
    }
    return true;
  }

  /** Whether a phrase (written as in {@link #add}) is known, with any value. */
  public boolean contains(String phrase) {
    List<TextToken> words = TextToken.tokenize(phrase);
    return exact.containsKey(String.join(" ", words.stream().map(w -> normaliser.fold(w.text())).toList()));
  }

  /**
   * Non-overlapping matches, leftmost-longest.
   *
   * @param normalised the text's words, normalised
   * @param readings each word's readings (the word itself first)
   */
  public List<Match<T>> find(List<String> normalised, List<List<Reading>> readings) {
    List<Match<T>> matches = new ArrayList<>();
    int i = 0;
    while (i < normalised.size()) {
      Match<T> match = longestAt(normalised, readings.get(i), i);
      if (match != null) {
        matches.add(match);
        i += match.count();
      } else {
        i++;
      }
    }
    return matches;
  }

  /**
   * The longest phrase at {@code first}: of two words or more, the longest any reading of the first
   * word starts (an earlier reading wins a tie; a whole phrase before a {@code *} one of the same
   * length); else the first word alone.
   */
  private Match<T> longestAt(List<String> normalised, List<Reading> heads, int first) {
    Match<T> longest = null;
    for (Reading head : heads) {
      String key = head.core();
      for (int n = 1; first + n < normalised.size() && continued.contains(key); n++) {
        String word = normalised.get(first + n);
        String next = key + " " + word;
        List<T> values = exact.get(next);
        if (values == null && !stems.isEmpty()) {
          values = stemMatch(key + " ", word);
        }
        if (values != null && (longest == null || longest.count() < n + 1)) {
          longest = new Match<>(values, first, n + 1, head.prefix());
        }
        key = next;
      }
    }
    if (longest != null) {
      return longest;
    }
    for (Reading head : heads) {
      List<T> values = exact.get(head.core());
      // A * term already takes any ending: a pronoun suffix is not read off for it.
      if (values == null && !stems.isEmpty() && head.suffix().isEmpty()) {
        values = stemMatch("", head.core());
      }
      if (values != null) {
        return new Match<>(values, first, 1, head.prefix());
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
