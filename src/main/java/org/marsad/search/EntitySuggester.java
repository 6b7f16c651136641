package org.marsad.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.enrich.Lang;
import org.marsad.enrich.FacetLabel;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * An in-memory prefix index over the knowledge base's actors, countries and topics: every word
 * of their Arabic and English labels and aliases, folded as {@link LabelMatcher#fold} does and
 * also without a clitic prefix (ال، و، ب...), so حفت, Haf and الليب all find their value. Each word
 * the user typed must start a word of one name of the value. Built once from a {@link
 * FacetLabels}; immutable and thread safe.
 *
 * <p>Latin spellings of Arabic names differ in their vowels (Haftar, Hifter, Heftar; Dbeibah,
 * Dbaiba): when nothing matches a Latin word of {@value #MIN_SKELETON} letters or more as written,
 * its consonant skeleton ({@link #skeleton}) is matched against the skeletons of the names.
 */
final class EntitySuggester {

  /** A knowledge-base value with its labels and aliases: what the index is built from. */
  record Named(FacetType type, FacetLabel label, List<String> aliases) {}

  /** How many documents have a value (the index-wide counts the service keeps). */
  @FunctionalInterface
  interface DocumentCounts {
    long of(FacetType type, String id);
  }

  /**
   * An entity, the folded words of all its names, and what a keystroke compares, worked out once
   * when the index is built: the readings of each name's words (for several typed words) and of
   * each name's first word (a name that starts with the text ranks first).
   */
  private static final class Entry {
    final FacetType type;
    final FacetLabel label;
    final List<String> names;
    final List<List<String>> readingsByName;
    final List<String> firstWordReadings;
    /** The index keys: every reading of every word of the names, and the Latin words' skeletons. */
    final List<String> wordKeys;
    final List<String> skeletonKeys;

    Entry(FacetType type, FacetLabel label, List<String> names) {
      this.type = type;
      this.label = label;
      this.names = names;
      List<List<String>> byName = new ArrayList<>(names.size());
      List<String> first = new ArrayList<>();
      for (String name : names) {
        List<String> nameWords = words(name);
        List<String> readings = new ArrayList<>();
        nameWords.forEach(w -> readings.addAll(readings(w)));
        byName.add(List.copyOf(readings));
        if (!nameWords.isEmpty()) {
          first.addAll(readings(nameWords.get(0)));
        }
      }
      this.readingsByName = List.copyOf(byName);
      this.firstWordReadings = List.copyOf(first);
      Set<String> keys = new LinkedHashSet<>();
      readingsByName.forEach(keys::addAll);
      this.wordKeys = List.copyOf(keys);
      Set<String> skeletons = new LinkedHashSet<>();
      for (String name : names) {
        words(name).stream().filter(EntitySuggester::isLatin).map(EntitySuggester::skeleton).forEach(skeletons::add);
      }
      this.skeletonKeys = List.copyOf(skeletons);
    }
  }

  /** Shorter Latin words have too few consonants to tell names apart by their skeleton. */
  static final int MIN_SKELETON = 4;
  /** A skeleton of fewer consonants (zzzq → zk) starts too many names. */
  static final int MIN_CONSONANTS = 3;
  private static final String VOWELS = "aeiouy";
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  private final List<Named> source;
  /** The entry made of each value of {@link #source} (a value listed twice maps to its first entry). */
  private final Map<Named, Entry> entryOf = new HashMap<>();
  private final SortedKeys byWord;
  private final SortedKeys bySkeleton;

  /**
   * Keys in their natural order, each with its entries in the order of the values they come from;
   * read by prefix. Sorted arrays rather than a tree map: built from a hash map with one sort
   * (the index is rebuilt on a background thread whenever the index's actors change, as often as
   * every few seconds during a bulk load), and walked without pointer chasing.
   */
  private static final class SortedKeys {
    private final String[] keys;
    private final List<List<Entry>> entries;

    SortedKeys(Map<String, List<Entry>> byKey) {
      keys = byKey.keySet().toArray(String[]::new);
      Arrays.sort(keys);
      entries = new ArrayList<>(keys.length);
      for (String key : keys) {
        entries.add(byKey.get(key));
      }
    }

    /** The entry lists of the keys from {@code from} to {@code to}, both included, in key order. */
    List<List<Entry>> range(String from, String to) {
      int start = Arrays.binarySearch(keys, from);
      if (start < 0) {
        start = -start - 1;
      }
      int end = start;
      while (end < keys.length && keys[end].compareTo(to) <= 0) {
        end++;
      }
      return entries.subList(start, end);
    }
  }

  /** Every value of every facet with its aliases, in the knowledge base's order. */
  static List<Named> names(FacetLabels labels) {
    List<Named> names = new ArrayList<>();
    for (FacetType type : FacetType.values()) {
      for (FacetLabel label : labels.all(type)) {
        names.add(new Named(type, label, List.copyOf(labels.aliases(type, label.id()))));
      }
    }
    return names;
  }

  EntitySuggester(FacetLabels labels) {
    this(names(labels));
  }

  EntitySuggester(List<Named> source) {
    this(source, null);
  }

  /**
   * An index of {@code source}; the entries of values that {@code previous} (may be null) was also
   * built from are taken from it rather than worked out again (an entry depends on its value
   * alone), so a rebuild after the index found a few new actors costs little more than the sort.
   */
  EntitySuggester(List<Named> source, EntitySuggester previous) {
    this.source = List.copyOf(source);
    Map<String, List<Entry>> words = new HashMap<>();
    Map<String, List<Entry>> skeletons = new HashMap<>();
    // One entry per distinct value and names: a value listed twice is suggested once.
    Map<List<Object>, Entry> seen = new HashMap<>();
    for (Named named : this.source) {
      Entry known = previous == null ? null : previous.entryOf.get(named);
      List<String> folded = known != null ? known.names : folded(named);
      List<Object> key = List.of(named.type(), named.label(), folded);
      Entry first = seen.get(key);
      if (first != null) {
        entryOf.putIfAbsent(named, first);
        continue;
      }
      Entry entry = known != null ? known : new Entry(named.type(), named.label(), folded);
      seen.put(key, entry);
      entryOf.put(named, entry);
      entry.wordKeys.forEach(k -> words.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
      entry.skeletonKeys.forEach(k -> skeletons.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
    }
    this.byWord = new SortedKeys(words);
    this.bySkeleton = new SortedKeys(skeletons);
  }

  /** A value's label, English label and aliases, folded, without blanks or repeats. */
  private static List<String> folded(Named named) {
    FacetLabel label = named.label();
    Set<String> names = new LinkedHashSet<>();
    names.add(label.ar());
    names.add(label.en());
    names.addAll(named.aliases());
    return names.stream().filter(n -> n != null && !n.isBlank()).map(LabelMatcher::fold).toList();
  }

  /** Whether this index was built from exactly these values, labels and aliases. */
  boolean builtFrom(List<Named> names) {
    return source.equals(names);
  }

  /**
   * Values whose names match every typed word as a word prefix, best first: those with documents
   * before those without, then a name that starts with the text, then more documents, then the
   * shorter label. A keystroke walks the values under the first word's prefix once, comparing
   * readings worked out when the index was built, and makes suggestions of the best
   * {@code limit} only.
   */
  List<Suggestion> suggest(String typed, int limit, Lang lang, DocumentCounts documents) {
    List<String> words = words(LabelMatcher.fold(typed));
    if (words.isEmpty()) {
      return List.of();
    }
    Set<Entry> found = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Entry> inOrder = new ArrayList<>();
    String first = words.get(0);
    for (List<Entry> entries : byWord.range(first, first + Character.MAX_VALUE)) {
      for (Entry entry : entries) {
        // Under the first word's prefix, one word always matches; more words need one name.
        if (!found.contains(entry) && (words.size() == 1 || allWordsMatch(entry, words))) {
          found.add(entry);
          inOrder.add(entry);
        }
      }
    }
    if (inOrder.isEmpty() && first.length() >= MIN_SKELETON && words.stream().allMatch(EntitySuggester::isLatin)) {
      inOrder.addAll(bySkeletonPrefix(words));
    }
    List<Ranked> ranked = new ArrayList<>(inOrder.size());
    for (Entry entry : inOrder) {
      ranked.add(new Ranked(entry, documents.of(entry.type, entry.label.id()), startsName(entry, first),
          entry.label.label(lang).length()));
    }
    // A stable sort: equal candidates keep the index's order.
    ranked.sort(Comparator.<Ranked>comparingInt(r -> r.count() > 0 ? 0 : 1)
        .thenComparingInt(r -> r.startsName() ? 0 : 1)
        .thenComparing(Comparator.comparingLong(Ranked::count).reversed())
        .thenComparingInt(Ranked::labelLength));
    List<Suggestion> suggestions = new ArrayList<>(Math.min(limit, ranked.size()));
    for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
      FacetLabel l = r.entry().label;
      suggestions.add(new Suggestion(r.entry().type.field(), l.id(), l.type(),
          Map.of("ar", l.ar(), "en", l.en()), l.label(lang), r.count()));
    }
    return suggestions;
  }

  private record Ranked(Entry entry, long count, boolean startsName, int labelLength) {}

  /** Entries whose names hold, for every typed word, a word whose skeleton starts with the typed one's. */
  private Set<Entry> bySkeletonPrefix(List<String> typed) {
    List<String> wanted = typed.stream().map(EntitySuggester::skeleton).toList();
    String first = wanted.get(0);
    if (first.length() < MIN_CONSONANTS) {
      return Set.of();
    }
    Set<Entry> found = new LinkedHashSet<>();
    for (List<Entry> entries : bySkeleton.range(first, first + Character.MAX_VALUE)) {
      for (Entry entry : entries) {
        List<String> nameSkeletons = new ArrayList<>();
        entry.names.forEach(n -> words(n).stream().filter(EntitySuggester::isLatin)
            .map(EntitySuggester::skeleton).forEach(nameSkeletons::add));
        if (wanted.stream().allMatch(w -> nameSkeletons.stream().anyMatch(n -> n.startsWith(w)))) {
          found.add(entry);
        }
      }
    }
    return found;
  }

  /**
   * A Latin word's consonant skeleton: its first letter, then its consonants without the vowels,
   * q and c as k, a doubled letter once (haftar, hifter, heftar → hftr).
   */
  static String skeleton(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i > 0 && VOWELS.indexOf(c) >= 0) {
        continue;
      }
      char letter = c == 'q' || c == 'c' ? 'k' : c;
      if (out.length() == 0 || out.charAt(out.length() - 1) != letter) {
        out.append(letter);
      }
    }
    return out.toString();
  }

  private static boolean isLatin(String word) {
    return word.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  private static boolean allWordsMatch(Entry entry, List<String> typed) {
    for (List<String> nameWords : entry.readingsByName) {
      if (typed.stream().allMatch(t -> nameWords.stream().anyMatch(w -> w.startsWith(t)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first typed word starts the first word of one of the names. */
  private static boolean startsName(Entry entry, String first) {
    for (String reading : entry.firstWordReadings) {
      if (reading.startsWith(first)) {
        return true;
      }
    }
    return false;
  }

  /** A folded word and its cores without clitics (ArabicMorphology): الليبية also starts ليب. */
  private static List<String> readings(String word) {
    return ArabicMorphology.PLAIN.readings(word, word).stream().map(ArabicMorphology.Reading::core).toList();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(text)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
