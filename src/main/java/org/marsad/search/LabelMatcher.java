package org.marsad.search;

import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Whether a facet value's id or labels contain what a user typed, compared in the normalised
 * form the index uses ({@link ArabicNormaliser#fold}: hamza and alef forms, ta marbuta, alef
 * maqsura, diacritics; Latin case and accents), so ليبيا finds ليبيا and "cote" finds "Côte
 * d’Ivoire". Immutable.
 */
final class LabelMatcher {

  private static final ArabicNormaliser NORMALISER = new ArabicNormaliser();

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

  /** Arabic normalisation, Latin lower case, then accents removed. */
  static String fold(String text) {
    return NORMALISER.fold(text);
  }
}
