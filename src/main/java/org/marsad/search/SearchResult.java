package org.marsad.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of results with the facets.
 *
 * @param total how many documents match
 * @param page zero-based page
 * @param size hits per page
 * @param hits this page's documents
 * @param facets actor, country, topic and source, each with its values in Solr's order
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, List<Facet> facets) {

  /** One matching document. {@code snippet} is HTML-escaped text with {@code <mark>} around matches. */
  public record Hit(
      String id,
      String title,
      String snippet,
      Instant published,
      String source,
      String url,
      List<LabeledValue> actors,
      List<LabeledValue> countries,
      List<LabeledValue> topics) {}

  /** A facet's values, counted as if its own filter were not applied (multi-select). */
  public record Facet(String name, List<FacetCount> values) {}

  /** A facet value with its labels and how many matching documents have it. */
  public record FacetCount(
      String id, String type, java.util.Map<String, String> labels, String label, long count) {}
}
