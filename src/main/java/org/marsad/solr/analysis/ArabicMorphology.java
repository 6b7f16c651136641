package org.marsad.solr.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Marsad's one model of Arabic clitics, prefixes and suffixes, on words already normalised by
 * {@link ArabicNormaliser}. The index stems with it ({@link ArabicCliticStemFilter}); the tagger
 * looks words up by its {@link #readings}. It extends Lucene's light10 ({@code ArabicStemmer})
 * where light10 misses clitics, without stemming what it cannot be sure of:
 *
 * <ul>
 *   <li><b>Protected words</b> (names and places, the keyword set) are never stemmed; a clitic in
 *       front of one is removed (بحفتر، لليبيا، والسودان → the name). Their key drops the article:
 *       السودان → سودان.
 *   <li><b>Safe stem</b> (index and query): one prefix from {@link #PREFIXES} — the article with
 *       its conjunctions and prepositions (ال، وال، فال، بال، كال، لل، ولل، وبال…) or a lone و —
 *       then the pronoun suffixes ها هما هم هن كم (a ت left before them was a teh marbuta:
 *       حكومتهم → حكومه), then light10's suffixes ان ات ون ين يه ه ي, each once.
 *   <li><b>Alternatives</b> (stacked at the same position, the safe stem first): a lone ب ل ك ف
 *       (after an optional و or ف), the suffix نا and the alef of the accusative are clitics
 *       most of the time, but they also start or end many words (برنامج، كتاب، كورونا).
 *   <li><b>Mappings</b> (the stem override) send a stem to another one: nisba adjectives to their
 *       country (روسي → روسيا), spelling variants to one form.
 *   <li><b>Readings</b> (the tagger): a word with each clitic prefix and pronoun suffix it may
 *       carry removed, so a dictionary of names and terms written without clitics finds وبالعقوبات،
 *       لروسيا، منعه (منع + ه) and قاعدتها (قاعدة + ها).
 * </ul>
 *
 * Immutable and thread safe.
 */
public final class ArabicMorphology {

  /** One way to read a word: its core, and the clitics around it ("" when none). */
  public record Reading(String core, String prefix, String suffix) {}

  public static final String ARTICLE = "ال";
  public static final String LAM_LAM = "لل";
  /** The preposition "in", which stands before a place (في تورينو، في الهند). */
  public static final String IN = "في";
  private static final String ALEF = "ا";
  private static final String NA = "نا";
  /** Longest first: the first that fits is removed, only one. */
  static final String[] PREFIXES = {
    "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "و"
  };
  /** Clitics that are stripped only as alternatives: they begin many words too. */
  static final String[] AMBIGUOUS_PREFIXES = {"وب", "ول", "وك", "فب", "فل", "فك", "ب", "ل", "ك", "ف"};
  /** The letters a clitic of {@link #PREFIXES} or {@link #AMBIGUOUS_PREFIXES} begins with. */
  private static final String CLITIC_LETTERS = Stream.concat(Arrays.stream(PREFIXES), Arrays.stream(AMBIGUOUS_PREFIXES))
      .map(p -> p.substring(0, 1)).distinct().collect(Collectors.joining());
  /** Conjunctions and the article: the only clitics a name of three letters takes (وروس، الروس). */
  private static final Set<String> LIGHT_PREFIXES = Set.of("", "و", "ال", "وال");
  static final String[] PRONOUN_SUFFIXES = {"هما", "ها", "هم", "هن", "كم"};
  /** The possessive ه is told from a teh marbuta (ة → ه) by the written word only. */
  private static final String HEH_SUFFIX = "ه";
  /** light10's suffixes after normalisation (ة is ه by now), in its order. */
  static final String[] SUFFIXES = {"ان", "ات", "ون", "ين", "يه", "ه", "ي"};
  private static final char TEH = 'ت';
  private static final char HEH = 'ه';
  /** A reading keeps at least this many letters: shorter cores are other words. */
  private static final int MIN_READING = 2;
  private static final int MIN_SUFFIX_READING = 3;

  /**
   * The readings and article-kept forms of the words read lately: the tagger's rules ask for the same
   * words many times over in a text (see {@link WordForms}).
   */
  private static final WordForms<List<Reading>> RECENT_READINGS =
      new WordForms<>(word -> computeReadings(word, word), 1 << 14);
  private static final WordForms<List<String>> RECENT_ARTICLE_KEPT =
      new WordForms<>(ArabicMorphology::computeWithArticleKept, 1 << 14);

  /** No protected words and no mappings: clitics only, as the tagger reads words. */
  public static final ArabicMorphology PLAIN = new ArabicMorphology(Map.of(), Map.of());

  private final Map<String, String> protectedKeys;
  private final Set<String> names;
  private final Map<String, String> mappings;

  /**
   * @param protectedKeys normalised protected word (with and without its article) → its key
   * @param mappings stem → the stem it stands for
   */
  public ArabicMorphology(Map<String, String> protectedKeys, Map<String, String> mappings) {
    this.protectedKeys = Map.copyOf(protectedKeys);
    this.names = Set.copyOf(protectedKeys.values());
    this.mappings = Map.copyOf(mappings);
  }

  /**
   * A morphology with the protected words and stem mappings of the configset's word lists
   * ({@code lang/protwords_ar.txt}: one word a line; {@code lang/stem_map_ar.txt}: {@code target =>
   * form, form}), written as people write them: each word is normalised and stemmed here.
   *
   * @param source the mappings' file name, for error messages
   */
  public static ArabicMorphology fromWordLists(List<String> protectedWords, List<String> mappingLines, String source) {
    ArabicNormaliser normaliser = new ArabicNormaliser();
    Map<String, String> protectedKeys = new HashMap<>();
    for (String line : protectedWords) {
      String word = normaliser.normalise(line.strip());
      String key = withoutArticle(word);
      protectedKeys.put(word, key);
      protectedKeys.put(key, key);
    }
    ArabicMorphology unmapped = new ArabicMorphology(protectedKeys, Map.of());
    Map<String, String> mappings = new HashMap<>();
    for (String line : mappingLines) {
      String[] sides = line.split("=>");
      if (sides.length != 2) {
        throw new IllegalArgumentException(source + ": expected 'target => form, form', got: " + line);
      }
      String target = unmapped.stem(normaliser.normalise(sides[0].strip()));
      for (String form : sides[1].split("[,،]")) {
        String stem = unmapped.stem(normaliser.normalise(form.strip()));
        if (!form.isBlank() && !stem.equals(target)) {
          mappings.put(stem, target);
        }
      }
    }
    return new ArabicMorphology(protectedKeys, mappings);
  }

  /** The key of a protected word: without its article (السودان → سودان), as the index holds it. */
  public static String withoutArticle(String word) {
    return word.startsWith(ARTICLE) && word.length() > 4 ? word.substring(2) : word;
  }

  /** Whether the clitics in front of a word include the article (ال، بال، لل…). */
  public static boolean hasArticle(String prefix) {
    return prefix.contains(ARTICLE) || prefix.endsWith(LAM_LAM);
  }

  /** Whether the clitics in front of a word include the preposition ب (بموسكو). */
  public static boolean hasPrepositionBa(String prefix) {
    return prefix.indexOf('ب') >= 0;
  }

  /** Whether only a conjunction or the article is in front: what a short name may take. */
  public static boolean isLight(String prefix) {
    return LIGHT_PREFIXES.contains(prefix);
  }

  /**
   * Whether the word itself is definite: it begins with the article, or with لل (ل before the
   * article, whose alef it drops). Unlike {@link #startsWithArticle}, a conjunction or ب in front
   * does not count: والتعاون، بالعاصمة begin a new phrase more often than they go on with a name.
   */
  public static boolean isDefinite(String word) {
    return word.startsWith(ARTICLE) || word.startsWith(LAM_LAM);
  }

  /**
   * Whether a word is definite as written: أليسون and إلياس fold to words that begin with ال, but the
   * hamza of their first letter says they are names, not a definite word.
   *
   * @param folded the word as the tagger folds it
   * @param written the word as the text writes it
   */
  public static boolean isDefiniteAsWritten(String folded, String written) {
    if (!isDefinite(folded)) {
      return false;
    }
    String bare = withoutConjunction(ArabicNormaliser.withoutMarks(written));
    return bare.isEmpty() || !alefWithHamza(bare.charAt(0));
  }

  /**
   * Whether a word as written is و before an alef with a hamza or a madda (وأحمد، وإيفانكا، وآرين): the
   * و is a conjunction, since no word begins so, though و and the folded rest may spell one (وارين).
   */
  public static boolean conjunctionBeforeHamza(String written) {
    String bare = ArabicNormaliser.withoutMarks(written);
    return bare.length() > 2 && bare.charAt(0) == ArabicNormaliser.WAW && alefWithHamza(bare.charAt(1));
  }

  private static boolean alefWithHamza(char c) {
    return c == ArabicNormaliser.ALEF_HAMZA_ABOVE || c == ArabicNormaliser.ALEF_HAMZA_BELOW || c == ArabicNormaliser.ALEF_MADDA;
  }

  /**
   * Whether a folded word is Arabic letters only (ء to ي): no digits, Latin, marks or punctuation,
   * as a name's words are.
   */
  public static boolean lettersOnly(String word) {
    return word.chars().allMatch(c -> c >= 0x621 && c <= 0x64A);
  }

  /**
   * The word without a conjunction و or ف in front (وبيسكوف → بيسكوف), when more than two letters are
   * left; the word as it is otherwise.
   */
  public static String withoutConjunction(String word) {
    return word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') ? word.substring(1) : word;
  }

  /**
   * The word without the conjunctions and prepositions in front, the article kept: وبالهيئة → الهيئة,
   * للمجلس → المجلس, لوزارة → وزارة, والسراج → السراج. Each form the clitics allow, longest prefix
   * first, without the word itself; empty when nothing is in front.
   */
  public static List<String> withArticleKept(String word) {
    return RECENT_ARTICLE_KEPT.of(word);
  }

  private static List<String> computeWithArticleKept(String word) {
    List<String> forms = new ArrayList<>(4);
    for (Reading r : PLAIN.readings(word, word)) {
      if (!r.suffix().isEmpty() || r.prefix().isEmpty() || ARTICLE.equals(r.prefix())) {
        continue;
      }
      String form = hasArticle(r.prefix()) && !r.core().startsWith(ARTICLE) ? ARTICLE + r.core() : r.core();
      if (!forms.contains(form) && !form.equals(word)) {
        forms.add(form);
      }
    }
    return List.copyOf(forms);
  }

  /** Whether the word begins with the article, alone or after a conjunction or preposition. */
  public static boolean startsWithArticle(String word) {
    for (String prefix : PREFIXES) {
      if (word.startsWith(prefix) && hasArticle(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word is a protected name, with or without a clitic in front, or a word mapped
   * to one (الليبية → ليبيا).
   */
  public boolean isName(String word) {
    return names.contains(stem(word));
  }

  /** The stem used at index and query time. */
  public String stem(String word) {
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
  public List<String> stems(String word) {
    List<String> stems = new ArrayList<>(3);
    stems.add(stem(word));
    if (protectedKey(word) != null) {
      return stems;
    }
    String withoutPrefix = stripPrefix(word);
    // After the article (للكتاب) there is no other clitic to look for; after a lone و there is.
    if (word.length() - withoutPrefix.length() <= 1) {
      addAmbiguousPrefixStem(stems, word);
    }
    addAmbiguousSuffixStem(stems, withoutPrefix);
    return stems;
  }

  private void addAmbiguousPrefixStem(List<String> stems, String word) {
    for (String prefix : AMBIGUOUS_PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
        addDistinct(stems, map(stripSuffixes(word.substring(prefix.length()))));
        return;
      }
    }
  }

  private void addAmbiguousSuffixStem(List<String> stems, String word) {
    if (word.endsWith(NA) && word.length() - 2 >= 3) {
      addDistinct(stems, map(stripSuffixes(word.substring(0, word.length() - 2))));
    } else if (word.endsWith(ALEF) && !word.endsWith("ها") && word.length() - 1 >= 4) {
      // The alef of the accusative (برنامجاً، رسمياً) stays when the tanween is gone.
      addDistinct(stems, map(stripSuffixes(word.substring(0, word.length() - 1))));
    }
  }

  /**
   * The ways a dictionary may hold a word: the word itself first, then without each clitic prefix
   * that fits (longest first; ل before the article drops its alef, so للاتحاد is also الاتحاد), then
   * those without a pronoun suffix (منعه → منع, قاعدتها → قاعده). Only cores of two letters or more
   * (three without a suffix) are given. The list is unmodifiable: a word's readings are remembered
   * and shared (see {@link WordForms}).
   *
   * @param key the word normalised by {@link ArabicNormaliser}
   * @param written the word as written: a final ة is a teh marbuta, not the pronoun ه
   */
  public List<Reading> readings(String key, String written) {
    // The written word matters only to a final ه, which a ة folds to as well.
    boolean asKey = key.isEmpty() || key.charAt(key.length() - 1) != HEH
        || (!written.isEmpty() && written.charAt(written.length() - 1) == HEH);
    return asKey ? RECENT_READINGS.of(key) : computeReadings(key, written);
  }

  private static List<Reading> computeReadings(String key, String written) {
    List<Reading> readings = new ArrayList<>(6);
    addPrefixReadings(readings, key, "");
    String suffix = pronounSuffix(key, written);
    if (!suffix.isEmpty()) {
      String core = key.substring(0, key.length() - suffix.length());
      // قاعدتها: the ت was the teh marbuta of قاعدة.
      if (core.length() > MIN_SUFFIX_READING && core.charAt(core.length() - 1) == TEH) {
        core = core.substring(0, core.length() - 1) + HEH;
      }
      if (core.length() >= MIN_SUFFIX_READING) {
        addPrefixReadings(readings, core, suffix);
      }
    }
    return List.copyOf(readings);
  }

  private static void addPrefixReadings(List<Reading> readings, String word, String suffix) {
    addReading(readings, new Reading(word, "", suffix));
    // Most words begin with no clitic's letter: they are read without trying each clitic.
    if (word.isEmpty() || CLITIC_LETTERS.indexOf(word.charAt(0)) < 0) {
      return;
    }
    for (String[] prefixes : new String[][] {PREFIXES, AMBIGUOUS_PREFIXES}) {
      for (String prefix : prefixes) {
        if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_READING) {
          String rest = word.substring(prefix.length());
          if (prefix.endsWith(LAM_LAM)) {
            addReading(readings, new Reading(ARTICLE + rest, prefix.substring(0, prefix.length() - 1), suffix));
          }
          addReading(readings, new Reading(rest, prefix, suffix));
        }
      }
    }
  }

  private static void addReading(List<Reading> readings, Reading reading) {
    for (Reading r : readings) {
      if (r.core().equals(reading.core())) {
        return;
      }
    }
    readings.add(reading);
  }

  private static String pronounSuffix(String key, String written) {
    for (String suffix : PRONOUN_SUFFIXES) {
      if (key.endsWith(suffix)) {
        return suffix;
      }
    }
    boolean possessive = !written.isEmpty() && written.charAt(written.length() - 1) == HEH;
    return possessive && key.endsWith(HEH_SUFFIX) ? HEH_SUFFIX : "";
  }

  private static void addDistinct(List<String> stems, String stem) {
    if (!stems.contains(stem)) {
      stems.add(stem);
    }
  }

  /** The key of the protected word the token is, after removing at most one clitic group. */
  private String protectedKey(String word) {
    if (protectedKeys.isEmpty()) {
      return null;
    }
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
        // حكومتها: the ت was the teh marbuta of حكومة; not in a plural ات (اصواتهم).
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
