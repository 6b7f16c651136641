package org.marsad.solr.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each normalised Arabic word with its stem ({@link ArabicMorphology}). With {@code
 * expand}, other possible stems follow at the same position (position
 * increment 0, same offsets), so the highlighter marks the whole word whichever stem matched.
 *
 * <p>Words marked as keywords are left alone. With {@code protectedOnly}, words that are not
 * protected names are dropped: the names field holds only names.
 */
public final class ArabicCliticStemFilter extends StackingFilter {

  private final ArabicMorphology stemmer;
  private final boolean expand;
  private final boolean protectedOnly;
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  ArabicCliticStemFilter(
      TokenStream input, ArabicMorphology stemmer, boolean expand, boolean protectedOnly) {
    super(input);
    this.stemmer = stemmer;
    this.expand = expand;
    this.protectedOnly = protectedOnly;
  }

  @Override
  List<String> forms(String word) {
    if (protectedOnly && !keyword.isKeyword() && !stemmer.isName(word)) {
      return List.of();
    }
    if (keyword.isKeyword()) {
      return List.of(word);
    }
    return expand ? stemmer.stems(word) : List.of(stemmer.stem(word));
  }
}
