package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Finds countries by name, adjective (nisba) and capital. A capital counts only where it stands for
 * the government: not after a preposition of place (في موسكو، بموسكو). A name that is also a common
 * word counts only after the words its entry lists. A nisba ends in ي: a word written with a final ى
 * is another word (اليمنى "the right one", not اليمني). A name of three letters or less takes only
 * و and ال as clitics (كروس is Kroos, not ك + روس). Immutable and thread safe.
 */
final class CountryTagger {

  private enum Kind { NAME, ADJECTIVE, CAPITAL, NONE }

  private record Name(String id, Kind kind, Set<String> after) {}

  private final PhraseDictionary<Name> names;
  /** Words of place before a city: في، إلى، من and the like (kb/words/place-words.txt), normalised. */
  private final Set<String> placeWords;

  CountryTagger(KnowledgeBase kb, ArabicNormaliser normaliser) {
    this.names = new PhraseDictionary<>(normaliser);
    placeWords = WordList.folded(normaliser, "place-words.txt");
    Name none = new Name(null, Kind.NONE, Set.of());
    kb.notCountries().forEach(p -> names.add(p, none));
    for (CountryEntry c : kb.countries()) {
      Set<String> after = new HashSet<>();
      c.after().forEach(w -> after.add(normaliser.fold(w)));
      c.names().forEach(n -> names.add(n, new Name(c.id(), Kind.NAME, after)));
      c.adjectives().forEach(n -> names.add(n, new Name(c.id(), Kind.ADJECTIVE, Set.of())));
      c.parts().forEach(n -> names.add(n, new Name(c.id(), Kind.NAME, Set.of())));
      c.capitals().forEach(n -> names.add(n, new Name(c.id(), Kind.CAPITAL, Set.of())));
    }
  }

  /** Evidence per country id, in text order. */
  Map<String, List<Evidence>> tag(List<TaggedField> fields) {
    Map<String, List<Evidence>> found = new LinkedHashMap<>();
    for (TaggedField field : fields) {
      for (PhraseDictionary.Match<Name> m : names.find(field.normalised(), field.readings())) {
        if (m.first() < field.firstTagged()) {
          continue;
        }
        Name name = m.values().get(0);
        if (name.kind() == Kind.NONE || !counts(name, m, field)) {
          continue;
        }
        found.computeIfAbsent(name.id(), id -> new java.util.ArrayList<>()).add(field.evidence(m.first(), m.count()));
      }
    }
    return found;
  }

  private boolean counts(Name name, PhraseDictionary.Match<Name> m, TaggedField field) {
    String previous = m.first() == 0 ? "" : field.normalised().get(m.first() - 1);
    String written = field.tokens().get(m.first() + m.count() - 1).text();
    if (name.kind() == Kind.ADJECTIVE && written.endsWith("ى")) {
      return false;
    }
    String word = field.normalised().get(m.first());
    if (m.count() == 1 && word.length() - m.prefix().length() <= 3 && !ArabicMorphology.isLight(m.prefix())) {
      return false;
    }
    return switch (name.kind()) {
      case CAPITAL -> !ArabicMorphology.hasPrepositionBa(m.prefix()) && !placeWords.contains(previous);
      case NAME -> name.after().isEmpty() || m.count() > 1 || name.after().contains(previous)
          || name.after().contains(m.prefix());
      default -> true;
    };
  }

  /** How often the text names the country it names most: 0 when it names none. */
  static int mostNamedCount(Map<String, List<Evidence>> countries) {
    return countries.values().stream().mapToInt(List::size).max().orElse(0);
  }

  /** The one country the text names most, or null when it names none or two as often. */
  static String onlyMostNamed(Map<String, List<Evidence>> countries) {
    int most = mostNamedCount(countries);
    List<String> top = countries.entrySet().stream().filter(e -> most > 0 && e.getValue().size() == most)
        .map(Map.Entry::getKey).toList();
    return top.size() == 1 ? top.get(0) : null;
  }

  /** Every country's definite adjectives (البرازيلي، الفرنسية), folded: a nationality or an office's country. */
  static Set<String> definiteAdjectives(KnowledgeBase kb, ArabicNormaliser normaliser) {
    Set<String> adjectives = new HashSet<>();
    kb.countries().forEach(c -> c.adjectives().stream().filter(ArabicMorphology::startsWithArticle)
        .forEach(a -> adjectives.add(normaliser.fold(a))));
    return Set.copyOf(adjectives);
  }

  /**
   * The {@code n} countries a text names most, or an empty list unless exactly {@code n} are named more
   * often than any other: the ones a phrase about "the two (three) countries" (وزيري خارجية البلدين)
   * means.
   */
  static List<String> mostNamed(Map<String, List<Evidence>> countries, int n) {
    List<Map.Entry<String, List<Evidence>>> byCount = countries.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size())).limit(n + 1L).toList();
    if (byCount.size() < n || (byCount.size() > n && byCount.get(n).getValue().size() == byCount.get(n - 1).getValue().size())) {
      return List.of();
    }
    return byCount.subList(0, n).stream().map(Map.Entry::getKey).toList();
  }

  /**
   * The country a text is about, for the bare words that stand for one country's body (a bare
   * الحكومة, a discovered وزارة العدل): named at least three times as often as any other and at least
   * twice, or null. Three was chosen on the train split, where two found 13 more governments for 9 more
   * false ones and gave discovered bodies wrong countries (مستشفى الشفاء as Israel's)
   * (docs/benchmarks.md).
   */
  static String textCountry(Map<String, List<Evidence>> countries) {
    return dominant(countries, 3, 2);
  }

  /**
   * The country a text is about: named at least {@code margin} times as often as any other and at
   * least {@code least} times; null when there is none so clearly.
   */
  private static String dominant(Map<String, List<Evidence>> countries, int margin, int least) {
    String top = onlyMostNamed(countries);
    if (top == null) {
      return null;
    }
    int most = countries.get(top).size();
    int next = countries.entrySet().stream().filter(e -> !e.getKey().equals(top))
        .mapToInt(e -> e.getValue().size()).max().orElse(0);
    return most >= least && most >= margin * next ? top : null;
  }

  /**
   * Takes out the country words a person's name holds as a name (تركي المالكي is Turki al-Maliki, not
   * Turkish; الأمير تركي الفيصل): a word that begins the name or is written without the article. An
   * adjective with the article after a title stays the country's (العاهل السعودي). A country whose
   * every mention lies inside a name so is not named.
   */
  static void dropInsideNames(Map<String, List<Evidence>> countries, List<Evidence> names) {
    if (names.isEmpty()) {
      return;
    }
    // Names by field in text order, so that each country's mention is checked against the few names
    // that may hold it, not all of a long document's.
    Map<String, List<Evidence>> byField = new HashMap<>();
    names.forEach(n -> byField.computeIfAbsent(n.field(), f -> new ArrayList<>()).add(n));
    byField.values().forEach(list -> list.sort(Comparator.comparingInt(Evidence::start)));
    int longest = names.stream().mapToInt(n -> n.end() - n.start()).max().orElse(0);
    countries.values().forEach(evidence -> evidence.removeIf(e -> insideAName(byField.get(e.field()), longest, e)));
    countries.values().removeIf(List::isEmpty);
  }

  /** Whether one of a field's names (in text order, none longer than {@code longest}) holds the country's mention. */
  private static boolean insideAName(List<Evidence> names, int longest, Evidence country) {
    if (names == null) {
      return false;
    }
    int low = 0;
    int high = names.size();
    while (low < high) { // the first name that starts after the mention
      int mid = (low + high) >>> 1;
      if (names.get(mid).start() <= country.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low - 1; i >= 0 && names.get(i).start() >= country.start() - longest; i--) {
      if (holdsAsName(names.get(i), country)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsAsName(Evidence name, Evidence country) {
    if (!name.holds(country)) {
      return false;
    }
    String firstWord = country.text().split(" ", 2)[0];
    return name.start() == country.start() || !ArabicMorphology.startsWithArticle(firstWord);
  }
}
