package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.Lang;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.Tag;
import org.marsad.index.DocumentIndex;
import org.marsad.index.NewsDocument;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.solr.Configset;
import org.marsad.solr.EmbeddedTestSettings;
import org.marsad.solr.SolrConnection;
import org.marsad.solr.SolrConnector;
import org.marsad.solr.SolrProperties;
import org.slf4j.LoggerFactory;

/**
 * The whole index's facet counts, counted off the request path, against a real in-process Solr
 * node: browsing takes them from the background counts while they are of the searcher Solr uses
 * (Solr's request log shows no facet field counted), they equal Solr's own counts before and after
 * a commit, and suggestions follow commits without a request ever counting the index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexFacetCountsIT {

  private static final String SOLR_REQUESTS = "org.apache.solr.core.SolrCore.Request";
  private static final SearchRequest BROWSE = SearchRequest.of(null, SearchFilters.NONE, 10, Lang.AR);

  @TempDir static Path dataDir;
  private SolrConnection solr;
  private DocumentIndex index;
  private LiveKnowledgeBase labels;
  private final ListAppender<ILoggingEvent> requests = new ListAppender<>();

  @BeforeAll
  void start() throws Exception {
    SolrProperties settings = EmbeddedTestSettings.onFreePort()
        .withCredentials("marsad", "app-password-for-tests", "solr-admin", "admin-password-for-tests");
    solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir);
    index = new DocumentIndex(solr, new SolrDocumentMapper(new ObjectMapper().registerModule(new JavaTimeModule())));
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    labels = new LiveKnowledgeBase(() -> kb, new NameDiscovery());
    SearchFixture.load(index);
    Logger requestLog = (Logger) LoggerFactory.getLogger(SOLR_REQUESTS);
    requestLog.setLevel(Level.INFO);
    requestLog.addAppender(requests);
    requests.start();
  }

  @AfterAll
  void stop() throws Exception {
    ((Logger) LoggerFactory.getLogger(SOLR_REQUESTS)).detachAppender(requests);
    solr.close();
  }

  @BeforeEach
  void clearLog() {
    requests.list.clear();
  }

  @Test
  void browsingTakesSolrsOwnCountsFromTheBackgroundCountingUntilTheIndexChanges() throws Exception {
    IndexFacetCounts counts = new IndexFacetCounts(solr, Duration.ofHours(1));
    SearchService cached = new SearchService(solr, labels, SearchLimits.defaults(), counts);
    SearchService solrCounts = new SearchService(solr, labels);
    counts.refreshNow();
    long countings = counts.countings();

    SearchResult browse = cached.search(BROWSE);
    assertThat(browse.facets()).isEqualTo(solrCounts.search(BROWSE).facets());
    assertThat(count(browse, "actor", "khalifa-haftar")).isPositive();
    requests.list.clear();
    cached.search(BROWSE);
    assertThat(solrParams()).isNotEmpty().noneMatch(p -> p.contains("facet.field"));
    // A search with text or a filter is counted by Solr, as before.
    cached.search(SearchRequest.of("حفتر", SearchFilters.NONE, 10, Lang.AR));
    assertThat(solrParams()).anyMatch(p -> p.contains("facet.field"));
    counts.refreshNow();
    assertThat(counts.countings()).as("no recount while the index is unchanged").isEqualTo(countings);

    long haftar = count(browse, "actor", "khalifa-haftar");
    index.add(List.of(document("extra-1", "fayez-al-sarraj", "khalifa-haftar")));
    index.commit();
    // Committed but not yet recounted: Solr counts, so the new document is in the facets at once.
    SearchResult afterCommit = cached.search(BROWSE);
    assertThat(count(afterCommit, "actor", "khalifa-haftar")).isEqualTo(haftar + 1);
    assertThat(afterCommit.facets()).isEqualTo(solrCounts.search(BROWSE).facets());

    counts.refreshNow();
    assertThat(counts.countings()).isEqualTo(countings + 1);
    requests.list.clear();
    SearchResult recounted = cached.search(BROWSE);
    assertThat(solrParams()).noneMatch(p -> p.contains("facet.field"));
    assertThat(recounted.facets()).isEqualTo(solrCounts.search(BROWSE).facets());
    assertThat(recounted.total()).isEqualTo(afterCommit.total());

    assertThat(index.delete("extra-1")).isTrue();
    index.commit();
    assertThat(count(cached.search(BROWSE), "actor", "khalifa-haftar")).isEqualTo(haftar);
  }

  @Test
  void theHistogramCountsOnlyTheIndexsPublicationSpanAndIsTheSameAsOverTheFullWindow() throws Exception {
    IndexFacetCounts counts = new IndexFacetCounts(solr, Duration.ofHours(1));
    SearchService narrowed = new SearchService(solr, labels, SearchLimits.defaults(), counts);
    SearchService full = new SearchService(solr, labels);
    counts.refreshNow();
    IndexFacetCounts.PublishedSpan span = counts.latest().orElseThrow().published().orElseThrow();
    assertThat(span.earliest()).isBefore(span.latest());
    List<SearchRequest> requests = List.of(BROWSE,
        SearchRequest.of("ليبيا", SearchFilters.NONE, 10, Lang.AR),
        new SearchRequest("حفتر", null, SearchFilters.NONE, SearchRequest.Sort.RELEVANCE, 0, 10, null, false,
            SearchRequest.DateGap.YEAR, Lang.AR));
    for (SearchRequest request : requests) {
      clearLog();
      assertThat(narrowed.search(request).dates()).isEqualTo(full.search(request).dates());
      String first = periodStartOf(span.earliest(), request.dateGap());
      assertThat(solrParams()).filteredOn(p -> p.contains("facet.range")).first().asString()
          .contains("facet.range.start=" + first).contains(SearchQueryBuilder.OUTSIDE_SPAN);
    }

    // Published long before and long after what was counted: found by the same request's count of
    // the rest of the full window, and counted again over it.
    try {
      index.add(List.of(document("old-1", Instant.parse("2001-03-10T00:00:00Z"), "khalifa-haftar"),
          document("new-1", Instant.now().minus(Duration.ofDays(2)), "khalifa-haftar")));
      index.commit();
      for (SearchRequest request : requests) {
        SearchResult.DateHistogram dates = narrowed.search(request).dates();
        assertThat(dates).isEqualTo(full.search(request).dates());
        if (request != requests.get(2)) {
          assertThat(dates.buckets().get(0).key()).startsWith("2001");
        }
      }
      counts.refreshNow();
      assertThat(counts.latest().orElseThrow().published().orElseThrow().earliest())
          .isEqualTo(Instant.parse("2001-03-10T00:00:00Z"));
      assertThat(narrowed.search(BROWSE).dates()).isEqualTo(full.search(BROWSE).dates());
    } finally {
      index.delete("old-1");
      index.delete("new-1");
      index.commit();
    }
  }

  private static String periodStartOf(Instant instant, SearchRequest.DateGap gap) {
    java.time.LocalDate day = instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    day = gap == SearchRequest.DateGap.MONTH ? day.withDayOfMonth(1) : day.withDayOfYear(1);
    return day + "T00:00:00Z";
  }

  @Test
  void suggestionCountsFollowCommitsWithoutARequestCountingTheIndex() throws Exception {
    try (IndexFacetCounts counts = new IndexFacetCounts(solr, Duration.ofMillis(100))) {
      SuggestService suggest = new SuggestService(index, labels, Clock.systemUTC(), counts);
      counts.start();
      long before = awaitCount(suggest, "khalifa-haftar", n -> n > 0);

      index.add(List.of(document("extra-2", "khalifa-haftar")));
      index.commit();
      assertThat(awaitCount(suggest, "khalifa-haftar", n -> n == before + 1)).isEqualTo(before + 1);

      requests.list.clear();
      for (int i = 0; i < 20; i++) {
        suggest.suggest("حفت", 5, Lang.AR);
      }
      // Every Solr request in that time is the title query or the background signature check.
      assertThat(solrParams()).isNotEmpty().noneMatch(p -> p.contains("facet"));
    } finally {
      index.delete("extra-2");
      index.commit();
    }
  }

  @Test
  void anIdleIndexIsCheckedLessOftenUntilTheAppWritesToIt() throws Exception {
    try (IndexFacetCounts counts = new IndexFacetCounts(solr, Duration.ofMillis(50))) {
      index.afterEachWrite(counts::indexWritten);
      counts.start();
      Thread.sleep(2_000);
      // Every 50 ms would be some 40 checks; pausing 50, 100, 200, 400 then 800 ms is about 7.
      assertThat(counts.checks()).isBetween(2L, 15L);

      // Just after a check, when the next one is 800 ms away, the app writes: it comes within refresh.
      long seen = counts.checks();
      while (counts.checks() == seen) {
        Thread.sleep(2);
      }
      long afterCheck = counts.checks();
      long wrote = System.nanoTime();
      index.add(List.of(document("extra-3", "khalifa-haftar")));
      while (counts.checks() == afterCheck && System.nanoTime() - wrote < Duration.ofSeconds(5).toNanos()) {
        Thread.sleep(2);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - wrote)).isLessThan(Duration.ofMillis(500));
    } finally {
      index.delete("extra-3");
      index.commit();
    }
  }

  private static long awaitCount(SuggestService suggest, String id, java.util.function.LongPredicate wanted)
      throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long count;
    do {
      count = suggest.suggest("حفت", 5, Lang.AR).stream().filter(s -> s.id().equals(id))
          .mapToLong(s -> s.count() == null ? 0 : s.count()).findFirst().orElse(0);
      if (wanted.test(count)) {
        return count;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < until);
    return count;
  }

  private List<String> solrParams() {
    return requests.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("path=/select")).toList();
  }

  private static long count(SearchResult result, String facet, String id) {
    return result.facets().stream().filter(f -> f.name().equals(facet)).flatMap(f -> f.values().stream())
        .filter(v -> v.id().equals(id)).mapToLong(SearchResult.FacetCount::count).findFirst().orElse(0);
  }

  private static NewsDocument document(String id, String... actors) {
    return document(id, Instant.parse("2019-05-01T00:00:00Z"), actors);
  }

  private static NewsDocument document(String id, Instant published, String... actors) {
    ExtractedDocument extracted = new ExtractedDocument(id + ".txt", "text/plain", "خبر إضافي عن ليبيا", null,
        "نص قصير عن ليبيا.", List.of(), null, published, "الوسط", "https://example.org/news/" + id, "ar", null, null,
        List.of());
    List<Tag> tags = java.util.Arrays.stream(actors).map(a -> new Tag(a, 1, List.of())).toList();
    return new NewsDocument(id, "hash-" + id, null, extracted, new Enrichment(tags, List.of(), List.of()), published);
  }
}
