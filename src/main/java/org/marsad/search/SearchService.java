package org.marsad.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RangeFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.index.IndexException;
import org.marsad.solr.SolrConnection;

/**
 * Runs searches: a result page with facets and a date histogram, the values of one facet, and
 * every hit of a search for export. Relevance (qf, pf, mm) is Solr's: the handler's defaults and
 * paramsets, tuned by admins; {@link SearchQueryBuilder} sends only text, filters, facets, sort and
 * paging. Thread safe.
 */
public final class SearchService {

  /** Rows per Solr request when exporting with a cursor. */
  static final int EXPORT_BATCH = 500;

  private final SolrConnection solr;
  private final FacetLabels labels;

  public SearchService(SolrConnection solr, FacetLabels labels) {
    this.solr = solr;
    this.labels = labels;
  }

  public SearchResult search(SearchRequest request) throws IndexException {
    QueryResponse response = run(SearchQueryBuilder.page(request));
    return toResult(request, response);
  }

  /**
   * The Solr query a search sends, unchanged: benchmarks time it against Solr directly, and an
   * admin can replay it on Solr's Query screen.
   */
  public SolrQuery solrQuery(SearchRequest request) {
    return SearchQueryBuilder.page(request);
  }

  /** The Solr query of one export batch (see {@link #solrQuery}). */
  public SolrQuery solrExportQuery(SearchRequest request, String cursor, int rows) {
    return SearchQueryBuilder.export(request, cursor, rows);
  }

  /** Throws {@link InvalidQueryException} if the request cannot be run, without running it. */
  public void check(SearchRequest request) {
    SearchQueryBuilder.page(request);
  }

  /**
   * The values of one facet for the request's search whose label or id contains {@code contains}
   * (Arabic normalised, case-insensitive), by count: the search box of a long facet list.
   */
  public SearchResult.Facet facetValues(SearchRequest request, Facet facet, String contains, int limit)
      throws IndexException {
    QueryResponse response = run(SearchQueryBuilder.facetValues(request, facet));
    LabelMatcher matcher = new LabelMatcher(contains);
    List<SearchResult.FacetCount> matching = new ArrayList<>();
    for (SearchResult.FacetCount count : counts(facet, response.getFacetField(facet.field()), request.lang())) {
      if (matching.size() < limit && matcher.matches(count)) {
        matching.add(count);
      }
    }
    return new SearchResult.Facet(facet.field(), matching);
  }

  /** Hands every hit of a search to {@code sink}, in the request's order, up to {@code max}. */
  public long export(SearchRequest request, long max, HitSink sink) throws IndexException, IOException {
    String cursor = "*";
    long written = 0;
    while (written < max) {
      int rows = (int) Math.min(EXPORT_BATCH, max - written);
      QueryResponse response = run(SearchQueryBuilder.export(request, cursor, rows));
      for (SolrDocument doc : response.getResults()) {
        sink.accept(hit(doc, null, null, request.lang()));
        written++;
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor) || response.getResults().isEmpty()) {
        break;
      }
      cursor = next;
    }
    return written;
  }

  /** Receives exported hits one by one (writing them out may fail). */
  @FunctionalInterface
  public interface HitSink {
    void accept(SearchResult.Hit hit) throws IOException;
  }

  private QueryResponse run(SolrQuery query) throws IndexException {
    try {
      return solr.client().query(solr.collection(), query);
    } catch (SolrException e) {
      if (e.code() == 400) {
        // Solr refused what the user asked (a malformed cursor, an impossible range): their error.
        throw new InvalidQueryException("The search could not be run as asked: " + firstLine(e.getMessage()));
      }
      throw IndexException.of("Search failed: " + e.getMessage(), e);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw IndexException.of("Search failed: " + e.getMessage(), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("");
    int colon = line.indexOf(": ");
    // SolrJ prefixes the node's URL ("Error from server at http://...: "): keep Solr's own words.
    return line.startsWith("Error from server") && colon > 0 ? line.substring(colon + 2) : line;
  }

  private SearchResult toResult(SearchRequest request, QueryResponse response) {
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    Map<String, SolrDocumentList> expanded = request.collapse() ? response.getExpandedResults() : null;
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFirstValue("id");
      hits.add(hit(doc, highlighting == null ? null : highlighting.get(id), expanded, request.lang()));
    }
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      facets.add(new SearchResult.Facet(
          facet.field(), counts(facet, response.getFacetField(facet.field()), request.lang())));
    }
    return new SearchResult(
        response.getResults().getNumFound(), request.page(), request.size(),
        request.cursor() == null ? null : response.getNextCursorMark(),
        hits, facets, histogram(request.dateGap(), response));
  }

  private SearchResult.Hit hit(
      SolrDocument doc, Map<String, List<String>> highlights, Map<String, SolrDocumentList> expanded,
      String lang) {
    String group = (String) doc.getFirstValue("dup_group");
    Long duplicates = null;
    if (expanded != null) {
      SolrDocumentList others = group == null ? null : expanded.get(group);
      duplicates = others == null ? 0L : others.getNumFound();
    }
    return new SearchResult.Hit(
        (String) doc.getFirstValue("id"),
        (String) doc.getFirstValue("title"),
        snippet(highlights),
        doc.getFirstValue("published") instanceof Date d ? d.toInstant() : null,
        (String) doc.getFirstValue("source"),
        (String) doc.getFirstValue("url"),
        values(FacetType.ACTOR, doc.getFieldValues("actor"), lang),
        values(FacetType.COUNTRY, doc.getFieldValues("country"), lang),
        values(FacetType.TOPIC, doc.getFieldValues("topic"), lang),
        duplicates);
  }

  private static String snippet(Map<String, List<String>> fields) {
    if (fields == null) {
      return null;
    }
    for (String field : List.of("body", "title")) {
      List<String> fragments = fields.get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return String.join(" … ", fragments);
      }
    }
    return null;
  }

  private List<LabeledValue> values(FacetType type, Collection<Object> ids, String lang) {
    if (ids == null) {
      return List.of();
    }
    return ids.stream().map(id -> LabeledValue.of(labels.labelOf(type, id.toString()), lang)).toList();
  }

  private List<SearchResult.FacetCount> counts(Facet facet, FacetField field, String lang) {
    List<SearchResult.FacetCount> counts = new ArrayList<>();
    if (field == null || field.getValues() == null) {
      return counts;
    }
    for (FacetField.Count count : field.getValues()) {
      if (facet.type() == null) {
        counts.add(new SearchResult.FacetCount(
            count.getName(), null, Map.of("ar", count.getName(), "en", count.getName()),
            count.getName(), count.getCount()));
      } else {
        LabeledValue value = LabeledValue.of(labels.labelOf(facet.type(), count.getName()), lang);
        counts.add(new SearchResult.FacetCount(
            value.id(), value.type(), value.labels(), value.label(), count.getCount()));
      }
    }
    return counts;
  }

  /** The date histogram from the first non-empty period to the last (Solr gives the full range). */
  private static SearchResult.DateHistogram histogram(SearchRequest.DateGap gap, QueryResponse response) {
    boolean month = gap == SearchRequest.DateGap.MONTH;
    List<SearchResult.DateBucket> buckets = new ArrayList<>();
    for (RangeFacet<?, ?> range : response.getFacetRanges()) {
      if (!"published".equals(range.getName())) {
        continue;
      }
      for (Object o : range.getCounts()) {
        RangeFacet.Count count = (RangeFacet.Count) o;
        LocalDate start = java.time.Instant.parse(count.getValue()).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate end = month ? start.plusMonths(1).minusDays(1) : start.plusYears(1).minusDays(1);
        String key = month ? start.toString().substring(0, 7) : String.valueOf(start.getYear());
        buckets.add(new SearchResult.DateBucket(key, start.toString(), end.toString(), count.getCount()));
      }
    }
    int first = 0;
    while (first < buckets.size() && buckets.get(first).count() == 0) {
      first++;
    }
    int last = buckets.size();
    while (last > first && buckets.get(last - 1).count() == 0) {
      last--;
    }
    return new SearchResult.DateHistogram(month ? "month" : "year", List.copyOf(buckets.subList(first, last)));
  }
}
