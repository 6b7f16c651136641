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
