package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A word of the text with its offsets.
 *
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param text the word as written
 */
public record TextToken(int start, int end, String text) {

  /** Letters, combining marks (diacritics), digits and tatweel; "5+5" stays two words. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}\\u0640]+");

  public static List<TextToken> tokenize(String text) {
    List<TextToken> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new TextToken(m.start(), m.end(), m.group()));
    }
    return tokens;
  }

  /** The words of a text, each folded as the taggers fold words: a phrase of the knowledge base as they read it. */
  public static List<String> foldedWords(String text, ArabicNormaliser normaliser) {
    return tokenize(text).stream().map(t -> normaliser.fold(t.text())).toList();
  }
}
