package org.marsad.solr.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link ArabicCliticStemFilter}, by SPI name {@value #NAME}. Put it after {@code
 * arabicNormaliser} ({@link ArabicNormaliserFilterFactory}):
 *
 * <pre class="prettyprint">
 * &lt;filter name="arabicCliticStem" protected="lang/protwords_ar.txt"
 *         mappings="lang/stem_map_ar.txt" expand="true"/&gt;</pre>
 *
 * <ul>
 *   <li>{@code protected}: names and places never stemmed, one a line ({@code #} comments);
 *   <li>{@code mappings}: lines {@code target => form, form}: each form's stem becomes the
 *       target's stem (nisba adjectives → country, spelling variants → one spelling);
 *   <li>{@code expand} (default false): also emit the stems of ambiguous clitics, stacked;
 *   <li>{@code protectedOnly} (default false): keep protected names only, drop other words.
 * </ul>
 *
 * The files' words are normalised here by {@link ArabicNormaliser}, as the chain normalises text,
 * so they are written as people write them (أميركا، طُبْرُق). The files are generated from the
 * knowledge base ({@code SearchVocabulary}).
 */
public class ArabicCliticStemFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "arabicCliticStem";

  private final String protectedFile;
  private final String mappingsFile;
  private final boolean expand;
  private final boolean protectedOnly;
  /** Each word's stems, worked out once for every stream of this field type. */
  private WordForms<List<String>> forms;

  public ArabicCliticStemFilterFactory(Map<String, String> args) {
    super(args);
    protectedFile = get(args, "protected");
    mappingsFile = get(args, "mappings");
    expand = getBoolean(args, "expand", false);
    protectedOnly = getBoolean(args, "protectedOnly", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicCliticStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    ArabicMorphology stemmer = ArabicMorphology.fromWordLists(
        protectedFile == null ? List.of() : getLines(loader, protectedFile),
        mappingsFile == null ? List.of() : getLines(loader, mappingsFile),
        mappingsFile);
    forms = ArabicCliticStemFilter.forms(stemmer, expand, protectedOnly);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicCliticStemFilter(input, forms);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return input;
  }
}
