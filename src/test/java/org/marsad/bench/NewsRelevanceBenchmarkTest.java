package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.bench.NewsRelevanceBenchmark.Query;
import org.marsad.bench.NewsRelevanceBenchmark.Scores;

/** The news benchmark's metrics on hand-computed rankings, and its query and judgment files. */
class NewsRelevanceBenchmarkTest {

  private static final Path QUERIES = Path.of("src/test/resources/relevance/news-queries.tsv");
  private static final Path QRELS = Path.of("src/test/resources/relevance/news-qrels.tsv");

  @Test
  void scoresARankingAgainstGradedJudgments() {
    // a: 2, b: unjudged, c: 0, d: 1; e (2) is judged but not retrieved.
    Scores s = NewsRelevanceBenchmark.score(List.of("a", "b", "c", "d"),
        Map.of("a", 2, "c", 0, "d", 1, "e", 2));

    double dcg = 3 / log2(2) + 1 / log2(5);
    double idcg = 3 / log2(2) + 3 / log2(3) + 1 / log2(4);
    assertThat(s.ndcg()).isCloseTo(dcg / idcg, within(1e-9));
    assertThat(s.precision()).isEqualTo(0.2);
    assertThat(s.rr()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.unjudged()).isEqualTo(0.1);
  }

  @Test
  void reciprocalRankIsOfTheFirstRelevantDocument() {
    Scores s = NewsRelevanceBenchmark.score(List.of("x", "y", "z"), Map.of("x", 0, "z", 1));

    assertThat(s.rr()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.ndcg()).isCloseTo(1 / log2(4), within(1e-9));
  }

  @Test
  void queriesAreEnoughWithAValidationPartOfEveryKind() throws Exception {
    List<Query> queries = NewsRelevanceBenchmark.readQueries(QUERIES);

    assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
    assertThat(queries).extracting(Query::id).doesNotHaveDuplicates();
    assertThat(queries.stream().filter(q -> q.split().equals("validation")).count()).isGreaterThanOrEqualTo(20);
    Map<String, Set<String>> splitsPerKind = queries.stream().collect(Collectors.groupingBy(Query::kind,
        Collectors.mapping(Query::split, Collectors.toSet())));
    assertThat(splitsPerKind.values()).allSatisfy(s -> assertThat(s).containsExactlyInAnyOrder("tuning", "validation"));
    assertThat(queries).allSatisfy(q -> assertThat(q.text().split(" ")).hasSizeBetween(1, 4));
  }

  @Test
  void everyNeedIsJudgedAndTwinsShareASplit() throws Exception {
    List<Query> queries = NewsRelevanceBenchmark.readQueries(QUERIES);
    Map<String, Query> byId = queries.stream().collect(Collectors.toMap(Query::id, q -> q));
    Map<String, Map<String, Integer>> qrels = NewsRelevanceBenchmark.readQrels(QRELS);

    Set<String> needs = queries.stream().map(Query::judgedAs).collect(Collectors.toSet());
    assertThat(queries).allSatisfy(q -> {
      assertThat(byId).containsKey(q.judgedAs());
      assertThat(byId.get(q.judgedAs()).split()).as(q.id()).isEqualTo(q.split());
      assertThat(byId.get(q.judgedAs()).judgedAs()).as(q.id()).isEqualTo(q.judgedAs());
    });
    assertThat(qrels.keySet()).containsExactlyInAnyOrderElementsOf(needs);
    assertThat(qrels.values()).allSatisfy(docs ->
        assertThat(docs.keySet()).allMatch(d -> d.matches("[A-Z]{2}-\\w+-\\d+-\\d{8}")));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
