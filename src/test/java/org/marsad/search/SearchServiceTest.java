package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The histogram's day of a Solr bucket start: the same day {@code Instant.parse} gives, in every form. */
class SearchServiceTest {

  @Test
  void aBucketStartIsTheDayInstantParseGives() {
    check("2018-01-01T00:00:00Z");
    check("1996-02-01T00:00:00Z");
    check("2024-02-29T00:00:00Z");
    check("2017-06-30T23:59:59Z");
    check("2017-06-30T23:59:59.999Z");
    check("0001-01-01T00:00:00Z");
    check("9999-12-01T00:00:00Z");
    check("+10000-01-01T00:00:00Z");
    check("2018-03-01T00:00:00.000000001Z");
  }

  private static void check(String solrDate) {
    assertThat(SearchService.startDay(solrDate)).as(solrDate)
        .isEqualTo(Instant.parse(solrDate).atZone(ZoneOffset.UTC).toLocalDate());
  }
}
