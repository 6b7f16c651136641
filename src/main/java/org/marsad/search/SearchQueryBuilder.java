package org.marsad.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.CursorMarkParams;
import org.marsad.enrich.DiscoveredActors;
import org.marsad.index.DocumentField;

/**
 * Builds the Solr query of a {@link SearchRequest}. Only what Marsad decides goes in: the checked
 * text, tagged filters, facets, highlighting, sort and paging; no parameter of the user's reaches
 * Solr by name. Relevance (qf, pf, mm) stays in the handler's defaults and paramsets. Stateless.
 */
final class SearchQueryBuilder {

  /** Facet ids are slugs, ISO codes or outlet names: letters, digits, spaces and a few marks. */
  private static final Pattern FACET_VALUE = Pattern.compile("[\\p{L}\\p{M}\\p{N} ._+'&()-]{1,120}");
  /** Document ids are hex digests; other ids (tests, imports) stay within URL-safe characters. */
  private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
  /** Cursor marks are base64 of the sort values. */
  private static final Pattern CURSOR = Pattern.compile("\\*|[A-Za-z0-9+/=_-]{1,2000}");
  static final int FACET_LIMIT = 30;
  /** The facet query counting matches published outside the histogram's narrowed window. */
  static final String OUTSIDE_SPAN = "outside_span";
  /**
   * More-like-this, on the {@code /similar} handler (on /select, edismax ignores local params):
   * the knobs are that handler's defaults, dereferenced so admins tune them in solrconfig.xml.
   */
  private static final String MLT =
      "{!mlt qf=$mlt.qf mintf=$mlt.mintf mindf=$mlt.mindf minwl=$mlt.minwl maxqt=$mlt.maxqt}";
  static final String SIMILAR_HANDLER = "/similar";
  static final String HIT_FIELDS = "id,title,published,source,url,actor,country,topic,dup_group";

  private static final String PUBLISHED = DocumentField.PUBLISHED.field();

  private SearchQueryBuilder() {}

  /** The full query of a result page, its histogram over the full window (no span known). */
  static SolrQuery page(SearchRequest request) {
    return page(request, null, null);
  }

  /**
   * The full query of a result page: text, filters, facets, histogram, highlighting, paging. With
   * the index's publication span (read at {@code now}) the histogram counts only the periods it
   * covers, and a facet query ({@link #OUTSIDE_SPAN}) counts what lies outside it.
   */
  static SolrQuery page(SearchRequest request, IndexFacetCounts.PublishedSpan span, Instant now) {
    SolrQuery query = matching(request.q(), request.like(), request.filters(), request.collapse());
    query.setFacet(true);
    query.setFacetLimit(FACET_LIMIT);
    query.setFacetMinCount(1);
    for (Facet facet : Facet.values()) {
      query.addFacetField("{!ex=" + facet.tag() + "}" + facet.field());
    }
    dateHistogram(query, request.dateGap(), span, now);
    // Always: with text the snippets mark the matches, without it they show each hit's opening.
    query.set("hl", true);
    query.set("hl.defaultSummary", true);
    query.setFields(HIT_FIELDS);
    sort(query, request.sort());
    if (request.collapse()) {
      // How many near-duplicates each shown hit stands for, without fetching them.
      query.set("expand", true);
      query.set("expand.rows", 0);
    }
    if (request.cursor() != null) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor(request.cursor()));
      query.setStart(0);
    } else {
      query.setStart(request.page() * request.size());
    }
    query.setRows(request.size());
    return query;
  }

  /**
   * Whether a request searches the whole index: no text, no similar-to, no filter, no collapsing.
   * Its facet counts are then the whole index's.
   */
  static boolean isWholeIndex(SearchRequest request) {
    SearchFilters filters = request.filters();
    return UserQuery.check(request.q()) == null && request.like() == null && !request.collapse()
        && filters.include().isEmpty() && filters.exclude().isEmpty() && filters.from() == null
        && filters.to() == null;
  }

  /** Every value of one facet, for searching a long list of values (no hits, no other facets). */
  static SolrQuery facetValues(SearchRequest request, Facet facet) {
    SolrQuery query = matching(request.q(), request.like(), request.filters(), request.collapse());
    query.setRows(0);
    query.setFacet(true);
    query.setFacetLimit(-1);
    query.setFacetMinCount(1);
    query.addFacetField("{!ex=" + facet.tag() + "}" + facet.field());
    return query;
  }

  /** A batch of an export: hits only, in a stable order, from a cursor. */
  static SolrQuery export(SearchRequest request, String cursor, int rows) {
    SolrQuery query = matching(request.q(), request.like(), request.filters(), request.collapse());
    query.setFields(HIT_FIELDS);
    sort(query, request.sort());
    query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
    query.setRows(rows);
    return query;
  }

  /** The text (or more-like-this) and the filters, shared by every kind of request. */
  static SolrQuery matching(String q, String like, SearchFilters filters, boolean collapse) {
    SolrQuery query = new SolrQuery();
    String text = UserQuery.check(q);
    if (like != null) {
      if (text != null) {
        throw new InvalidQueryException("Give either 'q' or 'like' (similar documents), not both");
      }
      if (!DOCUMENT_ID.matcher(like).matches()) {
        throw new InvalidQueryException("'" + like + "' is not a document id");
      }
      // Built here from a checked id: the one place a local-params query reaches Solr.
      query.setRequestHandler(SIMILAR_HANDLER);
      query.setQuery(MLT + like);
    } else if (text != null) {
      query.setQuery(text);
    }
    for (Facet facet : Facet.values()) {
      filter(query, facet, filters.include(facet), filters.exclude(facet));
    }
    dateFilter(query, filters.from(), filters.to());
    if (collapse) {
      query.addFilterQuery("{!collapse field=dup_group nullPolicy=expand}");
    }
    return query;
  }

  private static void filter(SolrQuery query, Facet facet, List<String> include, List<String> exclude) {
    if (include.isEmpty() && exclude.isEmpty()) {
      return;
    }
    StringBuilder clause = new StringBuilder();
    if (!include.isEmpty()) {
      clause.append('+').append(facet.field()).append(":(").append(terms(facet, include)).append(')');
    } else {
      clause.append("*:*");
    }
    if (!exclude.isEmpty()) {
      clause.append(" -").append(facet.field()).append(":(").append(terms(facet, exclude)).append(')');
    }
    // Tagged, so the facet's own counts can ignore it (multi-select facets).
    query.addFilterQuery("{!tag=" + facet.tag() + "}" + clause);
  }

  private static String terms(Facet facet, List<String> values) {
    List<String> terms = new ArrayList<>();
    for (String value : values) {
      // A discovered actor's id holds a colon (person:جيمس-كلابر); quoted and escaped, it changes nothing.
      if (!FACET_VALUE.matcher(value).matches() && !(facet == Facet.ACTOR && DiscoveredActors.isWellFormed(value))) {
        throw new InvalidQueryException("'" + value + "' is not a valid " + facet.field() + " value");
      }
      terms.add("\"" + ClientUtils.escapeQueryChars(value) + "\"");
    }
    return String.join(" OR ", terms);
  }

  private static void dateFilter(SolrQuery query, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return;
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("'from' (" + from + ") is after 'to' (" + to + ")");
    }
    String lower = from == null ? "*" : instant(from);
    String upper = to == null ? "*" : instant(to.plusDays(1));
    query.addFilterQuery("{!tag=f_published}published:[" + lower + " TO " + upper + "}");
  }

  /**
   * Counts per month (the last 30 years) or per year (the last 60), ignoring the date filter so
   * the histogram shows where the chosen range sits. Empty periods are kept (mincount 0) so the
   * histogram has no holes; the service trims the empty ends.
   *
   * <p>Solr counts each period with a range query of its own: 372 monthly periods were a third of
   * a search's CPU. The periods before the index's first document and after its last are always
   * empty, so with the span known only the periods between are counted: the trimmed histogram is
   * the same. The span is that of the last counting of the index; a document published outside it
   * since then would be missed, so {@link #OUTSIDE_SPAN} counts the rest of the full window in the
   * same request, and the service asks again with the full window when that count is not 0.
   */
  private static void dateHistogram(
      SolrQuery query, SearchRequest.DateGap gap, IndexFacetCounts.PublishedSpan span, Instant now) {
    query.add("facet.range", "{!ex=f_published}published");
    boolean month = gap == SearchRequest.DateGap.MONTH;
    String fullStart = month ? "NOW/YEAR-30YEARS" : "NOW/YEAR-60YEARS";
    String fullEnd = month ? "NOW/MONTH+1MONTH" : "NOW/YEAR+1YEAR";
    String start = fullStart;
    String end = fullEnd;
    List<String> outside = new ArrayList<>(2);
    if (span != null && now != null && !span.latest().isBefore(span.earliest())) {
      ZonedDateTime today = now.atZone(ZoneOffset.UTC);
      // Narrowed only where it is clearly inside the full window, so a period boundary passing
      // between this clock and Solr's NOW can never widen the histogram.
      ZonedDateTime windowStart = today.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS).minusYears(month ? 30 : 60);
      ZonedDateTime windowEnd = month
          ? today.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1)
          : today.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS).plusYears(1);
      ZonedDateTime first = periodStart(span.earliest(), month);
      ZonedDateTime afterLast = month ? periodStart(span.latest(), true).plusMonths(1) : periodStart(span.latest(), false).plusYears(1);
      if (first.isAfter(windowStart.plusYears(1)) && first.isBefore(windowEnd)) {
        start = instant(first);
        outside.add("published:[" + fullStart + " TO " + start + "}");
      }
      if (afterLast.isBefore(windowEnd.minusYears(1)) && afterLast.isAfter(first)) {
        end = instant(afterLast);
        outside.add("published:[" + end + " TO " + fullEnd + "}");
      }
    }
    query.set("f.published.facet.range.start", start);
    query.set("f.published.facet.range.end", end);
    query.set("f.published.facet.range.gap", month ? "+1MONTH" : "+1YEAR");
    query.set("f.published.facet.mincount", 0);
    if (!outside.isEmpty()) {
      query.add("facet.query", "{!ex=f_published key=" + OUTSIDE_SPAN + "}" + String.join(" OR ", outside));
    }
  }

  private static ZonedDateTime periodStart(Instant instant, boolean month) {
    ZonedDateTime day = instant.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    return month ? day.withDayOfMonth(1) : day.withDayOfYear(1);
  }

  private static String instant(ZonedDateTime time) {
    return DateTimeFormatter.ISO_INSTANT.format(time);
  }

  private static void sort(SolrQuery query, SearchRequest.Sort sort) {
    switch (sort) {
      case NEWEST -> query.addSort(PUBLISHED, SolrQuery.ORDER.desc);
      case OLDEST -> query.addSort(PUBLISHED, SolrQuery.ORDER.asc);
      case RELEVANCE -> {
        query.addSort("score", SolrQuery.ORDER.desc);
        query.addSort(PUBLISHED, SolrQuery.ORDER.desc);
      }
    }
    // The unique key last: a total order, which cursors need and pages benefit from.
    query.addSort(DocumentField.ID.field(), SolrQuery.ORDER.asc);
  }

  private static String cursor(String cursor) {
    if (!CURSOR.matcher(cursor).matches()) {
      throw new InvalidQueryException("'cursor' must be '*' or a nextCursor value from a previous page");
    }
    return cursor;
  }

  private static String instant(LocalDate day) {
    return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC));
  }
}
