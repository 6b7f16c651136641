package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Discovered bodies of one country get that country in their id, so that one facet value is one
 * body: every country has a وزارة العدل, a مجلس النواب and a المحكمة العليا, and without it the facet
 * would count the ministries of Egypt, Iraq and Morocco as one. A body whose name ends with its
 * country (وزارة العدل المصرية، المحكمة العليا في الهند) is that country's under its other words
 * ({@code organization:وزاره-العدل@EG}); a body named by words any country's body bears (a head and
 * definite words: وزارة العدل، القوات المسلحة) in a text about one country is that country's, as
 * {@link BareBodies} reads a bare الحكومة. A name with a word of an international body
 * (kb/words/international-words.txt: الدولي، الأوروبي) is no one country's and stays as it is; so do
 * people and bodies named by a word of their own (شركة فيسبوك). Immutable and thread safe.
 */
final class CountryBodies {

  private final ArabicNormaliser normaliser;
  private final ActorCues cues;
  private final Set<String> international;
  /** Each country's names and adjectives, folded (not its capitals: جامعة بغداد is a university of its own). */
  private final Map<String, Set<String>> countryNames = new HashMap<>();

  CountryBodies(KnowledgeBase kb, ArabicNormaliser normaliser, ActorCues cues) {
    this.normaliser = normaliser;
    this.cues = cues;
    this.international = WordList.folded(normaliser, "international-words.txt");
    for (CountryEntry country : kb.countries()) {
      for (String name : kb.aliases(FacetType.COUNTRY, country.id())) {
        countryNames.computeIfAbsent(normaliser.fold(name), k -> new HashSet<>()).add(country.id());
      }
    }
  }

  /**
   * Replaces the ids of the discovered bodies of one country with their scoped ids, merging their evidence.
   *
   * @param countries the text's countries with their evidence
   * @param textCountry the country the text is about ({@link CountryTagger#textCountry}), or null
   */
  void scope(Map<String, List<Evidence>> actors, Map<String, List<Evidence>> countries, String textCountry) {
    Map<String, List<Evidence>> scoped = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, List<Evidence>>> it = actors.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, List<Evidence>> actor = it.next();
      String id = actor.getKey();
      if (!DiscoveredActors.isDiscovered(id) || DiscoveredActors.type(id) != ActorType.ORGANIZATION
          || DiscoveredActors.scope(id) != null) {
        continue;
      }
      String scopedId = scopedId(id, actor.getValue(), countries, textCountry);
      if (scopedId != null) {
        it.remove();
        scoped.computeIfAbsent(scopedId, k -> new ArrayList<>()).addAll(actor.getValue());
      }
    }
    scoped.forEach((id, evidence) -> actors.computeIfAbsent(id, k -> new ArrayList<>()).addAll(evidence));
    sameBodyUnscoped(actors);
  }

  /**
   * A body named with its country and also without (شركة ديزر الفرنسية … شركة ديزر) is one body, the
   * country's, when the document names that body for one country only and its name has a word of its
   * own: words any country's body bears (مجلس الشورى، مركز الأرصاد الجوية) may mean another country's.
   */
  private void sameBodyUnscoped(Map<String, List<Evidence>> actors) {
    Map<String, List<String>> scopedByName = new HashMap<>();
    actors.keySet().stream().filter(id -> DiscoveredActors.scope(id) != null)
        .forEach(id -> scopedByName.computeIfAbsent(DiscoveredActors.unscoped(id), k -> new ArrayList<>()).add(id));
    scopedByName.forEach((name, scoped) -> {
      if (scoped.size() == 1 && actors.containsKey(name) && !anyCountrys(DiscoveredActors.words(name))) {
        actors.get(scoped.get(0)).addAll(actors.remove(name));
      }
    });
  }

  private String scopedId(String id, List<Evidence> evidence, Map<String, List<Evidence>> countries, String textCountry) {
    List<String> words = DiscoveredActors.words(id);
    if (words.stream().anyMatch(international::contains)) {
      return null;
    }
    Evidence mention = evidence.get(0);
    String ending = null;
    Evidence endingText = null;
    for (Map.Entry<String, List<Evidence>> country : countries.entrySet()) {
      for (Evidence named : country.getValue()) {
        if (!named.field().equals(mention.field()) || named.start() <= mention.start() || named.end() > mention.end()) {
          continue;
        }
        if (named.end() < mention.end() || ending != null) {
          // Two countries in one name (البعثة الروسية في بريطانيا): whose body it is, is not for this rule.
          return null;
        }
        ending = country.getKey();
        endingText = named;
      }
    }
    if (ending != null) {
      // Only a country's name or adjective qualifies a body so; a capital names a body of its own (جامعة بغداد).
      List<String> own = namesCountry(endingText.text(), ending)
          ? withoutCountry(words, endingText.text().strip().split("\\s+").length) : null;
      return own == null ? null : DiscoveredActors.scoped(DiscoveredActors.id(ActorType.ORGANIZATION, own), ending);
    }
    return textCountry != null && anyCountrys(words) ? DiscoveredActors.scoped(id, textCountry) : null;
  }

  /**
   * Whether a text is one of a country's names or adjectives as written, with no clitic: an adjective
   * agrees with the body it qualifies (وزارة العدل المصرية), while a country behind a preposition is
   * another party (القوات الكردية للأتراك: for the Turks).
   */
  private boolean namesCountry(String text, String country) {
    return countryNames.getOrDefault(normaliser.fold(text.strip()), Set.of()).contains(country);
  }

  /**
   * The scoped id a body's name that ends with its country's name or adjective stands for (مجلس النواب
   * الأمريكي: {@code organization:مجلس-النواب@US}), as a text's mention of it is scoped; or null.
   *
   * @param words the name's words, folded
   */
  String scopedIdOf(List<String> words, String country) {
    for (int countryWords = 1; countryWords < words.size(); countryWords++) {
      if (namesCountry(String.join(" ", words.subList(words.size() - countryWords, words.size())), country)) {
        List<String> own = withoutCountry(words, countryWords);
        return own == null ? null : DiscoveredActors.scoped(DiscoveredActors.id(ActorType.ORGANIZATION, own), country);
      }
    }
    return null;
  }

  /**
   * The words of a body's name before the country that ends it, and before an office link that joins
   * them (في: المحكمة العليا في الهند), or null when what is left is not a body's name of that kind.
   */
  private List<String> withoutCountry(List<String> words, int countryWords) {
    int end = words.size() - countryWords;
    if (end > 1 && cues.officeLinksBeforeNames.contains(words.get(end - 1))) {
      end--;
    }
    return end >= 1 && cues.head(words.get(0)) != null ? List.copyOf(words.subList(0, end)) : null;
  }

  /** Words any country's body may bear: a head, then definite words only (وزارة العدل، القوات المسلحة). */
  private boolean anyCountrys(List<String> words) {
    if (cues.head(words.get(0)) == null) {
      return false;
    }
    for (String word : words.subList(1, words.size())) {
      if (!ArabicMorphology.isDefinite(word)) {
        return false;
      }
    }
    return true;
  }
}
