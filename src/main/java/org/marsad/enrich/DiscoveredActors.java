package org.marsad.enrich;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Ids and labels of actors the knowledge base does not know, found in text by {@link OpenWorldActors}.
 * The id is the type and the normalised full name, {@code person:فايز-السراج} — stable across
 * documents and spellings that normalise alike, and never a knowledge base slug (those have no
 * colon). The Arabic label is the normalised name; the English one is ICU4J's Arabic-Latin
 * transliteration, folded to ASCII and capitalised. When a curator adds the actor to the knowledge
 * base, its aliases match first and a re-tag replaces the discovered id with the curated one.
 *
 * <p>The ids are pure functions (static); the labels are made by an instance, which keeps a bounded
 * cache of them (transliteration is the costly part) — one per {@link KnowledgeBase}, so a reload
 * starts afresh. Thread safe.
 */
public final class DiscoveredActors {

  private static final char SEPARATOR = ':';
  /** Between a body's words and the country it is the body of ({@code organization:وزاره-العدل@EG}). */
  private static final char SCOPE = '@';
  /**
   * A discovered actor's id as {@link #id} and {@link #scoped} make it: a type, the separator,
   * normalised words joined by -, and perhaps a country's code.
   */
  private static final Pattern WELL_FORMED = Pattern.compile(
      Arrays.stream(ActorType.values()).map(ActorType::json).collect(Collectors.joining("|", "(", ")"))
          + SEPARATOR + "[\\p{L}\\p{M}\\p{N}_.'-]{1,150}(" + SCOPE + "[A-Z]{2})?");
  private static final int MAX_CACHED = 20_000;
  /** The first word of a compound given name (عبد الحميد), written joined to the name after it as often as apart. */
  private static final String COMPOUND_HEAD = "عبد";
  /** عبد joined to the name after it and its article (عبدالحميد، عبدالله). */
  private static final String JOINED_COMPOUND = COMPOUND_HEAD + ArabicMorphology.ARTICLE;
  private final Map<String, FacetLabel> labels = new ConcurrentHashMap<>();
  private final Transliterator arabicLatin = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

  /**
   * The id of a discovered actor of {@code type} named by normalised words ({@code person:جيمس-كلابر}).
   * A compound name joined or apart (عبدالحميد صبري، عبد الحميد صبري) is one actor: its id has the words
   * {@link #apart}.
   */
  public static String id(ActorType type, List<String> words) {
    return type.json() + SEPARATOR + String.join("-", apart(words));
  }

  /** Normalised name words with عبد set apart from the name it is joined to (عبدالحميد → عبد الحميد). */
  public static List<String> apart(List<String> words) {
    if (words.stream().noneMatch(DiscoveredActors::joinedCompound)) {
      return words;
    }
    List<String> apart = new ArrayList<>(words.size() + 1);
    for (String word : words) {
      if (joinedCompound(word)) {
        apart.add(COMPOUND_HEAD);
        apart.add(word.substring(COMPOUND_HEAD.length()));
      } else {
        apart.add(word);
      }
    }
    return apart;
  }

  /** Whether a word is عبد joined to a name of two letters or more after its article. */
  private static boolean joinedCompound(String word) {
    return word.length() >= JOINED_COMPOUND.length() + 2 && word.startsWith(JOINED_COMPOUND)
        && word.chars().skip(JOINED_COMPOUND.length()).allMatch(Character::isLetter);
  }

  /** Whether an actor id is a discovered one rather than a knowledge base slug. */
  public static boolean isDiscovered(String id) {
    return id.indexOf(SEPARATOR) > 0;
  }

  /**
   * Whether a value has the shape of a discovered actor's id: what a search may filter the actor facet
   * by besides the knowledge base's slugs (the colon no other facet value holds).
   */
  public static boolean isWellFormed(String value) {
    return WELL_FORMED.matcher(value).matches();
  }

  /** Whether an id is a discovered person's. */
  static boolean isPerson(String id) {
    return isDiscovered(id) && type(id) == ActorType.PERSON;
  }

  /** The type of a discovered actor's id. */
  static ActorType type(String id) {
    return ActorType.of(id.substring(0, id.indexOf(SEPARATOR)));
  }

  /** The normalised words that name a discovered actor, from its id (without its country). */
  static List<String> words(String id) {
    return List.of(unscoped(id).substring(id.indexOf(SEPARATOR) + 1).split("-"));
  }

  /**
   * The id of a body of one country named by words any country's body may bear ({@code وزارة العدل}
   * of Egypt: {@code organization:وزاره-العدل@EG}), so that the ministries of two countries are two
   * facet values and one country's, however a text names it, is one.
   */
  static String scoped(String id, String country) {
    return unscoped(id) + SCOPE + country;
  }

  /** The country code a discovered body's id is scoped to, or null. */
  public static String scope(String id) {
    int at = id.lastIndexOf(SCOPE);
    return at > 0 && isDiscovered(id) ? id.substring(at + 1) : null;
  }

  /** A discovered id without its country. */
  static String unscoped(String id) {
    int at = id.lastIndexOf(SCOPE);
    return at > 0 && isDiscovered(id) ? id.substring(0, at) : id;
  }

  /**
   * The labels of a discovered actor's id; a body scoped to a country names it after its own words
   * (وزاره العدل (مصر), Wzarh Aldl (Egypt)).
   *
   * @param countries the labels of a country by its code
   */
  public FacetLabel label(String id, Function<String, Optional<FacetLabel>> countries) {
    FacetLabel label = labels.get(id);
    if (label == null) {
      String ar = String.join(" ", words(id));
      String en = english(ar);
      // A name the text gives in Latin letters (Car Escort Services) is shown so under both labels.
      ar = ArabicNormaliser.hasArabic(ar) ? ar : en;
      Optional<FacetLabel> country = Optional.ofNullable(scope(id)).flatMap(countries);
      if (country.isPresent()) {
        ar += " (" + country.get().ar() + ")";
        en += " (" + country.get().en() + ")";
      }
      label = new FacetLabel(id, type(id), ar, en);
      if (labels.size() < MAX_CACHED) {
        labels.put(id, label);
      }
    }
    return label;
  }

  /** ICU's Arabic-Latin transliteration, ASCII, each word capitalised: فايز السراج → Fayz Alsraj. */
  String english(String arabic) {
    String latin;
    // An ICU Transliterator is not thread safe.
    synchronized (arabicLatin) {
      latin = arabicLatin.transliterate(arabic);
    }
    List<String> words = new ArrayList<>();
    for (String w : latin.replaceAll("[^A-Za-z0-9 -]", "").trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return String.join(" ", words);
  }

  /**
   * Records a discovered actor's evidence, words {@code [first, first + count)} of a field, and marks
   * those words known so that no other rule reads them again.
   */
  static void addEvidence(Map<String, List<Evidence>> found, String id, TaggedField field, int first, int count, boolean[] known) {
    found.computeIfAbsent(id, k -> new ArrayList<>()).add(field.evidence(first, count));
    for (int t = first; t < first + count; t++) {
      known[t] = true;
    }
  }
}
