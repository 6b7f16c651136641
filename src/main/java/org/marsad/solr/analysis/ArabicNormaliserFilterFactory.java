package org.marsad.solr.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicNormaliserFilter}, by SPI name {@value #NAME}: Marsad's normalisation
 * ({@link ArabicNormaliser}) in place of Lucene's {@code arabicNormalization}, so the index and the
 * tagger normalise alike (hamza seats included).
 *
 * <pre class="prettyprint">
 * &lt;filter name="arabicNormaliser"/&gt;</pre>
 */
public class ArabicNormaliserFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "arabicNormaliser";

  public ArabicNormaliserFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicNormaliserFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicNormaliserFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
