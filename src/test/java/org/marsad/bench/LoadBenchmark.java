package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.marsad.MarsadApplication;
import org.marsad.solr.SolrSecurity;
import org.marsad.solr.TwoNodeSolrCloud;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bounded load test: N concurrent clients, each in a closed loop (next request when the last
 * answered), send a mix of searches, suggestions, document views and uploads to the app over the
 * loopback for a fixed time, then stop by themselves. The app runs in this JVM with its embedded
 * Solr node and the bundled sample corpus; {@code --cloud} runs the same mix once more against a
 * SolrCloud of 2 shards x 2 replicas on two in-process nodes ({@link TwoNodeSolrCloud}, the layout
 * of {@code docker/compose.cloud.yml}). Prints per run: requests and errors per kind (the check:
 * 0 errors), latency p50/p95/p99/max per kind, throughput, heap used after a full GC before,
 * at each quarter of the run (three forced GCs inside the timed run) and after, and the machine's load.
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.LoadBenchmark \
 *     -Dexec.args="--clients 1,8 --seconds 120 --cloud"
 * </pre>
 *
 * Options: {@code --clients LIST} (default {@code 8}; a run for each count, in order, on the same
 * app), {@code --seconds S} (120) per run, {@code --warmup S} (15) of one client before the first
 * run, {@code --cloud} (a run with the largest client count against SolrCloud), {@code --mix
 * search,suggest,view,upload} in percent (50,30,15,5). Exits non-zero if any request failed.
 */
public final class LoadBenchmark {

  /** A request kind of the mix. */
  enum Kind { SEARCH, SUGGEST, VIEW, UPLOAD }

  private record Options(List<Integer> clients, int seconds, int warmup, boolean cloud, int[] mix) {}

  /** What one run measured. */
  private record Run(String target, int clients, int seconds, Map<Kind, long[]> micros, Map<Kind, Long> errors,
      List<String> errorSamples, List<Long> heap, String loadBefore, String loadAfter) {}

  private static final String KEY = "load-" + UUID.randomUUID();
  private static final String SOLR_PASSWORD = "load-" + UUID.randomUUID();
  private static final String SOLR_ADMIN_PASSWORD = "load-" + UUID.randomUUID();

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong uploads = new AtomicLong();

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = options(args);
    LoadBenchmark bench = new LoadBenchmark();
    List<Run> runs = new ArrayList<>();
    Path dataDir = Files.createTempDirectory("marsad-load-bench");
    System.setProperty("solr.log.dir", dataDir.resolve("logs").toString());
    try {
      try (ConfigurableApplicationContext app = start(dataDir.resolve("embedded"), List.of(
          "--marsad.solr.embedded.port=0", "--marsad.solr.username=marsad", "--marsad.solr.password=" + SOLR_PASSWORD,
          "--marsad.solr.admin-username=solr-admin", "--marsad.solr.admin-password=" + SOLR_ADMIN_PASSWORD))) {
        String base = base(app);
        bench.warmUp(base, options.warmup());
        for (int clients : options.clients()) {
          runs.add(bench.run("embedded node", base, clients, options));
        }
      }
      if (options.cloud()) {
        SolrSecurity users = new SolrSecurity("marsad", SOLR_PASSWORD, "solr-admin", SOLR_ADMIN_PASSWORD);
        try (TwoNodeSolrCloud cloud = TwoNodeSolrCloud.start(dataDir.resolve("cloud"), "news", users);
            ConfigurableApplicationContext app = start(dataDir.resolve("cloud-app"), cloud.commandLine())) {
          String base = base(app);
          bench.warmUp(base, options.warmup());
          int clients = options.clients().stream().mapToInt(Integer::intValue).max().orElse(8);
          runs.add(bench.run("SolrCloud 2 shards x 2 replicas, 2 nodes", base, clients, options));
        }
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dataDir)) {
        paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
    long errors = report(runs, options);
    System.exit(errors == 0 ? 0 : 1);
  }

  private static ConfigurableApplicationContext start(Path dataDir, List<String> solrArgs) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
        "--marsad.data-dir=" + dataDir, "--marsad.sample-corpus=true", "--marsad.security.bootstrap-key=" + KEY,
        "--logging.level.root=WARN", "--logging.level.org.marsad=WARN"));
    args.addAll(solrArgs);
    // The sample corpus is loaded before run() returns (an application runner).
    return new SpringApplicationBuilder(MarsadApplication.class).run(args.toArray(String[]::new));
  }

  private static String base(ConfigurableApplicationContext app) {
    return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  private void warmUp(String base, int seconds) throws Exception {
    System.out.printf("Warm-up: one client, %d s%n", seconds);
    run("warm-up", base, 1, new Options(List.of(1), seconds, 0, false, new int[] {50, 30, 15, 5}), false);
  }

  private Run run(String target, String base, int clients, Options options) throws Exception {
    return run(target, base, clients, options, true);
  }

  private Run run(String target, String base, int clients, Options options, boolean print) throws Exception {
    List<String> ids = documentIds(base);
    if (ids.isEmpty()) {
      throw new IllegalStateException("No documents to view: the sample corpus did not load");
    }
    Map<Kind, List<long[]>> perClient = new EnumMap<>(Kind.class);
    Map<Kind, AtomicLong> errors = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      perClient.put(kind, new CopyOnWriteArrayList<>());
      errors.put(kind, new AtomicLong());
    }
    List<String> samples = new CopyOnWriteArrayList<>();
    long heapBefore = heapAfterGc();
    String loadBefore = loadAverage();
    long end = System.nanoTime() + Duration.ofSeconds(options.seconds()).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long seed = 31L * c + 7;
      running.add(pool.submit(() -> {
        client(base, ids, options.mix(), new SplittableRandom(seed), end, perClient, errors, samples);
        return null;
      }));
    }
    // Heap used after a full GC at each quarter of the run too: a leak shows as a steady climb.
    List<Long> heap = new ArrayList<>(List.of(heapBefore));
    long started = end - Duration.ofSeconds(options.seconds()).toNanos();
    for (int quarter = 1; quarter <= 3; quarter++) {
      long at = started + Duration.ofSeconds(options.seconds()).toNanos() / 4 * quarter;
      Thread.sleep(Math.max(0, (at - System.nanoTime()) / 1_000_000));
      heap.add(heapAfterGc());
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    heap.add(heapAfterGc());
    Map<Kind, long[]> micros = new EnumMap<>(Kind.class);
    Map<Kind, Long> errorCounts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      micros.put(kind, perClient.get(kind).stream().flatMapToLong(Arrays::stream).sorted().toArray());
      errorCounts.put(kind, errors.get(kind).get());
    }
    Run run = new Run(target, clients, options.seconds(), micros, errorCounts, samples, heap,
        loadBefore, loadAverage());
    if (print) {
      print(run);
    }
    return run;
  }

  /** One client: requests back to back until the end, each kind drawn by the mix. */
  private void client(String base, List<String> ids, int[] mix, SplittableRandom random, long end,
      Map<Kind, List<long[]>> perClient, Map<Kind, AtomicLong> errors, List<String> samples) {
    Map<Kind, long[]> times = new EnumMap<>(Kind.class);
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      times.put(kind, new long[1024]);
      counts.put(kind, 0);
    }
    while (System.nanoTime() < end) {
      Kind kind = pick(mix, random);
      HttpRequest request = request(base, kind, ids, random);
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1_000;
        int n = counts.get(kind);
        long[] t = times.get(kind);
        if (n == t.length) {
          t = Arrays.copyOf(t, n * 2);
          times.put(kind, t);
        }
        t[n] = micros;
        counts.put(kind, n + 1);
        if (response.statusCode() / 100 != 2) {
          error(kind, errors, samples, kind + " " + request.uri().getPath() + " answered " + response.statusCode()
              + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
      } catch (IOException | InterruptedException e) {
        error(kind, errors, samples, kind + " " + request.uri().getPath() + " failed: " + e);
      }
    }
    for (Kind kind : Kind.values()) {
      perClient.get(kind).add(Arrays.copyOf(times.get(kind), counts.get(kind)));
    }
  }

  private static void error(Kind kind, Map<Kind, AtomicLong> errors, List<String> samples, String what) {
    errors.get(kind).incrementAndGet();
    if (samples.size() < 10) {
      samples.add(what);
    }
  }

  private static Kind pick(int[] mix, SplittableRandom random) {
    int roll = random.nextInt(100);
    int sum = 0;
    for (Kind kind : Kind.values()) {
      sum += mix[kind.ordinal()];
      if (roll < sum) {
        return kind;
      }
    }
    return Kind.SEARCH;
  }

  private HttpRequest request(String base, Kind kind, List<String> ids, SplittableRandom random) {
    HttpRequest.Builder builder = switch (kind) {
      case SEARCH -> HttpRequest.newBuilder(Latencies.uri(base, "/api/search", Latencies.SEARCHES.get(random.nextInt(Latencies.SEARCHES.size()))));
      case SUGGEST -> {
        String word = Latencies.TYPED.get(random.nextInt(Latencies.TYPED.size()));
        yield HttpRequest.newBuilder(Latencies.uri(base, "/api/suggest", "q=" + word.substring(0, 2 + random.nextInt(word.length() - 1))));
      }
      case VIEW -> HttpRequest.newBuilder(URI.create(base + "/api/documents/" + ids.get(random.nextInt(ids.size()))));
      case UPLOAD -> upload(base);
    };
    return builder.timeout(Duration.ofSeconds(60)).build();
  }

  /** A new short article each time (a serial number makes it distinct), as one multipart file. */
  private HttpRequest.Builder upload(String base) {
    long n = uploads.incrementAndGet();
    String text = "تقرير رقم " + n + " من اختبار الحمل\n"
        + "اجتمع المجلس البلدي في طرابلس لمناقشة خطة النقل رقم " + (n * 7919 % 100_003)
        + " وأكد الأعضاء أهمية الحوار حول الميزانية والخدمات. وبلغ عدد الحاضرين " + (n % 97) + " عضوا.";
    String boundary = "marsad-load-" + UUID.randomUUID();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"load-" + n + ".txt\"\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
    return HttpRequest.newBuilder(URI.create(base + "/api/documents"))
        .header("Authorization", "Bearer " + KEY)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /** Ids to view: the hits of a few searches. */
  private List<String> documentIds(String base) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String q : List.of("q=ليبيا&size=50", "q=تونس&size=50", "sort=newest&size=100")) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(Latencies.uri(base, "/api/search", q)).build(),
          HttpResponse.BodyHandlers.ofString());
      for (JsonNode hit : json.readTree(response.body()).path("hits")) {
        ids.add(hit.get("id").asText());
      }
    }
    return ids.stream().distinct().toList();
  }


  private static void print(Run run) {
    long total = run.micros().values().stream().mapToLong(a -> a.length).sum();
    long errors = run.errors().values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(Locale.ROOT, "%n%s, %d client%s, %d s: %d requests (%.1f/s), %d errors %s%n", run.target(),
        run.clients(), run.clients() == 1 ? "" : "s", run.seconds(), total, total / (double) run.seconds(), errors,
        errors == 0 ? "(check passed: 0 errors)" : "(CHECK FAILED)");
    System.out.println("| kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Kind kind : Kind.values()) {
      long[] m = run.micros().get(kind);
      if (m.length == 0) {
        continue;
      }
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", kind.name().toLowerCase(Locale.ROOT),
          m.length, run.errors().get(kind), Latencies.millisAt(m, 0.50), Latencies.millisAt(m, 0.95), Latencies.millisAt(m, 0.99), m[m.length - 1] / 1000.0);
    }
    List<Long> heap = run.heap();
    System.out.printf(Locale.ROOT, "Heap used after a full GC, before / each quarter / after: %s MB (%+d MB). "
        + "Load average: %s before, %s after.%n",
        String.join(" / ", heap.stream().map(h -> String.valueOf(h >> 20)).toList()),
        (heap.get(heap.size() - 1) - heap.get(0)) >> 20, run.loadBefore(), run.loadAfter());
    run.errorSamples().forEach(s -> System.out.println("  error: " + s));
  }

  private static long report(List<Run> runs, Options options) {
    System.out.printf("%n== Summary (%d cores, max heap %d MB) ==%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    runs.forEach(LoadBenchmark::print);
    return runs.stream().flatMap(r -> r.errors().values().stream()).mapToLong(Long::longValue).sum();
  }


  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 2; i++) {
      System.gc();
      Thread.sleep(300);
    }
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + "/" + parts[1] + "/" + parts[2];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static Options options(String[] args) {
    List<Integer> clients = List.of(8);
    int seconds = 120;
    int warmup = 15;
    boolean cloud = false;
    int[] mix = {50, 30, 15, 5};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--cloud" -> cloud = true;
        case "--mix" -> mix = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("Unknown option " + args[i]
            + "; use --clients LIST --seconds S --warmup S --cloud --mix search,suggest,view,upload");
      }
    }
    if (mix.length != 4 || Arrays.stream(mix).sum() != 100) {
      throw new IllegalArgumentException("--mix takes four percentages adding up to 100");
    }
    if (clients.stream().anyMatch(c -> c < 1 || c > 64) || seconds < 1 || seconds > 3600) {
      throw new IllegalArgumentException("--clients 1..64 each, --seconds 1..3600");
    }
    return new Options(clients, seconds, warmup, cloud, mix);
  }
}
