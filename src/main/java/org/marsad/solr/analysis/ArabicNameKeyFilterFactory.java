package org.marsad.solr.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link ArabicNameKeyFilter}, by SPI name {@value #NAME}. Put it after {@code
 * arabicNormaliser}, in a field that holds names only (never ordinary text: name keys merge
 * words that differ):
 *
 * <pre class="prettyprint">
 * &lt;filter name="arabicNameKey" unkeyed="lang/given_names_ar.txt"/&gt;  (Arabic words)
 * &lt;filter name="arabicNameKey" script="synonyms"/&gt;      (the Arabic words a synonym filter put in)
 * &lt;filter name="arabicNameKey" script="latin" transliteration="lang/latin_names_ar.txt"/&gt;</pre>
 *
 * <ul>
 *   <li>{@code script}: {@code arabic} (default), {@code latin} or {@code synonyms}: the words the
 *       field takes ({@link ArabicNameKeyFilter.Script});
 *   <li>{@code transliteration} (for {@code latin}): ICU transliteration rules (ICU4J's {@code
 *       Transliterator.createFromRules} syntax) that write a Latin-script name in Arabic letters;
 *   <li>{@code unkeyed} (optional, on the query side): a word list (one word a line, {@code #}
 *       comments) of given names, whose spelling is settled and whose consonants are the skeleton
 *       of other names. Their keys are reserved: a query word whose key is one of them (حسين، حسن;
 *       سيرغي and السراج share سرج) is matched as written only, so the index needs no change.
 * </ul>
 */
public class ArabicNameKeyFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "arabicNameKey";

  private final ArabicNameKeyFilter.Script script;
  private final String rulesFile;
  private final String unkeyedFile;
  /** The forms of each word, worked out once for every stream of this field type. */
  private ArabicNameKeyFilter.Remembered remembered;

  public ArabicNameKeyFilterFactory(Map<String, String> args) {
    super(args);
    script = ArabicNameKeyFilter.Script.valueOf(get(args, "script", "arabic").toUpperCase(Locale.ROOT));
    rulesFile = get(args, "transliteration");
    unkeyedFile = get(args, "unkeyed");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if ((script == ArabicNameKeyFilter.Script.LATIN) != (rulesFile != null)) {
      throw new IllegalArgumentException("script=latin and transliteration go together");
    }
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicNameKeyFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    Transliterator latin = null;
    if (rulesFile != null) {
      try (InputStream in = loader.openResource(rulesFile)) {
        latin = Transliterator.createFromRules("Latin-ArabicNames",
            new String(in.readAllBytes(), StandardCharsets.UTF_8), Transliterator.FORWARD);
      }
    }
    Set<String> reserved = Set.of();
    if (unkeyedFile != null) {
      ArabicNormaliser normaliser = new ArabicNormaliser();
      Set<String> keys = new HashSet<>();
      for (String line : getLines(loader, unkeyedFile)) {
        String key = ArabicNormaliser.nameKey(normaliser.normalise(line.strip()));
        if (!key.isEmpty()) {
          keys.add(key);
        }
      }
      reserved = Set.copyOf(keys);
    }
    remembered = new ArabicNameKeyFilter.Remembered(script, latin, reserved);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicNameKeyFilter(input, remembered);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return input;
  }
}
