package org.marsad.solr.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each normalised Arabic word with its stem ({@link ArabicMorphology}). With {@code
 * expand}, other possible stems follow at the same position (position
 * increment 0, same offsets), so the highlighter marks the whole word whichever stem matched.
 *
 * <p>Words marked as keywords are left alone. With {@code protectedOnly}, words that are not
 * protected names are dropped: the names field holds only names.
 */
public final class ArabicCliticStemFilter extends TokenFilter {

  private final ArabicMorphology stemmer;
  private final boolean expand;
  private final boolean protectedOnly;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State current;
  private int skipped;

  ArabicCliticStemFilter(
      TokenStream input, ArabicMorphology stemmer, boolean expand, boolean protectedOnly) {
    super(input);
    this.stemmer = stemmer;
    this.expand = expand;
    this.protectedOnly = protectedOnly;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      String word = term.toString();
      if (protectedOnly && !keyword.isKeyword() && !stemmer.isName(word)) {
        // Dropped words leave their positions, so phrases do not join across them.
        skipped += position.getPositionIncrement();
        continue;
      }
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      skipped = 0;
      if (keyword.isKeyword()) {
        return true;
      }
      List<String> stems = expand ? stemmer.stems(word) : List.of(stemmer.stem(word));
      term.setEmpty().append(stems.get(0));
      if (stems.size() > 1) {
        pending.addAll(stems.subList(1, stems.size()));
        current = captureState();
      }
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    position.setPositionIncrement(position.getPositionIncrement() + skipped);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
    skipped = 0;
  }
}
