package org.marsad.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.FacetType;

/**
 * A user's search, already checked for size and form by the API.
 *
 * @param q free text (Arabic or Latin), or blank for all documents
 * @param filters facet values to keep: values of one facet are OR-ed, facets are AND-ed
 * @param sources outlets to keep (OR-ed)
 * @param from first publication day to keep, or null
 * @param to last publication day to keep, or null
 * @param sort relevance, newest or oldest
 * @param page zero-based page
 * @param size hits per page
 * @param lang language of the labels (ar or en)
 */
public record SearchRequest(
    String q,
    Map<FacetType, List<String>> filters,
    List<String> sources,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int page,
    int size,
    String lang) {

  public SearchRequest {
    filters = Map.copyOf(filters);
    sources = List.copyOf(sources);
  }

  /** The orders a result list can take. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST
  }
}
