package org.marsad.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a search keeps and drops, shared by search, export and facet value search.
 *
 * @param include per facet, values to keep: values of one facet are OR-ed, facets are AND-ed
 * @param exclude per facet, values whose documents are dropped (negative filters)
 * @param from first publication day to keep, or null
 * @param to last publication day to keep, or null
 */
public record SearchFilters(
    Map<Facet, List<String>> include, Map<Facet, List<String>> exclude, LocalDate from, LocalDate to) {

  public static final SearchFilters NONE = new SearchFilters(Map.of(), Map.of(), null, null);

  public SearchFilters {
    include = copy(include);
    exclude = copy(exclude);
  }

  public List<String> include(Facet facet) {
    return include.getOrDefault(facet, List.of());
  }

  public List<String> exclude(Facet facet) {
    return exclude.getOrDefault(facet, List.of());
  }

  private static Map<Facet, List<String>> copy(Map<Facet, List<String>> values) {
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    values.forEach((facet, list) -> {
      if (!list.isEmpty()) {
        copy.put(facet, List.copyOf(list));
      }
    });
    return Map.copyOf(copy);
  }
}
