package org.marsad.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * A country of the knowledge base (kb/countries.yaml).
 *
 * @param id ISO 3166-1 alpha-2 code
 * @param names its names in both scripts
 * @param adjectives nisba forms (روسي، الروسية، الروس) that name it too
 * @param capitals cities that stand for its government (واشنطن), not counted after a preposition of place
 * @param after for a name that is also a common word (مالي "financial"): the words it must follow
 * @param parts names and adjectives of its constituent parts (إنجلترا، الإنجليزي for the United Kingdom):
 *     they name it when tagging, as the labelling guide reads them, but are not its names for search
 *     (a search for إنجلترا should not find every text about Britain)
 */
public record CountryEntry(
    String id, String ar, String en, List<String> names, List<String> adjectives, List<String> capitals,
    List<String> after, List<String> parts) {

  public CountryEntry {
    names = names == null ? List.of() : List.copyOf(names);
    adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
    capitals = capitals == null ? List.of() : List.copyOf(capitals);
    after = after == null ? List.of() : List.copyOf(after);
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /**
   * Each definite adjective as written (الإيطالي، الإيطالية) and its country, the first country that
   * writes it: whose office or army a name ending with it is.
   */
  static Map<String, String> countryOfDefiniteAdjective(List<CountryEntry> countries) {
    Map<String, String> countryOf = new HashMap<>();
    for (CountryEntry country : countries) {
      country.adjectives().stream().filter(ArabicMorphology::isDefinite).forEach(a -> countryOf.putIfAbsent(a, country.id()));
    }
    return Map.copyOf(countryOf);
  }
}
