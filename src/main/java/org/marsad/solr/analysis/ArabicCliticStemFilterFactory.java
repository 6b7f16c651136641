package org.marsad.solr.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link ArabicCliticStemFilter}, by SPI name {@value #NAME}. Put it after {@code
 * arabicNormalization}:
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
 * The files' words are normalised here as the chain normalises text, so they are written as
 * people write them (أميركا، طُبْرُق).
 */
public class ArabicCliticStemFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "arabicCliticStem";

  private final String protectedFile;
  private final String mappingsFile;
  private final boolean expand;
  private final boolean protectedOnly;
  private ArabicLightStemmer stemmer;

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
    Map<String, String> protectedKeys = new HashMap<>();
    if (protectedFile != null) {
      for (String line : getLines(loader, protectedFile)) {
        String word = normalise(line);
        String key = withoutArticle(word);
        protectedKeys.put(word, key);
        protectedKeys.put(key, key);
      }
    }
    Map<String, String> mappings = new HashMap<>();
    if (mappingsFile != null) {
      ArabicLightStemmer unmapped = new ArabicLightStemmer(protectedKeys, Map.of());
      for (String line : getLines(loader, mappingsFile)) {
        String[] sides = line.split("=>");
        if (sides.length != 2) {
          throw new IllegalArgumentException(
              mappingsFile + ": expected 'target => form, form', got: " + line);
        }
        String target = unmapped.stem(normalise(sides[0]));
        for (String form : sides[1].split("[,،]")) {
          if (!form.isBlank()) {
            String stem = unmapped.stem(normalise(form));
            if (!stem.equals(target)) {
              mappings.put(stem, target);
            }
          }
        }
      }
    }
    stemmer = new ArabicLightStemmer(protectedKeys, mappings);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicCliticStemFilter(input, stemmer, expand, protectedOnly);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return input;
  }

  static String normalise(String text) {
    char[] chars = text.strip().toLowerCase(Locale.ROOT).toCharArray();
    int length = new ArabicNormalizer().normalize(chars, chars.length);
    return new String(chars, 0, length);
  }

  private static String withoutArticle(String word) {
    return word.startsWith(ArabicLightStemmer.ALEF_LAM) && word.length() > 4
        ? word.substring(2)
        : word;
  }

}
