package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A partial answer from Solr is either a search stopped at its allowance (503: it costs too much)
 * or, for a shards-tolerant search, a shard that did not answer (served, flagged partial). One case
 * a line: partialResults, shards.tolerant, partialResultsDetails, milliseconds taken → stopped.
 */
class PartialAnswerTest {

  private static final SearchLimits LIMITS = new SearchLimits(
      3, 2, 3, Duration.ofSeconds(10), Duration.ofSeconds(8), 16, Duration.ofSeconds(2));

  @ParameterizedTest(name = "partial={0} tolerant={1} details={2} took={3}ms → stopped={4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      false | true  | -                                                      | 50    | false
      false | false | -                                                      | 50    | false
      true  | false | -                                                      | 50    | true
      true  | true  | -                                                      | 50    | false
      true  | true  | -                                                      | 8000  | true
      true  | true  | Query limits: [SolrQueryTimeLimit:LIMIT EXCEEDED]      | 50    | true
      true  | true  | Limits exceeded! (search): Query limits: [CpuAllowedLimit:LIMIT EXCEEDED] | 50 | true
      """)
  void aLostShardIsServedAndAnExceededAllowanceIsNot(
      boolean partial, boolean tolerant, String details, long millis, boolean stopped) {
    NamedList<Object> header = new NamedList<>();
    header.add("status", 0);
    if (partial) {
      header.add("partialResults", true);
    }
    if (details != null) {
      header.add("partialResultsDetails", details);
    }
    SolrQuery query = new SolrQuery("ليبيا");
    if (tolerant) {
      query.set("shards.tolerant", true);
    }
    assertThat(SearchService.stoppedAtAllowance(header, query, Duration.ofMillis(millis), LIMITS)).isEqualTo(stopped);
  }
}
