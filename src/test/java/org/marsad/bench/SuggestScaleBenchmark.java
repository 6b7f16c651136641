package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.search.SuggestService;
import org.marsad.solr.Configset;
import org.marsad.solr.SolrConnection;
import org.marsad.solr.SolrConnector;
import org.marsad.solr.SolrProperties;

/**
 * The title half of {@code /api/suggest} at scale, alone: an embedded node with Marsad's configset,
 * filled with N synthetic documents ({@link SyntheticNews}: halves of real titles recombined, random
 * dates), then the very title query {@link SuggestService#titleQuery} sends, for every keystroke of
 * the words in {@link Latencies#TYPED} (one letter, two, ... the whole word), timed against ways of
 * ordering it: wall p50/p95/p99 per request and process CPU per request (node and client share
 * the process), also for the one-letter keystrokes alone, one client, variants interleaved round
 * by round. Solr's query result cache is switched off on this node (through the
 * Config API), so every request is computed, as a keystroke nobody typed before would be.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx3g ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.SuggestScaleBenchmark \
 *     -Dexec.args="../shared/data/ant-v1.1 ../shared/data/ant-multisource-v2.1 --docs 100000,1000000"
 * </pre>
 *
 * Arguments: corpora (a {@code .tar.gz}, a folder holding one, or a folder of news XML files),
 * then {@code --docs N[,N2...]} (1000000) index sizes, grown in steps and measured at each;
 * {@code --rounds R} (20) measured rounds after 3 warm-up rounds; {@code --limit L} (6, the API's
 * default) titles per request. The documents hold what the title query reads (id, title and its
 * prefix field, date) and no text: the query's cost is that of the title prefix postings and the
 * date column, which the body does not change, and a million such documents index in minutes.
 */
public final class SuggestScaleBenchmark {

  private static final int WARM_UP_ROUNDS = 3;
  private static final int BATCH = 2000;
  /** The node's admin, who alone may change its configuration: this run's only. */
  private static final String ADMIN_PASSWORD = "bench-" + UUID.randomUUID();
  private static final String SCORE_THEN_DATE = "score desc, published desc, id asc";

  private record Options(List<Path> corpora, List<Long> sizes, int rounds, int limit) {}

  /** A way of asking for titles: the shipped query with some parameters overridden. */
  private record Variant(String name, Consumer<SolrQuery> change) {}

  /**
   * Timings of one variant, per request: wall and process CPU milliseconds, for the whole typed
   * words, every keystroke, and the one-letter keystrokes (the prefixes that match most titles).
   */
  private record Timings(List<Double> words, List<Double> keystrokes, List<Double> keystrokeCpu,
      List<Double> oneLetter, List<Double> oneLetterCpu) {

    Timings() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  public static void main(String[] args) throws Exception {
    new SuggestScaleBenchmark().run(options(args));
    System.exit(0);
  }

  private void run(Options options) throws Exception {
    List<SolrDocument> seeds = new ArrayList<>();
    for (Path corpus : options.corpora()) {
      seeds.addAll(seeds(corpus));
    }
    System.out.printf(Locale.ROOT, "%d real titles to recombine%n", seeds.size());
    Path dataDir = Files.createTempDirectory("marsad-suggest-bench");
    System.setProperty("solr.log.dir", dataDir.resolve("logs").toString());
    SolrProperties settings = new SolrProperties(SolrProperties.Mode.EMBEDDED, "news", "marsad", null, null, null, 1, 1,
        new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(300))
        .withCredentials("marsad", "bench-" + UUID.randomUUID(), "solr-admin", ADMIN_PASSWORD);
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      withoutQueryResultCache(solr);
      SyntheticNews generator = new SyntheticNews(seeds, 42);
      long made = 0;
      for (long size : options.sizes()) {
        long start = System.nanoTime();
        made = fill(solr, generator, made, size);
        System.out.printf(Locale.ROOT, "%n%d documents, added in %.0f s%n", made, (System.nanoTime() - start) / 1e9);
        measure(solr, made, options);
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dataDir)) {
        paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The variants compared: what shipped before, the options, and what ships now. */
  private static List<Variant> variants(int limit) {
    String exact = String.valueOf(Integer.MAX_VALUE);
    String competitive = String.valueOf(limit);
    return List.of(
        new Variant("before: score, then date; every match counted", q -> {
          q.set("sort", SCORE_THEN_DATE);
          q.set("minExactCount", exact);
        }),
        new Variant("score, then date; minExactCount=" + limit, q -> {
          q.set("sort", SCORE_THEN_DATE);
          q.set("minExactCount", competitive);
        }),
        new Variant("score only; minExactCount=" + limit, q -> {
          q.set("sort", "score desc");
          q.set("minExactCount", competitive);
        }),
        new Variant("date only (newest); minExactCount=" + limit, q -> {
          q.set("sort", "published desc, id asc");
          q.set("minExactCount", competitive);
        }),
        new Variant("as shipped (SuggestService.titleQuery)", q -> {}));
  }

  private void measure(SolrConnection solr, long size, Options options) throws Exception {
    List<String> keystrokes = new ArrayList<>();
    for (String word : Latencies.TYPED) {
      for (int end = 1; end <= word.length(); end++) {
        keystrokes.add(word.substring(0, end));
      }
    }
    List<Variant> variants = variants(options.limit());
    Map<String, Timings> timings = new LinkedHashMap<>();
    variants.forEach(v -> timings.put(v.name(), new Timings()));
    for (int round = 0; round < WARM_UP_ROUNDS + options.rounds(); round++) {
      for (int i = 0; i < variants.size(); i++) {
        // A different variant goes first each round, so none always follows the same one.
        Variant variant = variants.get((i + round) % variants.size());
        Timings t = timings.get(variant.name());
        for (String typed : keystrokes) {
          SolrQuery query = SuggestService.titleQuery(typed, options.limit());
          variant.change().accept(query);
          long cpu = cpuNanos();
          long start = System.nanoTime();
          solr.client().query(solr.collection(), query);
          double millis = (System.nanoTime() - start) / 1e6;
          double cpuMillis = (cpuNanos() - cpu) / 1e6;
          if (round >= WARM_UP_ROUNDS) {
            t.keystrokes().add(millis);
            t.keystrokeCpu().add(cpuMillis);
            if (Latencies.TYPED.contains(typed)) {
              t.words().add(millis);
            }
            if (typed.length() == 1) {
              t.oneLetter().add(millis);
              t.oneLetterCpu().add(cpuMillis);
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%n## Title suggestions at %d documents (%d rounds, %d titles per request, 1 client)%n%n",
        size, options.rounds(), options.limit());
    System.out.println("| variant | typed words p50 / p95 / p99 ms | every keystroke p50 / p95 / p99 ms | CPU ms/request"
        + " | one letter p50 / p95 / p99 ms | one letter CPU ms/request |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    timings.forEach((name, t) -> System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %.2f |%n", name,
        percentiles(t.words()), percentiles(t.keystrokes()), mean(t.keystrokeCpu()),
        percentiles(t.oneLetter()), mean(t.oneLetterCpu())));
    matches(solr, keystrokes, options.limit());
  }

  /** How many titles each keystroke matches, and whether the shipped order returns the same titles. */
  private static void matches(SolrConnection solr, List<String> keystrokes, int limit) throws Exception {
    System.out.println();
    System.out.println("| typed | titles matching | shipped titles also in the 'before' top " + limit + " |");
    System.out.println("| --- | ---: | ---: |");
    for (String typed : keystrokes) {
      SolrQuery before = SuggestService.titleQuery(typed, limit);
      variants(limit).get(0).change().accept(before);
      var exact = solr.client().query(solr.collection(), before).getResults();
      var shipped = solr.client().query(solr.collection(), SuggestService.titleQuery(typed, limit)).getResults();
      List<Object> beforeIds = exact.stream().map(d -> d.getFirstValue("id")).toList();
      long same = shipped.stream().filter(d -> beforeIds.contains(d.getFirstValue("id"))).count();
      System.out.printf(Locale.ROOT, "| %s | %d | %d/%d |%n", typed, exact.getNumFound(), same, shipped.size());
    }
  }

  private static long fill(SolrConnection solr, SyntheticNews generator, long from, long to) throws Exception {
    List<SolrInputDocument> batch = new ArrayList<>();
    for (long n = from; n < to; n++) {
      batch.add(generator.next(n, false));
      if (batch.size() == BATCH || n == to - 1) {
        solr.client().add(solr.collection(), batch);
        batch.clear();
        if ((n + 1) % 50_000 == 0) {
          System.out.printf(Locale.ROOT, "\rsynthetic %d/%d", n + 1, to);
        }
      }
    }
    solr.client().commit(solr.collection());
    return to;
  }

  /** Real titles (and dates) of news XML files, as Solr documents to recombine. */
  private static List<SolrDocument> seeds(Path corpus) throws Exception {
    NewsXmlReader reader = new NewsXmlReader();
    List<SolrDocument> seeds = new ArrayList<>();
    List<ScaleBenchmark.FileEntry> files = new ArrayList<>();
    boolean folderOfFiles;
    try (Stream<Path> list = Files.isDirectory(corpus) ? Files.list(corpus) : Stream.of(corpus)) {
      folderOfFiles = list.noneMatch(org.marsad.ingest.TarGzReader::isTarGz);
    }
    if (folderOfFiles) {
      try (Stream<Path> walk = Files.walk(corpus)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.add(new ScaleBenchmark.FileEntry(file.toString(), Files.readAllBytes(file)));
        }
      }
    } else {
      files.addAll(ScaleBenchmark.read(ScaleBenchmark.archive(corpus)));
    }
    for (ScaleBenchmark.FileEntry file : files) {
      String text = new String(file.bytes(), StandardCharsets.UTF_8);
      if (!reader.accepts(text)) {
        continue;
      }
      for (ExtractedDocument doc : reader.read(file.name(), text)) {
        if (doc.title() != null && !doc.title().isBlank()) {
          SolrDocument seed = new SolrDocument();
          seed.setField("title", doc.title());
          seeds.add(seed);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d titles from %s%n", seeds.size(), corpus);
    return seeds;
  }

  /** Every computed request is what a new keystroke costs: the node keeps no result lists. */
  private static void withoutQueryResultCache(SolrConnection solr) throws Exception {
    String overlay = "{\"set-property\": {\"query.queryResultCache.enabled\": false}}";
    try (Http2SolrClient admin = new Http2SolrClient.Builder(solr.nodeBaseUrl())
        .withBasicAuthCredentials("solr-admin", ADMIN_PASSWORD).withRequestTimeout(60, TimeUnit.SECONDS).build()) {
      new GenericSolrRequest(SolrRequest.METHOD.POST, "/config")
          .setRequiresCollection(true)
          .withContent(overlay.getBytes(StandardCharsets.UTF_8), "application/json")
          .process(admin, solr.collection());
    }
  }

  private static String percentiles(List<Double> millis) {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(Locale.ROOT, "%.2f / %.2f / %.2f",
        Latencies.at(sorted, 0.50), Latencies.at(sorted, 0.95), Latencies.at(sorted, 0.99));
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Options options(String[] args) {
    List<Path> corpora = new ArrayList<>();
    List<Long> sizes = new ArrayList<>(List.of(1_000_000L));
    int rounds = 20;
    int limit = 6;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> {
          sizes.clear();
          Arrays.stream(args[++i].split(",")).map(String::strip).map(Long::parseLong).forEach(sizes::add);
        }
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        default -> corpora.add(Path.of(args[i]));
      }
    }
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException("Usage: SuggestScaleBenchmark <corpus>... [--docs N[,N2...]] [--rounds R] [--limit L]");
    }
    return new Options(corpora, sizes, rounds, limit);
  }
}
