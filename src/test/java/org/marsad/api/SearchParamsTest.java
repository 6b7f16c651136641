package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.search.Facet;
import org.marsad.search.InvalidQueryException;
import org.marsad.search.SearchRequest;

/** The search parameters read from a query string in one pass, as Spring's binder read them. */
class SearchParamsTest {

  @Test
  void readsEveryParameterByName() {
    SearchRequest request = SearchParams.of(Map.of(
        "q", new String[] {"حفتر"}, "country", new String[] {"LY", "TN"}, "notTopic", new String[] {"sport"},
        "from", new String[] {"2016-01-01"}, "to", new String[] {"2016-12-31"}, "sort", new String[] {"newest"},
        "page", new String[] {"2"}, "size", new String[] {"20"}, "collapse", new String[] {"true"},
        "dates", new String[] {"year"})).toRequest();
    assertThat(request.q()).isEqualTo("حفتر");
    assertThat(request.filters().include(Facet.COUNTRY)).containsExactly("LY", "TN");
    assertThat(request.filters().exclude(Facet.TOPIC)).containsExactly("sport");
    assertThat(request.filters().from()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(request.filters().to()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(request.sort()).isEqualTo(SearchRequest.Sort.NEWEST);
    assertThat(request.page()).isEqualTo(2);
    assertThat(request.size()).isEqualTo(20);
    assertThat(request.collapse()).isTrue();
    assertThat(request.dateGap()).isEqualTo(SearchRequest.DateGap.YEAR);
  }

  @Test
  void oneValueWithCommasIsSeveralValuesAsBeforeAndBooleansTakeSpringsWords() {
    assertThat(SearchParams.of(Map.of("country", new String[] {"LY,TN"})).toRequest().filters()
        .include(Facet.COUNTRY)).containsExactly("LY", "TN");
    for (String yes : List.of("true", "on", "yes", "1", "TRUE")) {
      assertThat(SearchParams.of(Map.of("collapse", new String[] {yes})).toRequest().collapse()).as(yes).isTrue();
    }
    assertThat(SearchParams.of(Map.of("collapse", new String[] {"no"})).toRequest().collapse()).isFalse();
    assertThat(SearchParams.of(Map.of()).toRequest().size()).isEqualTo(10);
  }

  @Test
  void refusesWhatCannotBeReadNamingTheParameter() {
    for (Map.Entry<String, String> bad : List.of(Map.entry("page", "-1"), Map.entry("page", "1001"),
        Map.entry("size", "0"), Map.entry("size", "101"), Map.entry("size", "ten"), Map.entry("from", "2017-13-45"),
        Map.entry("collapse", "maybe"))) {
      assertThatThrownBy(() -> SearchParams.of(Map.of(bad.getKey(), new String[] {bad.getValue()})))
          .as(bad.toString()).isInstanceOf(InvalidQueryException.class).hasMessageContaining("'" + bad.getKey() + "'");
    }
  }
}
