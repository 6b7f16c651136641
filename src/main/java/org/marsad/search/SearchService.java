package org.marsad.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.FacetParams;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.NamedList;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.Lang;
import org.marsad.index.DocumentField;
import org.marsad.index.IndexException;
import org.marsad.index.IndexUnavailableException;
import org.marsad.solr.SolrConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs searches: a result page with facets and a date histogram, the values of one facet, and
 * every hit of a search for export. Relevance (qf, pf, mm) is Solr's: the handler's defaults and
 * paramsets, tuned by admins; {@link SearchQueryBuilder} sends only text, filters, facets, sort and
 * paging. Thread safe.
 */
public final class SearchService {

  /** Rows per Solr request when exporting with a cursor. */
  static final int EXPORT_BATCH = 500;
  /** Highlighted fields in the order a snippet is taken from (hl.fl is the configset's). */
  private static final List<String> SNIPPET_FIELDS = List.of(
      DocumentField.BODY.field(), DocumentField.ABSTRACT.field(), DocumentField.TITLE.field());
  /** The highlight tag the configset fixes in its invariants. */
  private static final String MARK = "<mark>";
  /**
   * Pauses before a read is tried again when Solr did not answer (a node stopping mid-answer, a
   * refused connection): in SolrCloud the next try reaches another replica. Reads are idempotent.
   */
  private static final long[] RETRY_PAUSES_MS = {100, 400};
  /** Where Solr says why an answer is partial (its query limits write it; a lost shard does not). */
  private static final String PARTIAL_DETAILS = "partialResultsDetails";

  private static final Logger log = LoggerFactory.getLogger(SearchService.class);

  private final SolrConnection solr;
  private final FacetLabels labels;
  private final SearchLimits limits;
  private final SearchGate gate;
  /** The whole index's facet counts, counted in the background; null to always ask Solr. */
  private final IndexFacetCounts indexCounts;

  public SearchService(SolrConnection solr, FacetLabels labels) {
    this(solr, labels, SearchLimits.defaults(), null);
  }

  public SearchService(SolrConnection solr, FacetLabels labels, SearchLimits limits, IndexFacetCounts indexCounts) {
    this.solr = solr;
    this.labels = labels;
    this.limits = limits;
    this.gate = new SearchGate(limits.maxConcurrent(), limits.queueWait());
    this.indexCounts = indexCounts;
  }

  /**
   * One result page. When part of the index does not answer (a SolrCloud shard with no live copy
   * while a node is down) the page comes from the rest, flagged {@link SearchResult#partial()}:
   * a degraded answer rather than an error. Exports and facet lists are never partial.
   *
   * <p>Browsing the whole index (no text, no filter, not collapsed) takes its facet counts from
   * {@link IndexFacetCounts} when they are of the index version Solr searches now — the same
   * numbers Solr would count, without counting a million documents per request; else, and for
   * every other search, Solr counts them.
   */
  public SearchResult search(SearchRequest request) throws IndexException {
    QueryCost.check(request.q(), limits);
    SolrQuery query = SearchQueryBuilder.page(request, publishedSpan(), Instant.now());
    query.set(ShardParams.SHARDS_TOLERANT, true);
    IndexFacetCounts.Snapshot counted = null;
    if (indexCounts != null && SearchQueryBuilder.isWholeIndex(request)) {
      // The signature check is not shard-tolerant: with a shard down it fails and Solr counts.
      counted = indexCounts.current().orElse(null);
      if (counted != null) {
        query.remove(FacetParams.FACET_FIELD);
      }
    }
    QueryResponse response = run(query);
    if (matchesOutsideSpan(response)) {
      // Documents published outside the span counted last: the full window, as Solr would count it.
      log.debug("Matches outside the index's last counted publication span: histogram over the full window");
      SolrQuery full = SearchQueryBuilder.page(request);
      full.set(ShardParams.SHARDS_TOLERANT, true);
      if (counted != null) {
        full.remove(FacetParams.FACET_FIELD);
      }
      response = run(full);
    }
    boolean partial = Boolean.TRUE.equals(response.getHeader().get(CommonParams.PARTIAL_RESULTS));
    if (partial) {
      log.warn("Search answered from part of the index (a shard did not answer): {}", query.getQuery());
    }
    return toResult(request, response, partial, counted);
  }

  /**
   * The Solr query a search sends, unchanged: benchmarks time it against Solr directly, and an
   * admin can replay it on Solr's Query screen.
   */
  public SolrQuery solrQuery(SearchRequest request) {
    return SearchQueryBuilder.page(request, publishedSpan(), Instant.now());
  }

  /** The index's publication span as last counted, if any: it narrows the date histogram. */
  private IndexFacetCounts.PublishedSpan publishedSpan() {
    return indexCounts == null ? null
        : indexCounts.latest().flatMap(IndexFacetCounts.Snapshot::published).orElse(null);
  }

  private static boolean matchesOutsideSpan(QueryResponse response) {
    Map<String, Integer> queries = response.getFacetQuery();
    Integer outside = queries == null ? null : queries.get(SearchQueryBuilder.OUTSIDE_SPAN);
    return outside != null && outside > 0;
  }

  /** The Solr query of one export batch (see {@link #solrQuery}). */
  public SolrQuery solrExportQuery(SearchRequest request, String cursor, int rows) {
    return SearchQueryBuilder.export(request, cursor, rows);
  }

  /** Throws {@link InvalidQueryException} if the request cannot be run, without running it. */
  public void check(SearchRequest request) {
    QueryCost.check(request.q(), limits);
    SearchQueryBuilder.page(request);
  }

  /**
   * Runs the request's first export page without rows: a query Solr refuses (400) or a Solr that
   * does not answer (503) is found before an export starts streaming, while the answer can still
   * be a problem detail.
   */
  public void probe(SearchRequest request) throws IndexException {
    run(SearchQueryBuilder.export(request, "*", 0));
  }

  /**
   * The values of one facet for the request's search whose label or id contains {@code contains}
   * (Arabic normalised, case-insensitive), by count: the search box of a long facet list.
   */
  public SearchResult.Facet facetValues(SearchRequest request, Facet facet, String contains, int limit)
      throws IndexException {
    QueryCost.check(request.q(), limits);
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
    QueryCost.check(request.q(), limits);
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

  /**
   * Runs one Solr request within the limits: a turn at the gate, Solr's time and CPU allowance, and
   * up to two more tries when Solr did not answer. Solr's own messages and addresses stay in the
   * log; the user gets a cause they can act on.
   */
  private QueryResponse run(SolrQuery query) throws IndexException {
    query.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, limits.timeAllowed().toMillis()));
    query.set(CommonParams.CPU_ALLOWED, String.valueOf(limits.cpuAllowed().toMillis()));
    SearchGate.Turn turn = gate.enter();
    try {
      for (int attempt = 0; ; attempt++) {
        long start = System.nanoTime();
        try {
          QueryResponse response = once(query);
          if (stoppedAtAllowance(response.getHeader(), query, Duration.ofNanos(System.nanoTime() - start), limits)) {
            log.info("Search stopped at its time or CPU allowance: {}", query.getQuery());
            throw SearchLimitException.stopped("The search took longer than the " + limits.timeAllowed().toSeconds()
                + " s allowed and was stopped. Use fewer fuzzy (~) or wildcard (*) terms, longer prefixes,"
                + " or filters that narrow it.");
          }
          return response;
        } catch (IndexUnavailableException e) {
          if (attempt >= RETRY_PAUSES_MS.length) {
            throw e;
          }
          log.info("Search found Solr unavailable ({}); trying again", e.getMessage());
          pause(RETRY_PAUSES_MS[attempt], e);
        }
      }
    } finally {
      turn.close();
    }
  }

  private QueryResponse once(SolrQuery query) throws IndexException {
    try {
      return solr.searchClient().query(solr.collection(), query);
    } catch (SolrException e) {
      throw failure(e);
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (e.getCause() instanceof SolrException solrError) {
        throw failure(solrError);
      }
      log.warn("Search failed: {}", e.getMessage());
      throw IndexException.of("Search failed: Solr did not answer", e);
    }
  }

  private static void pause(long millis, IndexUnavailableException failure) throws IndexUnavailableException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  /**
   * True when Solr cut the search short at its time or CPU allowance (a 503 for the user: the
   * search costs too much), as opposed to a partial answer because a shard had no live copy (which
   * only a shards-tolerant request gets, and which is served flagged). Solr's query limits say so
   * in {@code partialResultsDetails}; a search that ran as long as its allowance is taken as
   * stopped too.
   */
  static boolean stoppedAtAllowance(NamedList<Object> header, SolrQuery query, Duration took, SearchLimits limits) {
    if (!Boolean.TRUE.equals(header.get(CommonParams.PARTIAL_RESULTS))) {
      return false;
    }
    if (!query.getBool(ShardParams.SHARDS_TOLERANT, false)) {
      return true;
    }
    Object details = header.get(PARTIAL_DETAILS);
    if (details != null && details.toString().toLowerCase(java.util.Locale.ROOT).contains("limit")) {
      return true;
    }
    Duration allowance = limits.timeAllowed().compareTo(limits.cpuAllowed()) < 0
        ? limits.timeAllowed() : limits.cpuAllowed();
    return took.compareTo(allowance) >= 0;
  }

  /**
   * A Solr error as Marsad reports it: the user's error (400) when it is theirs, a refusal when Solr
   * answered 4xx, and otherwise unavailable (a 5xx, or an answer cut off mid-way, which SolrJ
   * reports with the 200 it had started with): such a search may pass when tried again.
   */
  private static IndexException failure(SolrException e) {
    log.info("Solr refused a search ({}): {}", e.code(), firstLine(e.getMessage()));
    InvalidQueryException userError = userError(e);
    if (userError != null) {
      throw userError;
    }
    if (e.code() >= 400 && e.code() < 500) {
      return new IndexException("Search failed (Solr refused it with " + e.code() + ")", e);
    }
    return new IndexUnavailableException("Search failed: Solr did not answer in full (" + e.code() + ")", e);
  }

  /**
   * What the user can change when Solr refuses their search, or null when it is not theirs to
   * fix. Solr's own words and addresses are never passed on (they are logged).
   */
  static InvalidQueryException userError(SolrException e) {
    String lower = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("too many clauses") || lower.contains("maxclausecount")
        || lower.contains("toomanyclauses")) {
      return new InvalidQueryException("The query expands to too many words for one search. Use fewer fuzzy"
          + " (~) or wildcard (*, ?) terms, or longer words before ~ and *.");
    }
    if (e.code() != 400) {
      return null;
    }
    if (lower.contains("cursormark")) {
      return new InvalidQueryException("'cursor' is not a cursor of this search; start again with cursor=*");
    }
    return new InvalidQueryException("The query could not be parsed: check its quotes, brackets, field"
        + " names (title, body, abstract, actor, country, topic, source, author) and operators.");
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private SearchResult toResult(SearchRequest request, QueryResponse response, boolean partial,
      IndexFacetCounts.Snapshot counted) {
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    Map<String, SolrDocumentList> expanded = request.collapse() ? response.getExpandedResults() : null;
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFirstValue(DocumentField.ID.field());
      hits.add(hit(doc, highlighting == null ? null : highlighting.get(id), expanded, request.lang()));
    }
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      facets.add(new SearchResult.Facet(facet.field(), counted == null
          ? counts(facet, response.getFacetField(facet.field()), request.lang())
          : counts(facet, counted.values(facet).stream().limit(SearchQueryBuilder.FACET_LIMIT)
              .map(c -> new FacetField.Count(null, c.value(), c.count())).toList(), request.lang())));
    }
    return new SearchResult(
        response.getResults().getNumFound(), request.page(), request.size(),
        request.cursor() == null ? null : response.getNextCursorMark(),
        hits, facets, histogram(request.dateGap(), response), partial);
  }

  private SearchResult.Hit hit(
      SolrDocument doc, Map<String, List<String>> highlights, Map<String, SolrDocumentList> expanded,
      Lang lang) {
    String group = (String) doc.getFirstValue(DocumentField.DUP_GROUP.field());
    Long duplicates = null;
    if (expanded != null) {
      SolrDocumentList others = group == null ? null : expanded.get(group);
      duplicates = others == null ? 0L : others.getNumFound();
    }
    return new SearchResult.Hit(
        (String) doc.getFirstValue(DocumentField.ID.field()),
        (String) doc.getFirstValue(DocumentField.TITLE.field()),
        snippet(highlights),
        doc.getFirstValue(DocumentField.PUBLISHED.field()) instanceof Date d ? d.toInstant() : null,
        (String) doc.getFirstValue(DocumentField.SOURCE.field()),
        (String) doc.getFirstValue(DocumentField.URL.field()),
        values(FacetType.ACTOR, doc.getFieldValues(DocumentField.ACTOR.field()), lang),
        values(FacetType.COUNTRY, doc.getFieldValues(DocumentField.COUNTRY.field()), lang),
        values(FacetType.TOPIC, doc.getFieldValues(DocumentField.TOPIC.field()), lang),
        duplicates);
  }

  /**
   * The snippet: the first of body, abstract and title whose fragments mark a match, else the
   * first that has any (the highlighter's default summary, the opening of the text).
   */
  static String snippet(Map<String, List<String>> fields) {
    if (fields == null) {
      return null;
    }
    String opening = null;
    for (String field : SNIPPET_FIELDS) {
      List<String> fragments = fields.get(field);
      if (fragments == null || fragments.isEmpty()) {
        continue;
      }
      String joined = String.join(" … ", fragments);
      if (joined.contains(MARK)) {
        return joined;
      }
      opening = opening == null ? joined : opening;
    }
    return opening;
  }

  private List<LabeledValue> values(FacetType type, Collection<Object> ids, Lang lang) {
    if (ids == null) {
      return List.of();
    }
    return ids.stream().map(id -> LabeledValue.of(labels.labelOf(type, id.toString()), lang)).toList();
  }

  private List<SearchResult.FacetCount> counts(Facet facet, FacetField field, Lang lang) {
    return field == null || field.getValues() == null ? new ArrayList<>() : counts(facet, field.getValues(), lang);
  }

  private List<SearchResult.FacetCount> counts(Facet facet, List<FacetField.Count> values, Lang lang) {
    List<SearchResult.FacetCount> counts = new ArrayList<>();
    for (FacetField.Count count : values) {
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

  /**
   * The date histogram from the first non-empty period to the last (Solr gives the full range:
   * decades of empty months around the matches, so only the kept periods are worked out).
   */
  private static SearchResult.DateHistogram histogram(SearchRequest.DateGap gap, QueryResponse response) {
    boolean month = gap == SearchRequest.DateGap.MONTH;
    List<RangeFacet.Count> counts = new ArrayList<>();
    for (RangeFacet<?, ?> range : response.getFacetRanges()) {
      if (DocumentField.PUBLISHED.field().equals(range.getName())) {
        for (Object o : range.getCounts()) {
          counts.add((RangeFacet.Count) o);
        }
      }
    }
    int first = 0;
    while (first < counts.size() && counts.get(first).getCount() == 0) {
      first++;
    }
    int last = counts.size();
    while (last > first && counts.get(last - 1).getCount() == 0) {
      last--;
    }
    List<SearchResult.DateBucket> buckets = new ArrayList<>(last - first);
    for (RangeFacet.Count count : counts.subList(first, last)) {
      LocalDate start = startDay(count.getValue());
      LocalDate end = month ? start.plusMonths(1).minusDays(1) : start.plusYears(1).minusDays(1);
      String key = month ? start.toString().substring(0, 7) : String.valueOf(start.getYear());
      buckets.add(new SearchResult.DateBucket(key, start.toString(), end.toString(), count.getCount()));
    }
    return new SearchResult.DateHistogram(month ? "month" : "year", List.copyOf(buckets));
  }

  /** The UTC day a period starts on, from Solr's bucket start (an ISO instant). */
  static LocalDate startDay(String instant) {
    return Instant.parse(instant).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
