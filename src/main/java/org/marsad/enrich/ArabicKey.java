package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Turns a word into the key the tagger matches on, with the same normalisation the index applies
 * (Lucene's {@link ArabicNormalizer}: hamza/alef forms to ا, ى to ي, ة to ه, diacritics and tatweel
 * removed), Latin letters lower-cased and Latin accents folded (Salamé = Salame), and the clitic
 * prefixes a dictionary entry may carry. Stateless and thread safe.
 */
public final class ArabicKey {

  /**
   * Prefixes that attach to a name in running text: conjunctions و ف, prepositions ب ل ك, and the
   * article ال in their combinations. Longest first, so وال is tried before و.
   */
  private static final List<String> PREFIXES =
      List.of("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك");

  private final ArabicNormalizer normalizer = new ArabicNormalizer();

  /** The normalised form of one word. */
  public String normalize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!lower.isEmpty() && lower.charAt(0) < 0x600) {
      lower = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    char[] chars = lower.toCharArray();
    int length = normalizer.normalize(chars, chars.length);
    return new String(chars, 0, length).replace("\u0640", "");
  }

  /**
   * The normalised word and its readings without a clitic prefix, longest first: وبالعقوبات gives
   * وبالعقوبات, عقوبات, بالعقوبات...; للاتحاد gives الاتحاد too Only readings of two letters or more are given.
   */
  public List<String> readings(String word) {
    return readingsOfKey(normalize(word));
  }

  /** As {@link #readings}, for a word already normalised. */
  public List<String> readingsOfKey(String key) {
    List<String> readings = new ArrayList<>(4);
    readings.add(key);
    for (String prefix : PREFIXES) {
      if (key.startsWith(prefix) && key.length() - prefix.length() >= 2) {
        String rest = key.substring(prefix.length());
        // ل before the article drops its alef: للاتحاد is ل + الاتحاد.
        if (prefix.endsWith("لل") && !readings.contains("ال" + rest)) {
          readings.add("ال" + rest);
        }
        if (!readings.contains(rest)) {
          readings.add(rest);
        }
      }
    }
    return readings;
  }
}
