package org.marsad.search;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.marsad.enrich.ArabicKey;

/**
 * Whether a facet value's id or labels contain what a user typed, compared in the normalised
 * form the index uses (hamza and alef forms, ta marbuta, alef maqsura, diacritics; Latin case and
 * accents), so ليبيا finds ليبيا and "cote" finds "Côte d’Ivoire". Immutable.
 */
final class LabelMatcher {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");
  private static final ArabicKey KEYS = new ArabicKey();

  private final String needle;

  LabelMatcher(String typed) {
    this.needle = typed == null ? "" : fold(typed.strip());
  }

  boolean matches(SearchResult.FacetCount value) {
    if (needle.isEmpty()) {
      return true;
    }
    if (fold(value.id()).contains(needle)) {
      return true;
    }
    return value.labels().values().stream().anyMatch(label -> label != null && fold(label).contains(needle));
  }

  /** Arabic normalisation, Latin lower case, then accents and other combining marks removed. */
  static String fold(String text) {
    String normalized = KEYS.normalize(text);
    return COMBINING_MARKS.matcher(Normalizer.normalize(normalized, Normalizer.Form.NFKD)).replaceAll("");
  }
}
