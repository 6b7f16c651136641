package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.Lang;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.enrich.NameDiscovery;
import org.marsad.index.DocumentIndex;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.index.NearDuplicateGroups;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.ingest.ArchiveReader;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.BoundedWorkers;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.InFlightBytes;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;
import org.marsad.solr.Configset;
import org.marsad.solr.SolrConnection;
import org.marsad.solr.SolrConnector;
import org.marsad.solr.SolrProperties;
import org.marsad.solr.SolrSecurity;
import org.marsad.solr.TwoNodeSolrCloud;
import org.marsad.search.SearchFilters;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchService;

/**
 * A Solr node lost in the middle of a batch ingest, on the layout {@code docker/compose.cloud.yml}
 * runs ({@link TwoNodeSolrCloud}: two nodes, a collection of 2 shards x 2 replicas, each node holding
 * a copy of each shard). One node is stopped while a job is indexing (its Jetty and cores go away
 * mid-request; an in-process node cannot be kill -9ed, but a stopped node answers nothing, as a
 * killed one would), then started again. Every acknowledged document must be there exactly once,
 * in both replicas of its shard, and searches running all along must keep answering. And when a
 * shard has no live copy at all, a search answers from the rest, flagged partial, not an error.
 */
class CloudFaultIT {

  private static final String COLLECTION = "news-faults";
  private static final int FILES = 600;
  private static final SolrSecurity USERS =
      new SolrSecurity("marsad", "faults-app-password", "solr-admin", "faults-admin-password");
  private static TwoNodeSolrCloud cloud;

  @BeforeAll
  static void startCluster(@TempDir Path dir) throws Exception {
    cloud = TwoNodeSolrCloud.start(dir.resolve("cluster"), COLLECTION, USERS);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void aNodeLostMidIngestLosesNoAcknowledgedDocumentAndSearchKeepsAnswering(@TempDir Path dir) throws Exception {
    Path inbox = GeneratedArticles.write(dir.resolve("inbox"), FILES);
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();

    try (SolrConnection solr = new SolrConnector(cloud.settings(), Configset.fromClasspath()).open(dir);
        BoundedWorkers workers = new BoundedWorkers(2, Duration.ofSeconds(60))) {
      cloud.waitForActive(COLLECTION, TwoNodeSolrCloud.SHARDS, TwoNodeSolrCloud.REPLICAS);
      DocumentIndex index = new DocumentIndex(solr, new SolrDocumentMapper(json));
      SearchService search = new SearchService(solr, new LiveKnowledgeBase(() -> kb, new NameDiscovery()));
      IngestJobs jobs = new IngestJobs(pipeline(index, kb, workers, dir, json), index,
          new IngestJobStore(dir.resolve("jobs"), json), Clock.systemUTC(), 16, 10_000_000);

      AtomicBoolean ingesting = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      AtomicInteger partial = new AtomicInteger();
      AtomicReference<Throwable> searchError = new AtomicReference<>();
      CompletableFuture<Void> searcher = CompletableFuture.runAsync(() -> {
        while (ingesting.get() && searchError.get() == null) {
          try {
            if (search.search(wordSearch()).partial()) {
              partial.incrementAndGet();
            }
            searches.incrementAndGet();
            Thread.sleep(20);
          } catch (Exception e) {
            searchError.set(e);
          }
        }
      });

      JettySolrRunner victim = cloud.cluster().getJettySolrRunner(1);
      AtomicReference<CompletableFuture<Void>> fault = new AtomicReference<>();
      AtomicInteger doneAtKill = new AtomicInteger(-1);
      IngestJobStatus result = jobs.runNow(inbox, status -> {
        if (status.done() >= FILES / 5 && fault.get() == null) {
          doneAtKill.set((int) status.done());
          // Stopped and started from another thread: the job goes on meanwhile.
          fault.set(CompletableFuture.runAsync(() -> bounce(victim)));
        }
      });
      fault.get().get(3, TimeUnit.MINUTES);
      ingesting.set(false);
      searcher.get(1, TimeUnit.MINUTES);
      System.out.printf("CloudFaultIT: %d searches during the ingest and the node's stop, %d of them partial%n",
          searches.get(), partial.get());

      assertThat(doneAtKill.get()).as("the node went down mid-job").isBetween(1, FILES - 1);
      assertThat(searchError.get()).as("searches kept answering").isNull();
      assertThat(searches.get()).isPositive();
      assertThat(result.state()).isEqualTo(IngestJobStatus.State.DONE);
      assertThat(result.done()).isEqualTo(FILES);
      assertThat(result.failed()).isZero();
      assertThat(result.indexed() + result.duplicates()).isEqualTo(FILES);

      cloud.waitForActive(COLLECTION, TwoNodeSolrCloud.SHARDS, TwoNodeSolrCloud.REPLICAS);
      index.commit();
      GeneratedArticles.assertEachIndexedOnce(solr.client(), COLLECTION, FILES);
      assertReplicasAgree();
    }
  }

  /**
   * With one copy of each shard, a node down leaves a shard with no live copy: the search answers
   * from the other shard, flagged partial (without Marsad's shards-tolerant search and its
   * mapping, this is an error). The collection is the admin's (the app's Solr user is limited to
   * {@value #COLLECTION}), so Marsad reaches it with the admin's credentials here.
   */
  @Test
  void aShardWithNoLiveCopyGivesAPartialAnswerNotAnError(@TempDir Path dir) throws Exception {
    String single = "news-faults-single";
    int files = 40;
    Path inbox = GeneratedArticles.write(dir.resolve("inbox"), files);
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    SolrProperties settings = new SolrProperties(
        SolrProperties.Mode.CLOUD, single, TwoNodeSolrCloud.CONFIGSET, null, cloud.zkAddress(), null, 2, 1,
        new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(30))
        .withCredentials(USERS.adminUser(), USERS.adminPassword(), USERS.adminUser(), USERS.adminPassword());

    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dir);
        BoundedWorkers workers = new BoundedWorkers(2, Duration.ofSeconds(60))) {
      cloud.waitForActive(single, 2, 1);
      DocumentIndex index = new DocumentIndex(solr, new SolrDocumentMapper(json));
      IngestJobs jobs = new IngestJobs(pipeline(index, kb, workers, dir, json), index,
          new IngestJobStore(dir.resolve("jobs"), json), Clock.systemUTC(), 16, 10_000_000);
      assertThat(jobs.runNow(inbox, status -> {}).indexed()).isEqualTo(files);
      SearchService search = new SearchService(solr, new LiveKnowledgeBase(() -> kb, new NameDiscovery()));
      assertThat(search.search(wordSearch())).satisfies(r -> {
        assertThat(r.total()).isEqualTo(files);
        assertThat(r.partial()).isFalse();
      });

      Slice lost = cloud.cluster().getSolrClient().getClusterState().getCollection(single).getSlices()
          .iterator().next();
      JettySolrRunner node = nodeOf(lost.getLeader());
      assertThat(lostOnlyThatShard(single, node)).as("each node holds one shard").isTrue();
      cloud.cluster().stopJettySolrRunner(node);
      cloud.cluster().waitForJettyToStop(node);
      try {
        SearchResult degraded = search.search(wordSearch());
        assertThat(degraded.partial()).isTrue();
        assertThat(degraded.total()).isBetween(1L, files - 1L);
        assertThat(degraded.hits()).isNotEmpty();
      } finally {
        cloud.cluster().startJettySolrRunner(node, true);
        cloud.cluster().waitForNode(node, 60);
        cloud.waitForActive(single, 2, 1);
        // The other collection's copies on that node recover too: let them, before the cluster stops.
        cloud.waitForActive(COLLECTION, TwoNodeSolrCloud.SHARDS, TwoNodeSolrCloud.REPLICAS);
      }
      assertThat(search.search(wordSearch())).satisfies(r -> {
        assertThat(r.total()).isEqualTo(files);
        assertThat(r.partial()).isFalse();
      });
    }
  }

  private static SearchRequest wordSearch() {
    return new SearchRequest(GeneratedArticles.COMMON_WORD, null, new SearchFilters(Map.of(), Map.of(), null, null),
        SearchRequest.Sort.RELEVANCE, 0, 10, null, false, SearchRequest.DateGap.MONTH, Lang.AR);
  }

  private static IngestPipeline pipeline(DocumentIndex index, KnowledgeBase kb, BoundedWorkers workers, Path dir,
      ObjectMapper json) {
    return new IngestPipeline(
        new DocumentExtractor(new TikaExtractor(1_000_000), new NewsXmlReader(), new BoilerplateSeparator()),
        new DocumentIdentity(), new KnowledgeBaseTagger(kb), index,
        new FailureLog(dir.resolve("failures.jsonl"), json, Clock.systemUTC()), Clock.systemUTC(),
        new ArchiveReader(10_000_000, 100, 100, 1_000_000_000), workers, new NearDuplicateGroups(index),
        new InFlightBytes(64 << 20));
  }

  private static JettySolrRunner nodeOf(Replica replica) {
    return cloud.cluster().getJettySolrRunners().stream()
        .filter(j -> j.getNodeName().equals(replica.getNodeName())).findFirst().orElseThrow();
  }

  /** True when {@code node} holds exactly one of the collection's shards (the other lives elsewhere). */
  private static boolean lostOnlyThatShard(String collection, JettySolrRunner node) {
    DocCollection state = cloud.cluster().getSolrClient().getClusterState().getCollection(collection);
    return state.getReplicas().stream().filter(r -> r.getNodeName().equals(node.getNodeName())).count() == 1;
  }

  private static void bounce(JettySolrRunner node) {
    try {
      cloud.cluster().stopJettySolrRunner(node);
      cloud.cluster().waitForJettyToStop(node);
      Thread.sleep(3000);
      cloud.cluster().startJettySolrRunner(node, true); // same port: the same node comes back
      cloud.cluster().waitForNode(node, 60);
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop and start the node", e);
    }
  }

  /** After recovery both copies of each shard hold the same documents. */
  private static void assertReplicasAgree() throws Exception {
    DocCollection collection = cloud.cluster().getSolrClient().getClusterState().getCollection(COLLECTION);
    for (Slice slice : collection.getSlices()) {
      List<Long> counts = new ArrayList<>();
      for (Replica replica : slice.getReplicas()) {
        try (Http2SolrClient client = cloud.adminClient(replica.getBaseUrl())) {
          SolrQuery local = new SolrQuery("*:*").setRows(0);
          local.set("distrib", false);
          counts.add(client.query(replica.getCoreName(), local).getResults().getNumFound());
        }
      }
      assertThat(counts).as(slice.getName()).hasSize(2);
      assertThat(counts.get(0)).as(slice.getName()).isPositive().isEqualTo(counts.get(1));
    }
  }
}
