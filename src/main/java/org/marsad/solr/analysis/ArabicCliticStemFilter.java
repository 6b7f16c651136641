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

  private final WordForms<List<String>> forms;
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  ArabicCliticStemFilter(
      TokenStream input, ArabicMorphology stemmer, boolean expand, boolean protectedOnly) {
    this(input, forms(stemmer, expand, protectedOnly));
  }

  /** @param forms the forms of a word that is not a keyword, shared by the factory's streams */
  ArabicCliticStemFilter(TokenStream input, WordForms<List<String>> forms) {
    super(input);
    this.forms = forms;
  }

  /** What a word that is not a keyword becomes, remembered for every stream of a factory. */
  static WordForms<List<String>> forms(ArabicMorphology stemmer, boolean expand, boolean protectedOnly) {
    return WordForms.lists(word -> formsOf(stemmer, expand, protectedOnly, word));
  }

  /** What a word that is not a keyword becomes: its stems, or nothing when only names are kept. */
  static List<String> formsOf(ArabicMorphology stemmer, boolean expand, boolean protectedOnly, String word) {
    if (protectedOnly && !stemmer.isName(word)) {
      return List.of();
    }
    return expand ? stemmer.stems(word) : List.of(stemmer.stem(word));
  }

  @Override
  List<String> forms() {
    return keyword.isKeyword() ? List.of(term.toString()) : forms.of(term.buffer(), term.length());
  }
}
