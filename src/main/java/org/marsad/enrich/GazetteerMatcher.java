package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in text, longest match first, on normalised words; the first word of a
 * phrase may carry a clitic prefix (لروسيا، وبالولايات المتحدة). Immutable after construction and
 * thread safe.
 */
public final class GazetteerMatcher {

  /** A phrase found in the text. */
  public record Match(String id, int start, int end, int firstToken, int tokenCount) {}

  private final ArabicKey keys;
  /** Normalised phrase (words joined by a space) to id. */
  private final Map<String, String> phrases = new HashMap<>();
  private int longest = 1;

  public GazetteerMatcher(ArabicKey keys) {
    this.keys = keys;
  }

  /** Adds a surface form of an entry; the first form added for a phrase wins. */
  public GazetteerMatcher add(String id, String surface) {
    List<TextToken> words = TextToken.tokenize(surface);
    if (words.isEmpty()) {
      return this;
    }
    StringBuilder key = new StringBuilder();
    for (TextToken word : words) {
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(keys.normalize(word.text()));
    }
    phrases.putIfAbsent(key.toString(), id);
    longest = Math.max(longest, words.size());
    return this;
  }

  public List<Match> find(String text) {
    List<TextToken> tokens = TextToken.tokenize(text);
    List<String> normalised = tokens.stream().map(t -> keys.normalize(t.text())).toList();
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match match = longestAt(tokens, normalised, i);
      if (match != null) {
        matches.add(match);
        i += match.tokenCount();
      } else {
        i++;
      }
    }
    return matches;
  }

  private Match longestAt(List<TextToken> tokens, List<String> normalised, int first) {
    for (int n = Math.min(longest, tokens.size() - first); n >= 1; n--) {
      String tail = String.join(" ", normalised.subList(first + 1, first + n));
      for (String head : keys.readings(tokens.get(first).text())) {
        String id = phrases.get(n == 1 ? head : head + " " + tail);
        if (id != null) {
          return new Match(id, tokens.get(first).start(), tokens.get(first + n - 1).end(), first, n);
        }
      }
    }
    return null;
  }
}
