package org.marsad.solr.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Light stemming of Arabic words that are already normalised by Lucene's {@code
 * ArabicNormalizer} (أ إ آ → ا, ى → ي, ة → ه, no diacritics, no tatweel).
 *
 * <p>It extends Lucene's light10 ({@code ArabicStemmer}) where light10 misses clitics, without
 * stemming what it cannot be sure of:
 *
 * <ul>
 *   <li><b>Protected words</b> (names and places) are never stemmed; a clitic in front of one is
 *       removed (بحفتر، لليبيا، والسودان → the name). Their key drops the article: السودان → سودان.
 *   <li><b>Safe stem</b> (index and query): one prefix from {@link #PREFIXES} — the article with
 *       its conjunctions and prepositions (ال، وال، فال، بال، كال، لل، ولل، وبال…) or a lone و —
 *       then the pronoun suffixes ها هما هم هن كم (a ت left before them was a ta marbuta:
 *       حكومتهم → حكومه), then light10's suffixes ان ات ون ين يه ه ي, each once.
 *   <li><b>Alternatives</b> (stacked at the same position, the safe stem first): a lone ب ل ك ف
 *       (after an optional و or ف), the suffix نا and the alef of the accusative are clitics
 *       most of the time, but they also start or end many words (برنامج، كتاب، كورونا). As
 *       alternatives, لمقاتلين also holds مقاتل, and برنامج keeps برنامج beside رنامج.
 *   <li><b>Mappings</b> send a stem to another one: nisba adjectives to their country (روسي →
 *       روسيا), spelling variants to one form (اميركا → امريكا).
 * </ul>
 *
 * Immutable and thread safe.
 */
final class ArabicLightStemmer {

  static final String ALEF_LAM = "ال";
  private static final String ALEF = "ا";
  /** Longest first: the first that fits is removed, only one. */
  private static final String[] PREFIXES = {
    "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "و"
  };
  /** Clitics that are stripped only as alternatives: they begin many words too. */
  private static final String[] AMBIGUOUS_PREFIXES = {"وب", "ول", "وك", "فب", "فل", "فك", "ب", "ل", "ك", "ف"};
  private static final String[] PRONOUN_SUFFIXES = {"هما", "ها", "هم", "هن", "كم"};
  /** light10's suffixes after normalisation (ة is ه by now), in its order. */
  private static final String[] SUFFIXES = {"ان", "ات", "ون", "ين", "يه", "ه", "ي"};
  private static final char TEH = 'ت';
  private static final char HEH = 'ه';

  private final Map<String, String> protectedKeys;
  private final Set<String> names;
  private final Map<String, String> mappings;

  /**
   * @param protectedKeys normalised protected word (with and without its article) → its key
   * @param mappings stem → the stem it stands for
   */
  ArabicLightStemmer(Map<String, String> protectedKeys, Map<String, String> mappings) {
    this.protectedKeys = Map.copyOf(protectedKeys);
    this.names = Set.copyOf(protectedKeys.values());
    this.mappings = Map.copyOf(mappings);
  }

  /**
   * True when the word is a protected name, with or without a clitic in front, or a word mapped
   * to one (الليبية → ليبيا).
   */
  boolean isName(String word) {
    return names.contains(stem(word));
  }

  /** The stem used at index and query time. */
  String stem(String word) {
    String key = protectedKey(word);
    if (key != null) {
      return map(key);
    }
    return map(stripSuffixes(stripPrefix(word)));
  }

  /**
   * The safe stem first, then other stems the word may have if an ambiguous clitic was one;
   * distinct, in that order.
   */
  List<String> stems(String word) {
    List<String> stems = new ArrayList<>(3);
    stems.add(stem(word));
    if (protectedKey(word) != null) {
      return stems;
    }
    String withoutPrefix = stripPrefix(word);
    // After the article (للكتاب) there is no other clitic to look for; after a lone و there is.
    for (String prefix : word.length() - withoutPrefix.length() > 1 ? new String[0] : AMBIGUOUS_PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
        addDistinct(stems, map(stripSuffixes(word.substring(prefix.length()))));
        break;
      }
    }
    if (withoutPrefix.endsWith("نا") && withoutPrefix.length() - 2 >= 3) {
      addDistinct(stems, map(stripSuffixes(withoutPrefix.substring(0, withoutPrefix.length() - 2))));
    } else if (withoutPrefix.endsWith(ALEF)
        && !withoutPrefix.endsWith("ها")
        && withoutPrefix.length() - 1 >= 4) {
      // The alef of the accusative (برنامجاً، رسمياً) stays when the tanween is gone.
      addDistinct(stems, map(stripSuffixes(withoutPrefix.substring(0, withoutPrefix.length() - 1))));
    }
    return stems;
  }

  private static void addDistinct(List<String> stems, String stem) {
    if (!stems.contains(stem)) {
      stems.add(stem);
    }
  }

  /** The key of the protected word the token is, after removing at most one clitic group. */
  private String protectedKey(String word) {
    String key = protectedKeys.get(word);
    if (key != null) {
      return key;
    }
    for (String[] prefixes : new String[][] {PREFIXES, AMBIGUOUS_PREFIXES}) {
      for (String prefix : prefixes) {
        if (word.startsWith(prefix) && word.length() > prefix.length() + 1) {
          key = protectedKeys.get(word.substring(prefix.length()));
          if (key != null) {
            return key;
          }
        }
      }
    }
    return null;
  }

  private String map(String stem) {
    return mappings.getOrDefault(stem, stem);
  }

  static String stripPrefix(String word) {
    for (String prefix : PREFIXES) {
      // light10's lengths: a lone و needs three letters after it, the others two.
      int rest = word.length() - prefix.length();
      if (word.startsWith(prefix) && rest >= (prefix.length() == 1 ? 3 : 2)) {
        return word.substring(prefix.length());
      }
    }
    return word;
  }

  static String stripSuffixes(String word) {
    String stem = word;
    for (String suffix : PRONOUN_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() - suffix.length() >= (suffix.equals("ها") ? 2 : 4)) {
        stem = stem.substring(0, stem.length() - suffix.length());
        // حكومتها: the ت was the ta marbuta of حكومة; not in a plural ات (اصواتهم).
        if (stem.length() >= 4 && stem.charAt(stem.length() - 1) == TEH && !stem.endsWith("ات")) {
          stem = stem.substring(0, stem.length() - 1) + HEH;
        }
        break;
      }
    }
    for (String suffix : SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 2) {
        stem = stem.substring(0, stem.length() - suffix.length());
      }
    }
    return stem;
  }
}
