package org.marsad.solr.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalises each token with {@link ArabicNormaliser#normalize(char[], int)}, in place, as Lucene's
 * {@code ArabicNormalizationFilter} does with its normaliser. Keywords are normalised too: a
 * protected name must still meet its other spellings.
 */
public final class ArabicNormaliserFilter extends TokenFilter {

  private final ArabicNormaliser normaliser = new ArabicNormaliser();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicNormaliserFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(normaliser.normalize(term.buffer(), term.length()));
    return true;
  }
}
