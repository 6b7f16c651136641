package org.marsad.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a news report — "دبي، الإمارات العربية المتحدة (CNN) –" or
 * "طرابلس - (وكالات) -" — so that the places in it, like a byline, add no country (the labelling
 * guide). Only the start of a text is looked at. Stateless and thread safe.
 */
final class DatelineFinder {

  /** A place of up to four words (and its country after a comma), the outlet in brackets, a dash. */
  private static final Pattern BRACKETED = Pattern.compile(
      "^[\\s\\u200e\\u200f\\u202a-\\u202e]*([\\p{L}\\p{M}]+\\s*){1,4}([،,]\\s*([\\p{L}\\p{M}]+\\s*){1,4})?"
          + "\\(\\s*[^()\\n]{2,30}\\)\\s*[-–—:]");
  /** One or two words of place followed by a dash: "القاهرة -". */
  private static final Pattern PLACE_DASH = Pattern.compile(
      "^[\\s\\u200e\\u200f\\u202a-\\u202e]*[\\p{L}\\p{M}]+(\\s[\\p{L}\\p{M}]+)?\\s*[-–—]\\s");

  /** The offset where the report proper begins: 0 without a dateline. */
  int endOf(String text) {
    if (text == null) {
      return 0;
    }
    // lookingAt, not find: both patterns begin at the text's start, and find would try every offset.
    Matcher m = BRACKETED.matcher(text);
    if (m.lookingAt()) {
      return m.end();
    }
    m = PLACE_DASH.matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }
}
