package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
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
import org.marsad.search.SearchFilters;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchService;

/**
 * A Solr node lost in the middle of a batch ingest, on the layout {@code docker/compose.cloud.yml}
 * runs: two nodes, a collection of 2 shards x 2 replicas (each node holds a copy of each shard).
 * One node is stopped while a job is indexing (its Jetty and cores go away mid-request; an
 * in-process node cannot be kill -9ed, but a stopped node answers nothing, as a killed one would),
 * then started again. Every acknowledged document must be there exactly once, in both replicas of
 * its shard, and searches running all along must keep answering.
 */
class CloudFaultIT {

  private static final String COLLECTION = "news-faults";
  private static final int FILES = 600;
  private static final SolrSecurity USERS =
      new SolrSecurity("marsad", "faults-app-password", "solr-admin", "faults-admin-password");
  private static MiniSolrCloudCluster cluster;

  @BeforeAll
  static void startCluster(@TempDir Path dir) throws Exception {
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster"))
        .withTraceIdGenerationDisabled()
        .withSecurityJson(USERS.securityJson(COLLECTION, true))
        .build();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void aNodeLostMidIngestLosesNoAcknowledgedDocumentAndSearchKeepsAnswering(@TempDir Path dir) throws Exception {
    Path inbox = generateArticles(dir.resolve("inbox"), FILES);
    SolrProperties settings = new SolrProperties(
        SolrProperties.Mode.CLOUD, COLLECTION, "marsad", null, cluster.getZkServer().getZkAddress(),
        null, 2, 2, new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(30))
        .withCredentials(USERS.appUser(), USERS.appPassword(), USERS.adminUser(), USERS.adminPassword());
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();

    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dir);
        BoundedWorkers workers = new BoundedWorkers(2, Duration.ofSeconds(60))) {
      cluster.waitForActiveCollection(COLLECTION, 2, 4);
      DocumentIndex index = new DocumentIndex(solr, new SolrDocumentMapper(json));
      SearchService search = new SearchService(solr, new LiveKnowledgeBase(() -> kb, new NameDiscovery()));
      IngestPipeline pipeline = new IngestPipeline(
          new DocumentExtractor(new TikaExtractor(1_000_000), new NewsXmlReader(), new BoilerplateSeparator()),
          new DocumentIdentity(), new KnowledgeBaseTagger(kb), index,
          new FailureLog(dir.resolve("failures.jsonl"), json, Clock.systemUTC()), Clock.systemUTC(),
          new ArchiveReader(10_000_000, 100, 100, 1_000_000_000), workers, new NearDuplicateGroups(index),
          new InFlightBytes(64 << 20));
      IngestJobs jobs = new IngestJobs(pipeline, index, new IngestJobStore(dir.resolve("jobs"), json),
          Clock.systemUTC(), 16, 10_000_000);

      AtomicBoolean ingesting = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      AtomicReference<Throwable> searchError = new AtomicReference<>();
      CompletableFuture<Void> searcher = CompletableFuture.runAsync(() -> {
        while (ingesting.get() && searchError.get() == null) {
          try {
            search.search(new SearchRequest("اجتماع", null, new SearchFilters(Map.of(), Map.of(), null, null),
                SearchRequest.Sort.RELEVANCE, 0, 10, null, false, SearchRequest.DateGap.MONTH, Lang.AR));
            searches.incrementAndGet();
            Thread.sleep(20);
          } catch (Exception e) {
            searchError.set(e);
          }
        }
      });

      JettySolrRunner victim = cluster.getJettySolrRunner(1);
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

      assertThat(doneAtKill.get()).as("the node went down mid-job").isBetween(1, FILES - 1);
      assertThat(searchError.get()).as("searches kept answering").isNull();
      assertThat(searches.get()).isPositive();
      assertThat(result.state()).isEqualTo(IngestJobStatus.State.DONE);
      assertThat(result.done()).isEqualTo(FILES);
      assertThat(result.failed()).isZero();
      assertThat(result.indexed() + result.duplicates()).isEqualTo(FILES);

      cluster.waitForActiveCollection(COLLECTION, 2, 4);
      index.commit();
      assertExactlyOnce(solr, FILES);
      assertReplicasAgree();
    }
  }

  private static void bounce(JettySolrRunner node) {
    try {
      cluster.stopJettySolrRunner(node);
      cluster.waitForJettyToStop(node);
      Thread.sleep(3000);
      cluster.startJettySolrRunner(node, true); // same port: the same node comes back
      cluster.waitForNode(node, 60);
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop and start the node", e);
    }
  }

  /** Every generated file is one document, found once: no loss, no copy. */
  private static void assertExactlyOnce(SolrConnection solr, int files) throws Exception {
    SolrQuery all = new SolrQuery("*:*").setFields("id", "file_name").setRows(files + 100);
    List<SolrDocument> docs = solr.client().query(COLLECTION, all).getResults();
    Map<Object, Integer> perFile = new HashMap<>();
    for (SolrDocument doc : docs) {
      perFile.merge(doc.getFirstValue("file_name"), 1, Integer::sum);
    }
    assertThat(docs).hasSize(files);
    assertThat(perFile).hasSize(files).allSatisfy((file, count) -> assertThat(count).as(file.toString()).isOne());
  }

  /** After recovery both copies of each shard hold the same documents. */
  private static void assertReplicasAgree() throws Exception {
    DocCollection collection = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
    for (Slice slice : collection.getSlices()) {
      List<Long> counts = new ArrayList<>();
      for (Replica replica : slice.getReplicas()) {
        try (Http2SolrClient client = new Http2SolrClient.Builder(replica.getBaseUrl())
            .withBasicAuthCredentials(USERS.adminUser(), USERS.adminPassword()).build()) {
          SolrQuery local = new SolrQuery("*:*").setRows(0);
          local.set("distrib", false);
          counts.add(client.query(replica.getCoreName(), local).getResults().getNumFound());
        }
      }
      assertThat(counts).as(slice.getName()).hasSize(2);
      assertThat(counts.get(0)).as(slice.getName()).isPositive().isEqualTo(counts.get(1));
    }
  }

  /** Distinct short articles: recombined sentences, a serial number, a date. */
  private static Path generateArticles(Path folder, int count) throws Exception {
    String[] openings = {"التقى وزير الخارجية الليبي نظيره التونسي في طرابلس", "عقد المجلس الرئاسي اجتماعا طارئا في العاصمة",
        "أعلنت الحكومة المصرية عن خطة جديدة للاستثمار", "بحث وفد جزائري مع مسؤولين مغاربة ملف الحدود",
        "ناقش البرلمان الأردني مشروع قانون الانتخابات"};
    String[] middles = {"وتناول الاجتماع ملفات الأمن والهجرة والتعاون الاقتصادي بين البلدين",
        "وأكد الطرفان أهمية الحوار لحل الأزمة السياسية", "وشدد المتحدث على ضرورة دعم الاستقرار في المنطقة",
        "وأشار البيان إلى اتفاق على تشكيل لجنة مشتركة", "ودعا المشاركون إلى تنظيم انتخابات في موعدها"};
    String[] closings = {"ومن المنتظر أن تستأنف المحادثات الأسبوع المقبل.", "ولم يصدر أي تعليق رسمي حتى الآن.",
        "وتأتي هذه الخطوة بعد أشهر من التوتر.", "ورحبت الأمم المتحدة بهذه النتائج.", "وسط ترقب شعبي واسع."};
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      String text = "اجتماع رقم " + (100_000 + i) + "\n"
          + openings[i % 5] + " يوم " + (1 + i % 28) + " من الشهر الجاري. "
          + middles[(i / 5) % 5] + " في جلسة رقم " + (500_000 + i * 7) + ". "
          + closings[(i / 25) % 5] + " " + "وبلغ عدد المشاركين " + (i * 13 % 997) + " مشاركا.";
      Files.writeString(folder.resolve(String.format("article-%05d.txt", i)), text, StandardCharsets.UTF_8);
    }
    return folder;
  }
}
