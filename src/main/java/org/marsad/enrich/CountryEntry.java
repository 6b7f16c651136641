package org.marsad.enrich;

import java.util.List;

/**
 * A country of the knowledge base (kb/countries.yaml).
 *
 * @param id ISO 3166-1 alpha-2 code
 * @param names its names in both scripts
 * @param adjectives nisba forms (روسي، الروسية، الروس) that name it too
 * @param capitals cities that stand for its government (واشنطن), not counted after a preposition of place
 * @param after for a name that is also a common word (مالي "financial"): the words it must follow
 */
public record CountryEntry(
    String id, String ar, String en, List<String> names, List<String> adjectives, List<String> capitals,
    List<String> after) {

  public CountryEntry {
    names = names == null ? List.of() : List.copyOf(names);
    adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
    capitals = capitals == null ? List.of() : List.copyOf(capitals);
    after = after == null ? List.of() : List.copyOf(after);
  }
}
