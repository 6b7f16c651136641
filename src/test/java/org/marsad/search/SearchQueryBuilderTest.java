package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.Lang;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Solr query a search request becomes: tagged filters, multi-select facets, dates, paging and
 * order; and what it must never carry (relevance, which is the configset's, and unchecked input).
 */
class SearchQueryBuilderTest {

  /** One facet's filter a line: kept values, dropped values, the filter query sent. */
  @ParameterizedTest(name = "{0} +[{1}] -[{2}]")
  @CsvSource(delimiter = '|', textBlock = """
      COUNTRY | LY      |            | {!tag=f_country}+country:("LY")
      COUNTRY | LY,EG   |            | {!tag=f_country}+country:("LY" OR "EG")
      TOPIC   |         | elections  | {!tag=f_topic}*:* -topic:("elections")
      ACTOR   | khalifa-haftar | fayez-al-sarraj | {!tag=f_actor}+actor:("khalifa\\-haftar") -actor:("fayez\\-al\\-sarraj")
      SOURCE  | Jawhara FM |         | {!tag=f_source}+source:("Jawhara\\ FM")
      ACTOR   | person:جيمس-كلابر | organization:وزاره-العدل@EG | {!tag=f_actor}+actor:("person\\:جيمس\\-كلابر") -actor:("organization\\:وزاره\\-العدل@EG")
      """)
  void filtersAreTaggedAndQuoted(Facet facet, String keep, String drop, String expected) {
    SearchFilters filters = new SearchFilters(
        keep == null ? Map.of() : Map.of(facet, List.of(keep.split(","))),
        drop == null ? Map.of() : Map.of(facet, List.of(drop.split(","))), null, null);

    assertThat(SearchQueryBuilder.page(request("ليبيا", filters)).getFilterQueries()).containsExactly(expected);
  }

  @Test
  void everyFacetIsCountedIgnoringItsOwnFilter() {
    SolrQuery query = SearchQueryBuilder.page(request(null, SearchFilters.NONE));

    assertThat(query.getFacetFields()).containsExactly(
        "{!ex=f_actor}actor", "{!ex=f_country}country", "{!ex=f_topic}topic", "{!ex=f_source}source");
    assertThat(query.getParams("facet.range")).containsExactly("{!ex=f_published}published");
    assertThat(query.getFacetLimit()).isEqualTo(SearchQueryBuilder.FACET_LIMIT);
  }

  /** The histogram's window: the index's span in whole periods, and a count of the rest of the full window. */
  @ParameterizedTest(name = "{0}: {1} .. {2}")
  @CsvSource(delimiter = '|', textBlock = """
      MONTH | 2014-03-17T10:00:00Z | 2017-06-02T00:00:00Z | 2014-03-01T00:00:00Z | 2017-07-01T00:00:00Z | published:[NOW/YEAR-30YEARS TO 2014-03-01T00:00:00Z} OR published:[2017-07-01T00:00:00Z TO NOW/MONTH+1MONTH}
      YEAR  | 2014-03-17T10:00:00Z | 2017-06-02T00:00:00Z | 2014-01-01T00:00:00Z | 2018-01-01T00:00:00Z | published:[NOW/YEAR-60YEARS TO 2014-01-01T00:00:00Z} OR published:[2018-01-01T00:00:00Z TO NOW/YEAR+1YEAR}
      MONTH | 2014-03-17T10:00:00Z | 2026-11-29T23:00:00Z | 2014-03-01T00:00:00Z | NOW/MONTH+1MONTH     | published:[NOW/YEAR-30YEARS TO 2014-03-01T00:00:00Z}
      MONTH | 1990-01-01T00:00:00Z | 2017-06-02T00:00:00Z | NOW/YEAR-30YEARS     | 2017-07-01T00:00:00Z | published:[2017-07-01T00:00:00Z TO NOW/MONTH+1MONTH}
      """)
  void theHistogramCountsTheIndexsSpanOnly(SearchRequest.DateGap gap, String earliest, String latest,
      String start, String end, String outside) {
    SearchRequest request = new SearchRequest("ليبيا", null, SearchFilters.NONE, SearchRequest.Sort.RELEVANCE, 0, 10,
        null, false, gap, Lang.AR);
    IndexFacetCounts.PublishedSpan span =
        new IndexFacetCounts.PublishedSpan(java.time.Instant.parse(earliest), java.time.Instant.parse(latest));

    SolrQuery query = SearchQueryBuilder.page(request, span, java.time.Instant.parse("2026-11-30T12:00:00Z"));

    assertThat(query.get("f.published.facet.range.start")).isEqualTo(start);
    assertThat(query.get("f.published.facet.range.end")).isEqualTo(end);
    assertThat(query.getParams("facet.query"))
        .containsExactly("{!ex=f_published key=" + SearchQueryBuilder.OUTSIDE_SPAN + "}" + outside);
  }

  @Test
  void withNoSpanTheHistogramCountsTheFullWindow() {
    SolrQuery query = SearchQueryBuilder.page(request("ليبيا", SearchFilters.NONE));

    assertThat(query.get("f.published.facet.range.start")).isEqualTo("NOW/YEAR-30YEARS");
    assertThat(query.get("f.published.facet.range.end")).isEqualTo("NOW/MONTH+1MONTH");
    assertThat(query.getParams("facet.query")).isNull();
  }

  @Test
  void datesAreWholeDaysInUtcWithTheEndDayIncluded() {
    SearchFilters filters = new SearchFilters(Map.of(), Map.of(), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 31));

    assertThat(SearchQueryBuilder.page(request(null, filters)).getFilterQueries()).containsExactly(
        "{!tag=f_published}published:[2016-01-01T00:00:00Z TO 2016-02-01T00:00:00Z}");
    assertThat(SearchQueryBuilder.page(request(null,
            new SearchFilters(Map.of(), Map.of(), null, LocalDate.of(2016, 1, 31)))).getFilterQueries())
        .containsExactly("{!tag=f_published}published:[* TO 2016-02-01T00:00:00Z}");
  }

  @Test
  void relevanceAndHighlightMarkupAreLeftToTheConfigset() {
    SolrQuery query = SearchQueryBuilder.page(request("حفتر", SearchFilters.NONE));

    assertThat(query.getQuery()).isEqualTo("حفتر");
    for (String knob : List.of("qf", "pf", "pf2", "pf3", "mm", "bq", "bf", "boost", "tie", "defType",
        "useParams", "hl.fl", "hl.encoder", "hl.tag.pre", "hl.tag.post")) {
      assertThat(query.get(knob)).as(knob).isNull();
    }
    assertThat(query.getBool("hl")).isTrue();
    assertThat(query.getFields()).isEqualTo(SearchQueryBuilder.HIT_FIELDS);
  }

  /** A total order on every sort, ending with the unique key (cursors need it). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      RELEVANCE | score desc,published desc,id asc
      NEWEST    | published desc,id asc
      OLDEST    | published asc,id asc
      """)
  void sortsEndWithTheUniqueKey(SearchRequest.Sort sort, String expected) {
    SearchRequest request = new SearchRequest("ليبيا", null, SearchFilters.NONE, sort, 0, 10, null, false,
        SearchRequest.DateGap.MONTH, Lang.AR);

    assertThat(SearchQueryBuilder.page(request).getSortField()).isEqualTo(expected);
  }

  @Test
  void pagesAndCursors() {
    SearchRequest third = new SearchRequest(null, null, SearchFilters.NONE, SearchRequest.Sort.NEWEST, 2, 25, null,
        false, SearchRequest.DateGap.YEAR, Lang.AR);
    SolrQuery paged = SearchQueryBuilder.page(third);
    assertThat(paged.getStart()).isEqualTo(50);
    assertThat(paged.getRows()).isEqualTo(25);
    assertThat(paged.get("f.published.facet.range.gap")).isEqualTo("+1YEAR");

    SearchRequest cursor = new SearchRequest(null, null, SearchFilters.NONE, SearchRequest.Sort.NEWEST, 2, 25,
        "AoE/abc=", false, SearchRequest.DateGap.MONTH, Lang.AR);
    SolrQuery next = SearchQueryBuilder.page(cursor);
    assertThat(next.get("cursorMark")).isEqualTo("AoE/abc=");
    assertThat(next.getStart()).isZero();
  }

  @Test
  void collapseKeepsOneHitPerNearDuplicateGroupAndCountsTheRest() {
    SearchRequest request = new SearchRequest("ليبيا", null, SearchFilters.NONE, SearchRequest.Sort.RELEVANCE, 0,
        10, null, true, SearchRequest.DateGap.MONTH, Lang.AR);
    SolrQuery query = SearchQueryBuilder.page(request);

    assertThat(query.getFilterQueries()).containsExactly("{!collapse field=dup_group nullPolicy=expand}");
    assertThat(query.getBool("expand")).isTrue();
    assertThat(query.getInt("expand.rows")).isZero();
  }

  @Test
  void similarDocumentsGoToTheSimilarHandlerWithACheckedId() {
    SearchRequest request = new SearchRequest(null, "d05a1", SearchFilters.NONE, SearchRequest.Sort.RELEVANCE, 0,
        10, null, false, SearchRequest.DateGap.MONTH, Lang.AR);
    SolrQuery query = SearchQueryBuilder.page(request);

    assertThat(query.getRequestHandler()).isEqualTo(SearchQueryBuilder.SIMILAR_HANDLER);
    assertThat(query.getQuery()).startsWith("{!mlt qf=$mlt.qf").endsWith("}d05a1");
  }

  /** Input that could change the query's meaning is refused with a message, one case a line. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a value with a colon       | COUNTRY | LY:EG           |
      an actor id of no type     | ACTOR   | place:طرابلس     |
      an actor id with a query   | ACTOR   | person:x OR *:*  |
      a value with braces        | ACTOR   | {!join}x        |
      a like id with a space     |         |                 | d05 OR *:*
      """)
  void refusesWhatCouldChangeTheQuery(String why, Facet facet, String value, String like) {
    SearchFilters filters = facet == null ? SearchFilters.NONE
        : new SearchFilters(Map.of(facet, List.of(value)), Map.of(), null, null);
    SearchRequest request = new SearchRequest(null, like, filters, SearchRequest.Sort.RELEVANCE, 0, 10, null,
        false, SearchRequest.DateGap.MONTH, Lang.AR);

    assertThatThrownBy(() -> SearchQueryBuilder.page(request)).as(why).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void refusesContradictions() {
    assertThatThrownBy(() -> SearchQueryBuilder.matching("ليبيا", "d05", SearchFilters.NONE, false))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("either 'q' or 'like'");
    SearchFilters backwards = new SearchFilters(Map.of(), Map.of(), LocalDate.of(2017, 1, 2), LocalDate.of(2017, 1, 1));
    assertThatThrownBy(() -> SearchQueryBuilder.page(request(null, backwards)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("after");
    SearchRequest badCursor = new SearchRequest(null, null, SearchFilters.NONE, SearchRequest.Sort.NEWEST, 0, 10,
        "not a cursor!", false, SearchRequest.DateGap.MONTH, Lang.AR);
    assertThatThrownBy(() -> SearchQueryBuilder.page(badCursor)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void exportsWalkACursorWithHitFieldsOnly() {
    SolrQuery query = SearchQueryBuilder.export(request("ليبيا", SearchFilters.NONE), "*", 500);

    assertThat(query.get("cursorMark")).isEqualTo("*");
    assertThat(query.getRows()).isEqualTo(500);
    assertThat(query.getFields()).isEqualTo(SearchQueryBuilder.HIT_FIELDS);
    assertThat(query.getFacetFields()).isNull();
    assertThat(query.get("hl")).isNull();
  }

  private static SearchRequest request(String q, SearchFilters filters) {
    return SearchRequest.of(q, filters, 10, Lang.AR);
  }
}
