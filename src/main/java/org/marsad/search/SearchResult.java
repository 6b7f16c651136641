package org.marsad.search;

import org.marsad.enrich.ActorType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results with the facets and the date histogram.
 *
 * @param total how many documents match (groups of near-duplicates when collapsed)
 * @param page zero-based page
 * @param size hits per page
 * @param nextCursor the cursor of the next page when the request used one; equal to the request's
 *     cursor when there is nothing more
 * @param hits this page's documents
 * @param facets actor, country, topic and source, each with its values in Solr's order
 * @param dates documents per month or year, counted as if the date filter were not applied
 * @param partial true when part of the index did not answer (in SolrCloud, a shard with no live
 *     copy while a node is down): hits, total and counts come from the rest; false normally
 */
public record SearchResult(
    long total,
    int page,
    int size,
    String nextCursor,
    List<Hit> hits,
    List<Facet> facets,
    DateHistogram dates,
    boolean partial) {

  /**
   * One matching document. {@code snippet} is HTML-escaped text with {@code <mark>} around
   * matches; {@code duplicates} is how many near-duplicates a collapsed hit stands for.
   */
  public record Hit(
      String id,
      String title,
      String snippet,
      Instant published,
      String source,
      String url,
      List<LabeledValue> actors,
      List<LabeledValue> countries,
      List<LabeledValue> topics,
      Long duplicates) {}

  /** A facet's values, counted as if its own filter were not applied (multi-select). */
  public record Facet(String name, List<FacetCount> values) {}

  /** A facet value with its labels and how many matching documents have it. */
  public record FacetCount(String id, ActorType type, Map<String, String> labels, String label, long count) {}

  /** Documents per period, from the first non-empty period to the last. */
  public record DateHistogram(String gap, List<DateBucket> buckets) {}

  /**
   * One period of the histogram.
   *
   * @param key {@code 2017-03} for a month, {@code 2017} for a year
   * @param from first day of the period
   * @param to last day of the period
   */
  public record DateBucket(String key, String from, String to, long count) {}
}
