package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.marsad.enrich.Lang;
import org.marsad.MarsadApplication;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.TaggableText;
import org.marsad.index.DocumentIndex;
import org.marsad.index.NearDuplicateGroups;
import org.marsad.index.NewsDocument;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.SimHash;
import org.marsad.ingest.TarGzReader;
import org.marsad.pipeline.IngestJobStatus;
import org.marsad.pipeline.IngestJobs;
import org.marsad.search.Facet;
import org.marsad.search.SearchFilters;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchService;
import org.marsad.search.SuggestService;
import org.marsad.solr.SolrConnection;
import org.marsad.solr.SolrSecurity;
import org.marsad.solr.TwoNodeSolrCloud;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Marsad side by side with Solr's own paths, in one run, on one machine: ingest rate and CPU per
 * document of Marsad's pipeline, of a Solr-Cell-style path (Tika inside the update request, one
 * document per request — what {@code /update/extract} does; Solr's extraction module has no 9.x jar
 * to run here) and of the floor (SolrJ batches of pre-extracted text into a plain {@code text_ar}
 * core); a per-stage profile of Marsad; query latency of the API against the equivalent direct Solr
 * request (the very query the API sends), interleaved request by request; index size, heap and RSS;
 * the time to re-tag after a knowledge-base reload. Prints the tables and writes them, with the
 * machine and the command, to a Markdown file.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx6g ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.ScaleBenchmark \
 *     -Dexec.args="../shared/data/ant-v1.1 ../shared/data/ant-multisource-v2.1 --out docs/benchmarks.md"
 * </pre>
 *
 * Arguments: corpora (each a {@code .tar.gz} or a folder holding one), then options:
 * {@code --synthetic N} adds N generated documents (real paragraphs recombined, new ids and dates,
 * facet values from real tagging) posted straight to Solr and measures again at that size (1,000,000
 * for the million-document run: needs a quiet machine and ~4 GB of disk); {@code --synthetic
 * 250000,1000000} grows the index in steps and measures at each, so a run stopped early still has
 * the largest size it reached (the report file is rewritten after every section); {@code --rounds R} (30)
 * rounds of the request list per run; {@code --runs K} (3) latency runs, medians reported;
 * {@code --profile N} (2000) files per corpus for the stage profile; {@code --retag} (reload the knowledge base at the end);
 * {@code --clients N} (off) after each one-client latency section, the same requests again from N
 * concurrent clients (each a closed loop, API and Solr interleaved, a quarter of the rounds);
 * {@code --cloud} runs the app against a SolrCloud of 2 shards x 2 replicas on two in-process nodes
 * ({@link TwoNodeSolrCloud}, the layout of {@code docker/compose.cloud.yml}) instead of the embedded
 * node — the Solr-Cell-style path, the floor and the stage profile need the embedded node and are
 * left out; {@code --out FILE} (docs/benchmarks.md).
 */
public final class ScaleBenchmark {

  private static final String PLAIN_CONFIGSET = "plain-text-ar";
  private static final int FLOOR_BATCH = 500;
  private static final int SYNTHETIC_SENDERS = 2;
  private static final List<String> WORDS = List.of(
      "ليبيا", "تونس", "الحكومة", "الاقتصاد", "الانتخابات", "النفط", "كرة القدم", "مصر", "الأمم المتحدة", "الجزائر");

  private record Options(List<Path> corpora, List<Long> synthetic, int rounds, int runs, int profile, boolean retag,
      int clients, boolean cloud, Path out) {}

  record FileEntry(String name, byte[] bytes) {}

  private record Extracted(String id, String title, String body) {}

  private record IngestFigure(String path, long files, double seconds, double cpuSeconds) {}

  /** Timings of one request kind on one side, in milliseconds. */
  private record Timings(String kind, String side, double[] millis, int errors) {}

  /** Credentials of this run only: the API's admin key and the embedded node's users. */
  private static final String KEY = "bench-" + java.util.UUID.randomUUID();
  private static final String SOLR_PASSWORD = "bench-" + java.util.UUID.randomUUID();
  private static final String SOLR_ADMIN_PASSWORD = "bench-" + java.util.UUID.randomUUID();
  private static final String API_AUTH = "Bearer " + KEY;
  private static final String SOLR_AUTH = "Basic " + java.util.Base64.getEncoder()
      .encodeToString(("marsad:" + SOLR_PASSWORD).getBytes(StandardCharsets.UTF_8));

  private final StringBuilder report = new StringBuilder();
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    new ScaleBenchmark().run(options(args));
    System.exit(0);
  }

  private void run(Options options) throws Exception {
    Path dataDir = Files.createTempDirectory("marsad-scale-bench");
    System.setProperty("solr.log.dir", dataDir.resolve("logs").toString());
    line("# Benchmarks: Marsad side by side with Solr");
    line("");
    line("Written by `org.marsad.bench.ScaleBenchmark` (bench profile) on " + Instant.now() + ".");
    line("");
    machine(options);
    List<String> appArgs = new ArrayList<>(List.of("--server.port=0",
        "--marsad.data-dir=" + dataDir, "--marsad.sample-corpus=false", "--marsad.solr.request-timeout=300s",
        "--marsad.security.bootstrap-key=" + KEY, "--logging.level.root=WARN", "--logging.level.org.marsad=WARN"));
    TwoNodeSolrCloud cloud = null;
    if (options.cloud()) {
      cloud = TwoNodeSolrCloud.start(dataDir.resolve("cloud"), "news",
          new SolrSecurity("marsad", SOLR_PASSWORD, "solr-admin", SOLR_ADMIN_PASSWORD));
      appArgs.addAll(cloud.commandLine());
    } else {
      // Each setting once: Spring joins a repeated command-line option's values with commas.
      appArgs.addAll(List.of("--marsad.solr.embedded.port=0", "--marsad.solr.username=marsad",
          "--marsad.solr.password=" + SOLR_PASSWORD, "--marsad.solr.admin-username=solr-admin",
          "--marsad.solr.admin-password=" + SOLR_ADMIN_PASSWORD));
    }
    try (TwoNodeSolrCloud closeLast = cloud;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MarsadApplication.class)
            .run(appArgs.toArray(String[]::new))) {
      SolrConnection appSolr = app.getBean(SolrConnection.class);
      // The benchmark's own cores are the admin's business: the app's Solr user may use "news" only.
      SolrClient admin = new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder(appSolr.nodeBaseUrl())
          .withBasicAuthCredentials("solr-admin", SOLR_ADMIN_PASSWORD)
          .withRequestTimeout(300, java.util.concurrent.TimeUnit.SECONDS).build();
      SolrConnection solr = appSolr;
      Path solrHome = dataDir.resolve("solr");
      // Where the index lives on disk: the embedded node's core, or every node of the cloud.
      Path indexDir = cloud == null ? solrHome.resolve(solr.collection()) : dataDir.resolve("cloud");
      if (cloud == null) {
        PlainTextArConfigset.write(solrHome.resolve("configsets").resolve(PLAIN_CONFIGSET).resolve("conf"), true);
        for (String core : List.of("cell", "floor", "profile_marsad", "profile_plain")) {
          createCore(admin, core, core.equals("profile_marsad") ? "marsad" : PLAIN_CONFIGSET);
        }
      }
      List<List<FileEntry>> corpora = new ArrayList<>();
      for (Path corpus : options.corpora()) {
        corpora.add(read(corpus));
      }
      long files = corpora.stream().mapToLong(List::size).sum();
      if (cloud == null) {
        // First, so that the timed paths below all run on a warm JVM: the profile runs Marsad's stages
        // and indexes into a Marsad core and a plain one, compiling what every path uses. (Before, Marsad's
        // ingest ran first and paid the JIT's warm-up, about 1.1 CPU ms/doc over 41k, alone.)
        stageProfile(app, admin, corpora, options.profile());
        flush(options.out());
      }
      line("## Ingest: " + files + " files (" + corpora.stream().map(c -> String.valueOf(c.size()))
          .reduce((a, b) -> a + " + " + b).orElse("") + ")");
      line("");
      List<IngestFigure> ingest = new ArrayList<>();
      ingest.add(marsadIngest(app, options.corpora(), files));
      if (cloud == null) {
        List<Extracted> extracted = new ArrayList<>();
        ingest.add(cellStyle(admin, corpora, extracted));
        ingest.add(floor(admin, extracted));
      }
      ingestTable(ingest);
      flush(options.out());

      String apiBase = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      String solrSelect = (cloud == null ? solr.nodeBaseUrl()
          : cloud.cluster().getJettySolrRunner(0).getBaseUrl().toString()) + "/" + solr.collection() + "/select";
      footprint(solr, indexDir);
      latency(app, apiBase, solrSelect, options);
      flush(options.out());
      long made = 0;
      for (long size : options.synthetic()) {
        // Cumulative sizes: each step adds what is missing, then measures (the largest reached is reported).
        synthesize(solr, made, size - made);
        made = size;
        footprint(solr, indexDir);
        flush(options.out());
        latency(app, apiBase, solrSelect, options);
        flush(options.out());
      }
      if (options.retag()) {
        retag(apiBase);
      }
      line("Load average at the end: " + loadAverage() + ".");
    } finally {
      try (Stream<Path> paths = Files.walk(dataDir)) {
        paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), report.toString(), StandardCharsets.UTF_8);
    System.out.println("\nWritten to " + options.out());
  }

  // ---- ingest

  private IngestFigure marsadIngest(ConfigurableApplicationContext app, List<Path> corpora, long files) {
    IngestJobs jobs = app.getBean(IngestJobs.class);
    long cpu = cpuNanos();
    long start = System.nanoTime();
    long done = 0;
    long indexed = 0;
    for (Path corpus : corpora) {
      IngestJobStatus result = jobs.runNow(corpus, s -> System.out.printf(Locale.ROOT,
          "\rMarsad %s: %d/%d  %.1f files/s   ", corpus.getFileName(), s.done(), s.total(), s.docsPerSecond()));
      System.out.println();
      done += result.done();
      indexed += result.indexed();
      if (result.state() != IngestJobStatus.State.DONE) {
        throw new IllegalStateException("Ingest of " + corpus + " ended " + result.state() + ": " + result.error());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    line("Marsad indexed " + indexed + " documents of " + done + " files (the rest: exact duplicates and failures).");
    line("");
    return new IngestFigure("Marsad pipeline (jobs: Tika, news XML, tagging, SimHash, 3 analysed copies)", done,
        seconds, (cpuNanos() - cpu) / 1e9);
  }

  /** Tika inside the update request, one document per request, as {@code /update/extract} does. */
  private IngestFigure cellStyle(SolrClient client, List<List<FileEntry>> corpora, List<Extracted> out)
      throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    List<FileEntry> all = corpora.stream().flatMap(List::stream).toList();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Extracted[] results = new Extracted[all.size()];
    long cpu = cpuNanos();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      futures.add(pool.submit(() -> {
        for (int i = first; i < all.size(); i += threads) {
          FileEntry file = all.get(i);
          Metadata metadata = new Metadata();
          metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.name());
          BodyContentHandler text = new BodyContentHandler(-1);
          try {
            parser.parse(new ByteArrayInputStream(file.bytes()), text, metadata, new ParseContext());
          } catch (Exception e) {
            continue; // Solr Cell would answer an error for this file
          }
          String body = text.toString();
          String title = metadata.get(TikaCoreProperties.TITLE);
          Extracted doc = new Extracted(file.name(), title == null ? firstLine(body) : title, body);
          results[i] = doc;
          client.add("cell", plainDocument(doc), 1000);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    client.commit("cell");
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.stream(results).filter(r -> r != null).forEach(out::add);
    return new IngestFigure("Solr-Cell style (Tika in the update request, 1 document per request, "
        + threads + " clients)", all.size(), seconds, (cpuNanos() - cpu) / 1e9);
  }

  /** SolrJ batches of pre-extracted text into a plain text_ar core: the floor. */
  private IngestFigure floor(SolrClient client, List<Extracted> docs) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long cpu = cpuNanos();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int from = 0; from < docs.size(); from += FLOOR_BATCH) {
      List<Extracted> batch = docs.subList(from, Math.min(docs.size(), from + FLOOR_BATCH));
      futures.add(pool.submit(() -> {
        client.add("floor", batch.stream().map(ScaleBenchmark::plainDocument).toList());
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    client.commit("floor");
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new IngestFigure("Floor (SolrJ batches of " + FLOOR_BATCH + " pre-extracted texts, plain text_ar, "
        + threads + " clients)", docs.size(), seconds, (cpuNanos() - cpu) / 1e9);
  }

  private void ingestTable(List<IngestFigure> figures) {
    double marsad = figures.get(0).files() / figures.get(0).seconds();
    line("| path | files | seconds | docs/s | CPU ms/doc | Marsad ÷ path |");
    line("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (IngestFigure f : figures) {
      double rate = f.files() / f.seconds();
      line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %.2f |", f.path(), f.files(), f.seconds(),
          rate, 1000 * f.cpuSeconds() / f.files(), marsad / rate));
    }
    line("");
    line("CPU is the whole process (the app, Tika and the in-process Solr node), per file.");
    line("");
  }

  /**
   * Where Marsad's time goes: each stage alone, one thread, on the first N files of each corpus;
   * Solr's share is the same documents sent in batches to a core with Marsad's schema and to a plain
   * text_ar core.
   */
  private void stageProfile(ConfigurableApplicationContext app, SolrClient client, List<List<FileEntry>> corpora,
      int perCorpus) throws Exception {
    DocumentExtractor extractor = app.getBean(DocumentExtractor.class);
    Enricher enricher = app.getBean(Enricher.class);
    DocumentIdentity identity = new DocumentIdentity();
    SimHash simHash = new SimHash();
    SolrDocumentMapper mapper = new SolrDocumentMapper(app.getBean(ObjectMapper.class));
    List<FileEntry> sample = corpora.stream().flatMap(c -> c.stream().limit(perCorpus)).toList();
    Map<String, Long> nanos = new LinkedHashMap<>();
    List<ExtractedDocument> extracted = new ArrayList<>();
    long t = System.nanoTime();
    for (FileEntry file : sample) {
      ExtractResult result = extractor.extract(IngestSource.ofBytes(file.name(), file.bytes()));
      extracted.addAll(result.documents());
    }
    nanos.put("extract (Tika, news XML, charset, boilerplate, dates, language)", System.nanoTime() - t);
    List<Enrichment> tags = new ArrayList<>();
    t = System.nanoTime();
    for (ExtractedDocument doc : extracted) {
      tags.add(enricher.enrich(new TaggableText(doc.title(), doc.abstractText(), doc.body())));
    }
    nanos.put("enrich (knowledge-base tagger with evidence)", System.nanoTime() - t);
    List<String[]> ids = new ArrayList<>();
    t = System.nanoTime();
    for (ExtractedDocument doc : extracted) {
      ids.add(new String[] {identity.idOf(doc), identity.contentHash(doc)});
    }
    nanos.put("identity (normalised content hashes)", System.nanoTime() - t);
    t = System.nanoTime();
    for (ExtractedDocument doc : extracted) {
      simHash.of(NearDuplicateGroups.comparableText(doc.abstractText(), doc.body()));
    }
    nanos.put("SimHash (near-duplicate fingerprint)", System.nanoTime() - t);
    List<SolrInputDocument> mapped = new ArrayList<>();
    t = System.nanoTime();
    for (int i = 0; i < extracted.size(); i++) {
      mapped.add(mapper.toSolr(new NewsDocument(ids.get(i)[0], ids.get(i)[1], ids.get(i)[0], extracted.get(i),
          tags.get(i), Instant.now())));
    }
    nanos.put("map to Solr fields (evidence JSON)", System.nanoTime() - t);
    t = System.nanoTime();
    for (int from = 0; from < mapped.size(); from += 200) {
      client.add("profile_marsad", mapped.subList(from, Math.min(mapped.size(), from + 200)));
    }
    client.commit("profile_marsad");
    nanos.put("Solr indexing, Marsad schema (batches of 200, commit)", System.nanoTime() - t);
    t = System.nanoTime();
    for (int from = 0; from < extracted.size(); from += 200) {
      List<SolrInputDocument> batch = new ArrayList<>();
      for (ExtractedDocument doc : extracted.subList(from, Math.min(extracted.size(), from + 200))) {
        batch.add(plainDocument(new Extracted(doc.fileName() + "#" + batch.size() + from, doc.title(), doc.body())));
      }
      client.add("profile_plain", batch);
    }
    client.commit("profile_plain");
    nanos.put("for comparison: Solr indexing, plain text_ar schema", System.nanoTime() - t);
    long total = nanos.entrySet().stream().filter(e -> !e.getKey().startsWith("for comparison"))
        .mapToLong(Map.Entry::getValue).sum();
    line("### Marsad's stages, one thread, " + sample.size() + " files (" + extracted.size() + " documents)");
    line("");
    line("| stage | ms/doc | share |");
    line("| --- | ---: | ---: |");
    nanos.forEach((stage, n) -> line(String.format(Locale.ROOT, "| %s | %.3f | %s |", stage,
        n / 1e6 / extracted.size(), stage.startsWith("for comparison") ? "—" : String.format(Locale.ROOT, "%.0f%%", 100.0 * n / total))));
    line("");
  }

  // ---- latency

  /** Busy below this many cores, the process counts as settled. */
  private static final double SETTLED_CORES = 0.25;
  private static final Duration SETTLE_WINDOW = Duration.ofSeconds(2);
  private static final Duration SETTLE_AT_MOST = Duration.ofMinutes(5);

  /**
   * Waits until the process is quiet before timing: after a load, Solr merges segments, opens and
   * warms searchers and the index-wide facet counts are recounted, and requests timed meanwhile
   * measured that work (the same code's ratios swung 1.2–2.4 between runs). Quiet means the whole
   * process used under {@value #SETTLED_CORES} of a core over a two-second window; it waits at most
   * five minutes, and says how long it waited.
   */
  private static String settle() throws InterruptedException {
    long started = System.nanoTime();
    double cores;
    do {
      long cpu = cpuNanos();
      long t = System.nanoTime();
      Thread.sleep(SETTLE_WINDOW.toMillis());
      cores = (cpuNanos() - cpu) / (double) (System.nanoTime() - t);
    } while (cores >= SETTLED_CORES && System.nanoTime() - started < SETTLE_AT_MOST.toNanos());
    return String.format(Locale.ROOT, "Waited %.0f s for the process to settle (%.2f cores busy at the end%s).",
        (System.nanoTime() - started) / 1e9, cores, cores >= SETTLED_CORES ? ", not settled" : "");
  }

  private void latency(ConfigurableApplicationContext app, String apiBase, String solrSelect, Options options)
      throws Exception {
    String settled = settle();
    SearchService search = app.getBean(SearchService.class);
    SolrConnection solr = app.getBean(SolrConnection.class);
    long size = solr.client().query(solr.collection(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    // Three facet filters that exist: the most frequent country, topic and source of the whole index.
    SearchResult browse = search.search(SearchRequest.of(null, SearchFilters.NONE, 1, Lang.AR));
    Map<Facet, List<String>> three = new LinkedHashMap<>();
    for (Facet facet : List.of(Facet.COUNTRY, Facet.TOPIC, Facet.SOURCE)) {
      browse.facets().stream().filter(f -> f.name().equals(facet.field())).findFirst()
          .filter(f -> !f.values().isEmpty())
          .ifPresent(f -> three.put(facet, List.of(f.values().get(0).id())));
    }
    Map<String, List<Pair>> kinds = new LinkedHashMap<>();
    List<Pair> plain = new ArrayList<>();
    List<Pair> faceted = new ArrayList<>();
    List<Pair> suggest = new ArrayList<>();
    List<Pair> export = new ArrayList<>();
    List<Pair> browsing = new ArrayList<>();
    for (String word : WORDS) {
      SearchRequest request = SearchRequest.of(word, SearchFilters.NONE, 10, Lang.AR);
      plain.add(new Pair(apiBase + "/api/search?q=" + enc(word), List.of(solrSelect + search.solrQuery(request).toQueryString() + "&wt=json")));
      plain.get(plain.size() - 1).request = request;
      SearchFilters filters = new SearchFilters(three, Map.of(), null, null);
      SearchRequest filtered = new SearchRequest(word, null, filters, SearchRequest.Sort.RELEVANCE, 0, 10, null,
          false, SearchRequest.DateGap.YEAR, Lang.AR);
      StringBuilder apiQuery = new StringBuilder("/api/search?q=" + enc(word) + "&dates=year");
      three.forEach((facet, values) -> apiQuery.append('&').append(facet.field()).append('=').append(enc(values.get(0))));
      faceted.add(new Pair(apiBase + apiQuery, List.of(solrSelect + search.solrQuery(filtered).toQueryString() + "&wt=json")));
      faceted.get(faceted.size() - 1).request = filtered;
      String prefix = word.substring(0, Math.min(3, word.length()));
      suggest.add(new Pair(apiBase + "/api/suggest?q=" + enc(prefix),
          List.of(solrSelect + SuggestService.titleQuery(prefix, 6).toQueryString() + "&wt=json")));
      export.add(new Pair(apiBase + "/api/search/export?max=1000&q=" + enc(word), List.of(), request, search, solrSelect));
      // Browsing: no text, no filter; Solr's equivalent counts every facet of the whole index.
      SearchRequest all = SearchRequest.of(null, SearchFilters.NONE, 10, Lang.AR);
      browsing.add(new Pair(apiBase + "/api/search", List.of(solrSelect + search.solrQuery(all).toQueryString() + "&wt=json")));
    }
    kinds.put("plain query (`q=<word>`, facets, highlighting, histogram)", plain);
    kinds.put("3 facet filters + `dates=year`", faceted);
    kinds.put("suggest (3-letter prefix)", suggest);
    kinds.put("export (1,000 hits, JSON lines vs cursor pages)", export);
    kinds.put("browse (no `q`, no filter: facets of the whole index)", browsing);

    for (Pair warm : kinds.values().stream().flatMap(List::stream).toList()) {
      for (int i = 0; i < 3; i++) {
        warm.timeApi(http);
        warm.timeSolr(http, json);
      }
    }
    List<List<Timings>> runs = new ArrayList<>();
    for (int run = 0; run < options.runs(); run++) {
      List<Timings> timings = new ArrayList<>();
      for (Map.Entry<String, List<Pair>> kind : kinds.entrySet()) {
        int n = kind.getValue().size() * options.rounds();
        double[] api = new double[n];
        double[] direct = new double[n];
        int apiErrors = 0;
        int solrErrors = 0;
        int i = 0;
        for (int round = 0; round < options.rounds(); round++) {
          for (Pair pair : kind.getValue()) {
            // Interleaved, and which goes first alternates: both sides see the same machine.
            boolean apiFirst = (round + i) % 2 == 0;
            double a;
            double s;
            if (apiFirst) {
              a = pair.timeApi(http);
              s = pair.timeSolr(http, json);
            } else {
              s = pair.timeSolr(http, json);
              a = pair.timeApi(http);
            }
            apiErrors += a < 0 ? 1 : 0;
            solrErrors += s < 0 ? 1 : 0;
            api[i] = Math.abs(a);
            direct[i] = Math.abs(s);
            i++;
          }
        }
        timings.add(new Timings(kind.getKey(), "API", api, apiErrors));
        timings.add(new Timings(kind.getKey(), "Solr", direct, solrErrors));
      }
      runs.add(timings);
      System.out.println("latency run " + (run + 1) + " of " + options.runs() + " done");
    }
    line("## Query latency at " + size + " documents (ms, one client, API and Solr interleaved)");
    line("");
    line(options.runs() + " runs of " + options.rounds() + " rounds over " + WORDS.size()
        + " words; each cell is the median over runs; the runs are listed below. Facet filters: "
        + three + ". Load average before: " + loadAverage() + ". " + settled);
    line("");
    line("| request | API p50 | API p95 | API p99 | Solr p50 | Solr p95 | Solr p99 | API ÷ Solr (p50) | errors |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    int rows = runs.get(0).size();
    for (int r = 0; r < rows; r += 2) {
      int row = r;
      double[][] api = runs.stream().map(t -> percentiles(t.get(row).millis())).toArray(double[][]::new);
      double[][] direct = runs.stream().map(t -> percentiles(t.get(row + 1).millis())).toArray(double[][]::new);
      int errors = runs.stream().mapToInt(t -> t.get(row).errors() + t.get(row + 1).errors()).sum();
      double[] a = {median(api, 0), median(api, 1), median(api, 2)};
      double[] s = {median(direct, 0), median(direct, 1), median(direct, 2)};
      line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %d |",
          runs.get(0).get(r).kind(), a[0], a[1], a[2], s[0], s[1], s[2], a[0] / s[0], errors));
    }
    line("");
    breakdown(search, solr, app.getBean(ObjectMapper.class), plain, faceted, options);
    if (options.clients() > 1) {
      concurrent(kinds, size, options);
    }
    line("Per run (API p50/p95/p99 vs Solr p50/p95/p99):");
    line("");
    for (int run = 0; run < runs.size(); run++) {
      StringBuilder b = new StringBuilder("- run " + (run + 1) + ":");
      for (int r = 0; r < rows; r += 2) {
        double[] a = percentiles(runs.get(run).get(r).millis());
        double[] s = percentiles(runs.get(run).get(r + 1).millis());
        b.append(String.format(Locale.ROOT, " %s %.1f/%.1f/%.1f vs %.1f/%.1f/%.1f;",
            shortKind(runs.get(run).get(r).kind()), a[0], a[1], a[2], s[0], s[1], s[2]));
      }
      line(b.toString());
    }
    line("");
  }

  /**
   * The same requests from N concurrent clients, each a closed loop over every request kind in its
   * own shuffled order (API and Solr interleaved, which goes first alternating), a quarter of the
   * one-client rounds: latency under contention and throughput.
   */
  private void concurrent(Map<String, List<Pair>> kinds, long size, Options options) throws Exception {
    int clients = options.clients();
    int rounds = Math.max(2, options.rounds() / 4);
    List<Map.Entry<String, Pair>> all = new ArrayList<>();
    kinds.forEach((kind, pairs) -> pairs.forEach(pair -> all.add(Map.entry(kind, pair))));
    Map<String, List<Double>> api = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, List<Double>> direct = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, java.util.concurrent.atomic.AtomicInteger> errors = new java.util.concurrent.ConcurrentHashMap<>();
    kinds.keySet().forEach(kind -> {
      api.put(kind, java.util.Collections.synchronizedList(new ArrayList<>()));
      direct.put(kind, java.util.Collections.synchronizedList(new ArrayList<>()));
      errors.put(kind, new java.util.concurrent.atomic.AtomicInteger());
    });
    String load = loadAverage();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(7 + c);
      futures.add(pool.submit(() -> {
        for (int round = 0; round < rounds; round++) {
          List<Map.Entry<String, Pair>> order = new ArrayList<>(all);
          java.util.Collections.shuffle(order, random);
          for (int i = 0; i < order.size(); i++) {
            Map.Entry<String, Pair> e = order.get(i);
            boolean apiFirst = (round + i) % 2 == 0;
            double a = apiFirst ? e.getValue().timeApi(http) : 0;
            double s = e.getValue().timeSolr(http, json);
            a = apiFirst ? a : e.getValue().timeApi(http);
            api.get(e.getKey()).add(Math.abs(a));
            direct.get(e.getKey()).add(Math.abs(s));
            if (a < 0 || s < 0) {
              errors.get(e.getKey()).incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long requests = api.values().stream().mapToLong(List::size).sum() * 2;
    line("### " + clients + " concurrent clients at " + size + " documents (ms)");
    line("");
    line(String.format(Locale.ROOT, "%d clients, %d rounds each over the same requests in shuffled order; %d requests"
        + " (API and Solr) in %.0f s, %.1f requests/s. Load average before: %s.", clients, rounds, requests, seconds,
        requests / seconds, load));
    line("");
    line("| request | API p50 | API p95 | API p99 | Solr p50 | Solr p95 | Solr p99 | API ÷ Solr (p50) | errors |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String kind : kinds.keySet()) {
      double[] a = percentiles(api.get(kind).stream().mapToDouble(Double::doubleValue).toArray());
      double[] s = percentiles(direct.get(kind).stream().mapToDouble(Double::doubleValue).toArray());
      line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %d |",
          kind, a[0], a[1], a[2], s[0], s[1], s[2], a[0] / s[0], errors.get(kind).get()));
    }
    line("");
  }

  /**
   * Where the API's time goes, for the plain and the faceted query: the same request timed at each
   * layer, interleaved: Solr over HTTP/1.1 as JSON (the direct request), SolrJ inside the app
   * (javabin over HTTP/2, the app's client), {@code SearchService.search} (SolrJ plus shaping the
   * result: labels, snippets, histogram) and the API over HTTP (plus Spring MVC and Jackson).
   */
  private void breakdown(SearchService search, SolrConnection solr, ObjectMapper mapper, List<Pair> plain,
      List<Pair> faceted, Options options) throws Exception {
    line("Where the API's time goes (p50 ms over " + options.rounds() + " rounds, interleaved):");
    line("");
    line("| request | Solr direct (HTTP/1.1, JSON) | SolrJ in the app (javabin, HTTP/2) | SearchService.search | + Jackson | API (HTTP, Spring, JSON) | API, server side (mean) | a trivial API request |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    URI trivial = URI.create(plain.get(0).api.toString().replaceFirst("/api/search.*", "/opensearch.xml"));
    for (var kind : List.of(Map.entry("plain query", plain), Map.entry("3 facet filters + dates=year", faceted))) {
      int n = kind.getValue().size() * options.rounds();
      double[][] t = new double[6][n];
      double[] before = serverSide(trivial);
      int i = 0;
      for (int round = 0; round < options.rounds(); round++) {
        for (Pair pair : kind.getValue()) {
          t[0][i] = Math.abs(pair.timeSolr(http, json));
          long start = System.nanoTime();
          solr.client().query(solr.collection(), search.solrQuery(pair.request));
          t[1][i] = (System.nanoTime() - start) / 1e6;
          start = System.nanoTime();
          search.search(pair.request);
          t[2][i] = (System.nanoTime() - start) / 1e6;
          start = System.nanoTime();
          mapper.writeValueAsBytes(search.search(pair.request));
          t[3][i] = (System.nanoTime() - start) / 1e6;
          t[4][i] = Math.abs(pair.timeApi(http));
          start = System.nanoTime();
          http.send(HttpRequest.newBuilder(trivial).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
          t[5][i] = (System.nanoTime() - start) / 1e6;
          i++;
        }
      }
      double[] after = serverSide(trivial);
      line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", kind.getKey(),
          percentiles(t[0])[0], percentiles(t[1])[0], percentiles(t[2])[0], percentiles(t[3])[0],
          percentiles(t[4])[0], 1000 * (after[1] - before[1]) / Math.max(1, after[0] - before[0]), percentiles(t[5])[0]));
      line(String.format(Locale.ROOT, "| %s, means | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", kind.getKey(),
          mean(t[0]), mean(t[1]), mean(t[2]), mean(t[3]), mean(t[4]),
          1000 * (after[1] - before[1]) / Math.max(1, after[0] - before[0]), mean(t[5])));
    }
    line("");
  }

  /** Count and total seconds of {@code /api/search} requests as the app's own metrics saw them. */
  private double[] serverSide(URI any) throws Exception {
    URI metrics = URI.create(any.toString().replace("/opensearch.xml",
        "/actuator/metrics/http.server.requests?tag=uri:/api/search"));
    JsonNode body = json.readTree(http.send(HttpRequest.newBuilder(metrics).header("Authorization", API_AUTH).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
    double count = 0;
    double total = 0;
    for (JsonNode m : body.path("measurements")) {
      if (m.path("statistic").asText().equals("COUNT")) {
        count = m.path("value").asDouble();
      } else if (m.path("statistic").asText().equals("TOTAL_TIME")) {
        total = m.path("value").asDouble();
      }
    }
    return new double[] {count, total};
  }

  /** One request kind's pair: the API request and the Solr request(s) Marsad sends for it. */
  private static final class Pair {
    private final URI api;
    private final List<URI> solr;
    private SearchRequest request;
    private final SearchRequest exportRequest;
    private final SearchService search;
    private final String solrSelect;

    Pair(String api, List<String> solr) {
      this(api, solr, null, null, null);
    }

    Pair(String api, List<String> solr, SearchRequest exportRequest, SearchService search, String solrSelect) {
      this.api = URI.create(api);
      this.solr = solr.stream().map(URI::create).toList();
      this.exportRequest = exportRequest;
      this.search = search;
      this.solrSelect = solrSelect;
    }

    /** Milliseconds, negative when the answer was not a 200. */
    double timeApi(HttpClient http) throws Exception {
      long t = System.nanoTime();
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(api).header("Authorization", API_AUTH)
          .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      double ms = (System.nanoTime() - t) / 1e6;
      return response.statusCode() == 200 ? ms : -ms;
    }

    double timeSolr(HttpClient http, ObjectMapper json) throws Exception {
      long t = System.nanoTime();
      boolean ok = true;
      if (exportRequest == null) {
        for (URI uri : solr) {
          ok &= http.send(HttpRequest.newBuilder(uri).header("Authorization", SOLR_AUTH).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        }
      } else {
        // The export's equivalent: the same cursor walk, straight from Solr as JSON.
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        for (int written = 0; written < 1000; ) {
          SolrQuery q = search.solrExportQuery(exportRequest, cursor, Math.min(500, 1000 - written));
          HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
              URI.create(solrSelect + q.toQueryString() + "&wt=json")).header("Authorization", SOLR_AUTH).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
          ok &= response.statusCode() == 200;
          JsonNode body = json.readTree(response.body());
          int got = body.path("response").path("docs").size();
          String next = body.path("nextCursorMark").asText();
          written += got;
          if (got == 0 || next.equals(cursor)) {
            break;
          }
          cursor = next;
        }
      }
      double ms = (System.nanoTime() - t) / 1e6;
      return ok ? ms : -ms;
    }
  }

  // ---- size, synthetic documents, re-tagging

  private void footprint(SolrConnection solr, Path indexDir) throws Exception {
    long docs = solr.client().query(solr.collection(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    long bytes;
    try (Stream<Path> files = Files.walk(indexDir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long rss = rssBytes();
    double per100k = 100_000.0 / Math.max(1, docs);
    line("## Footprint at " + docs + " documents");
    line("");
    line("| measure | total | per 100k documents |");
    line("| --- | ---: | ---: |");
    line(String.format(Locale.ROOT, "| index on disk | %.1f MB | %.1f MB |", bytes / 1e6, bytes / 1e6 * per100k));
    line(String.format(Locale.ROOT, "| heap used after GC (app + Solr node + corpora held by the benchmark) | %.0f MB | — |", heap / 1e6));
    line(String.format(Locale.ROOT, "| process RSS | %.0f MB | — |", rss / 1e6));
    line("");
  }

  /**
   * Adds {@code count} distinct documents recombined from the indexed ones ({@link SyntheticNews}:
   * halves of two real titles, paragraphs of three, real facet values, a new id and a random date);
   * posted straight to Solr in batches, as the 1M-document run of the issue did.
   */
  private void synthesize(SolrConnection solr, long first, long count) throws Exception {
    List<SolrDocument> seeds = new ArrayList<>();
    SolrQuery all = new SolrQuery("*:*").setRows(1000).setSort(SolrQuery.SortClause.asc("id"))
        .setFields("title", "abstract", "body", "source", "actor", "country", "topic", "language", "category");
    // Seeds are the real documents only, however many synthetic ones an earlier step added.
    all.addFilterQuery("-id:" + SyntheticNews.ID_PREFIX + "*");
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      all.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = solr.client().query(solr.collection(), all);
      seeds.addAll(page.getResults());
      if (page.getNextCursorMark().equals(cursor)) {
        break;
      }
      cursor = page.getNextCursorMark();
    }
    SyntheticNews generator = new SyntheticNews(seeds, 42 + first);
    long start = System.nanoTime();
    // Two senders keep both cores busy: one batch is generated while Solr indexes the other
    // (on SolrCloud the leader also waits for its replica). At most four batches are in flight.
    ExecutorService senders = Executors.newFixedThreadPool(SYNTHETIC_SENDERS);
    Semaphore inFlight = new Semaphore(2 * SYNTHETIC_SENDERS);
    List<Future<?>> sent = new ArrayList<>();
    try {
      List<SolrInputDocument> batch = new ArrayList<>();
      for (long n = first; n < first + count; n++) {
        batch.add(generator.next(n, true));
        if (batch.size() == 1000 || n == first + count - 1) {
          List<SolrInputDocument> full = batch;
          batch = new ArrayList<>();
          inFlight.acquire();
          sent.add(senders.submit(() -> {
            try {
              solr.client().add(solr.collection(), full);
            } finally {
              inFlight.release();
            }
            return null;
          }));
          if ((n + 1) % 50_000 == 0) {
            System.out.printf(Locale.ROOT, "\rsynthetic %d/%d", n + 1, first + count);
          }
        }
      }
      for (Future<?> future : sent) {
        future.get(); // a failed batch fails the run
      }
    } finally {
      senders.shutdownNow();
    }
    solr.client().commit(solr.collection());
    double seconds = (System.nanoTime() - start) / 1e9;
    line(String.format(Locale.ROOT, "Added %d synthetic documents (paragraphs of %d real ones recombined) in %.0f s (%.0f docs/s).",
        count, seeds.size(), seconds, count / seconds));
    line("");
  }

  private void retag(String apiBase) throws Exception {
    // The reload answers at once (202) and re-tags in the background: the answer is reported as is.
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create(apiBase + "/api/admin/knowledge-base/reload")).header("Authorization", API_AUTH)
        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    line("## Re-tagging after a knowledge-base reload");
    line("");
    line("HTTP " + response.statusCode() + ": `" + response.body() + "`");
    line("");
  }

  // ---- helpers

  private void machine(Options options) throws IOException {
    String cpu = "unknown";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }
    line("## Machine and command");
    line("");
    line("- " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
        + ManagementFactory.getOperatingSystemMXBean().getArch() + ", Java " + System.getProperty("java.version")
        + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
    line("- load average at the start: " + loadAverage() + " (the machine is shared with other builds: figures are noisy)");
    line("- corpora: " + options.corpora().stream().map(p -> p.getFileName().toString()).toList());
    line("- command: `./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.ScaleBenchmark "
        + "-Dexec.args=\"<corpora> [--synthetic N[,N2...]] [--rounds R] [--runs K] [--profile N] [--retag] [--clients N] [--cloud] [--out FILE]\"`"
        + " (this run: `--synthetic " + options.synthetic() + " --rounds " + options.rounds() + " --runs " + options.runs()
        + " --profile " + options.profile() + (options.clients() > 1 ? " --clients " + options.clients() : "")
        + (options.cloud() ? " --cloud" : "") + "`)");
    line("- Solr: " + (options.cloud() ? "SolrCloud, 2 shards x 2 replicas on two in-process nodes (the layout of"
        + " docker/compose.cloud.yml)" : "the app's embedded node"));
    line("");
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " / "
          + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1] + " / "
          + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[2] + " (1/5/15 min)";
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static long rssBytes() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static SolrInputDocument plainDocument(Extracted doc) {
    SolrInputDocument solr = new SolrInputDocument();
    solr.setField("id", doc.id());
    solr.setField("title", doc.title());
    solr.setField("body", doc.body());
    return solr;
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String shortKind(String kind) {
    return kind.startsWith("3 facet") ? "faceted" : kind.split(" ")[0];
  }

  private static double[] percentiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new double[] {Latencies.at(sorted, 0.50), Latencies.at(sorted, 0.95), Latencies.at(sorted, 0.99)};
  }


  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  private static double median(double[][] perRun, int column) {
    double[] values = Arrays.stream(perRun).mapToDouble(r -> r[column]).sorted().toArray();
    return values[values.length / 2];
  }

  /** The corpus's {@code .tar.gz}: the path itself, or the one archive in a folder (as ANT v1.1 comes). */
  static Path archive(Path corpus) {
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.list(corpus)) {
        return files.filter(TarGzReader::isTarGz).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No .tar.gz in " + corpus));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return corpus;
  }

  static List<FileEntry> read(Path archive) throws IOException {
    List<FileEntry> entries = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (entry.isFile()) {
          entries.add(new FileEntry(archive.getFileName() + "/" + entry.getName(), tar.readAllBytes()));
        }
      }
    }
    System.out.println("read " + entries.size() + " files from " + archive);
    return entries;
  }

  private static void createCore(SolrClient client, String name, String configset) throws Exception {
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName(name);
    create.setConfigSet(configset);
    create.process(client);
  }

  private static Options options(String[] args) {
    List<Path> corpora = new ArrayList<>();
    List<Long> synthetic = new ArrayList<>();
    int rounds = 30;
    int runs = 3;
    int profile = 2000;
    boolean retag = false;
    int clients = 0;
    boolean cloud = false;
    Path out = Path.of("docs/benchmarks.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--synthetic" -> {
          for (String size : args[++i].split(",")) {
            synthetic.add(Long.parseLong(size.strip()));
          }
        }
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--profile" -> profile = Integer.parseInt(args[++i]);
        case "--retag" -> retag = true;
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--cloud" -> cloud = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> corpora.add(archive(Path.of(args[i]).toAbsolutePath().normalize()));
      }
    }
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException("Usage: ScaleBenchmark <corpus.tar.gz or folder>... [--synthetic N] "
          + "[--rounds R] [--runs K] [--profile N] [--retag] [--clients N] [--cloud] [--out FILE]");
    }
    return new Options(corpora, synthetic, rounds, runs, profile, retag, clients, cloud, out);
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  /** Writes what is measured so far, so a run stopped early still leaves its figures. */
  private void flush(Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report + "\n(run in progress: figures so far)\n", StandardCharsets.UTF_8);
  }
}
