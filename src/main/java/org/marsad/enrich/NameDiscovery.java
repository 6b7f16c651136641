package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Counts person names the knowledge base lacks, so a curator can add them: the words after a title
 * (المشير خالد X، السفير جيريمي Y، وزير الخارجية Z) and runs of capitalised Latin words ("Tarek
 * Megerisi"), where no known actor was found. The titles, the words that end a name and the words
 * that link its parts are word lists in {@code kb/words/}. Thread safe; bounded to {@link
 * #MAX_NAMES} names.
 */
public final class NameDiscovery {

  private static final int MAX_NAMES = 50_000;
  private static final int MAX_EXAMPLES = 3;
  /** News names a person by given name and family name; a third word is as often the next word. */
  private static final int MAX_ARABIC_NAME_WORDS = 2;
  private static final int MAX_LATIN_NAME_WORDS = 3;
  /** Offices the name may follow: وزير الخارجية الفرنسي جان إيف لودريان. */
  private static final int MAX_OFFICE_WORDS = 3;

  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’-]+");

  /** Discovery switched off: tagging a document for tests or re-tagging without counting. */
  public static final NameDiscovery NONE = new NameDiscovery(0);

  private final Set<String> titles;
  private final Set<String> stop;
  private final Set<String> links;
  private final int capacity;
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  private static final class Seen {
    final String name;
    int count;
    final List<String> examples = new ArrayList<>();

    Seen(String name) {
      this.name = name;
    }
  }

  public NameDiscovery() {
    this(MAX_NAMES);
  }

  private NameDiscovery(int capacity) {
    this.capacity = capacity;
    ArabicNormaliser normaliser = new ArabicNormaliser();
    this.titles = WordList.folded(normaliser, "name-titles.txt");
    this.stop = WordList.folded(normaliser, "name-stops.txt");
    this.links = WordList.folded(normaliser, "name-links.txt");
  }

  /** The names seen most often first, at most {@code limit}, each seen at least {@code minCount} times. */
  public List<DiscoveredName> top(int limit, int minCount) {
    List<DiscoveredName> names = new ArrayList<>();
    for (Seen s : seen.values()) {
      synchronized (s) {
        if (s.count >= minCount) {
          names.add(new DiscoveredName(s.name, s.count, List.copyOf(s.examples)));
        }
      }
    }
    names.sort(Comparator.comparingInt(DiscoveredName::count).reversed().thenComparing(DiscoveredName::name));
    return names.size() > limit ? names.subList(0, limit) : names;
  }

  /** Forgets every name: after a reload the re-tagging counts them again. */
  public void clear() {
    seen.clear();
  }

  /** @param known the evidence of actors and countries found: names there are known already */
  void collect(List<TaggedField> fields, List<Map<String, List<Evidence>>> known) {
    if (capacity == 0) {
      return;
    }
    for (TaggedField field : fields) {
      List<int[]> spans = new ArrayList<>();
      known.forEach(found -> found.values().forEach(list -> list.stream()
          .filter(e -> e.field().equals(field.name()))
          .forEach(e -> spans.add(new int[] {e.start(), e.end()}))));
      afterTitles(field, spans);
      latinRuns(field, spans);
    }
  }

  private void afterTitles(TaggedField field, List<int[]> known) {
    List<String> words = field.normalised();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!titles.contains(words.get(i)) || !field.joined(i)) {
        continue;
      }
      int start = i + 1;
      int office = 0;
      while (start < words.size() && words.get(start).startsWith(ArabicMorphology.ARTICLE) && office < MAX_OFFICE_WORDS
          && field.joined(start - 1)) {
        start++;
        office++;
      }
      // A first word with the article (الرئاسة، للشؤون، بالوكالة) is an office, not a given name.
      if (start >= words.size() || !field.joined(start - 1) || ArabicMorphology.startsWithArticle(words.get(start))) {
        continue;
      }
      int end = start;
      while (end < words.size() && (end - start < MAX_ARABIC_NAME_WORDS || links.contains(words.get(end - 1)))
          && !stop.contains(words.get(end))
          && (end == start || field.joined(end - 1))) {
        end++;
      }
      if (end - start >= 2 || (end - start == 1 && office == 0 && words.get(start).length() > 3)) {
        record(field, i, start, end, known);
      }
    }
  }

  private void latinRuns(TaggedField field, List<int[]> known) {
    List<TextToken> tokens = field.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && CAPITALISED.matcher(tokens.get(end).text()).matches()
          && (end == i || field.joined(end - 1))) {
        end++;
      }
      if (end - i >= 2) {
        record(field, i, i, Math.min(end, i + MAX_LATIN_NAME_WORDS), known);
      }
      i = Math.max(end, i + 1);
    }
  }

  private void record(TaggedField field, int context, int start, int end, List<int[]> known) {
    int from = field.tokens().get(start).start();
    int to = field.tokens().get(end - 1).end();
    for (int[] span : known) {
      if (from < span[1] && span[0] < to) {
        return;
      }
    }
    String key = String.join(" ", field.normalised().subList(start, end));
    if (seen.size() >= capacity && !seen.containsKey(key)) {
      return;
    }
    Seen s = seen.computeIfAbsent(key, k -> new Seen(field.text().substring(from, to)));
    synchronized (s) {
      s.count++;
      if (s.examples.size() < MAX_EXAMPLES) {
        s.examples.add(field.text().substring(field.tokens().get(context).start(), to));
      }
    }
  }
}
