package org.marsad.search;

import org.marsad.enrich.Lang;

/**
 * A user's search, already checked for size and form by the API.
 *
 * @param q free text (Arabic or Latin, with the query syntax of the README), or blank for all
 * @param like id of a document whose similar documents are wanted (more-like-this), or null
 * @param filters facet values and dates to keep or drop
 * @param sort relevance, newest or oldest
 * @param page zero-based page (ignored with a cursor)
 * @param size hits per page
 * @param cursor deep-paging cursor ({@code *} to start), or null for page-based paging
 * @param collapse whether near-duplicates (the same story from several outlets) show as one hit
 * @param dateGap bucket width of the date histogram
 * @param lang language of the labels (ar or en)
 */
public record SearchRequest(
    String q,
    String like,
    SearchFilters filters,
    Sort sort,
    int page,
    int size,
    String cursor,
    boolean collapse,
    DateGap dateGap,
    Lang lang) {

  /** The orders a result list can take. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  /** Bucket widths of the date histogram. */
  public enum DateGap {
    MONTH,
    YEAR
  }

  /** A plain search: text and filters, first page, by relevance. */
  public static SearchRequest of(String q, SearchFilters filters, int size, Lang lang) {
    return new SearchRequest(q, null, filters, Sort.RELEVANCE, 0, size, null, false, DateGap.MONTH, lang);
  }
}
