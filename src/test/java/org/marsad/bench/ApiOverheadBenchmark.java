package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ShardParams;
import org.marsad.MarsadApplication;
import org.marsad.enrich.Lang;
import org.marsad.search.Facet;
import org.marsad.search.SearchFilters;
import org.marsad.search.SearchLimits;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchService;
import org.marsad.search.SuggestService;
import org.marsad.solr.SolrConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the web layer costs per request: the app is started on its sample corpus, and each request
 * kind — a trivial request ({@code /opensearch.xml}), the plain and the faceted search, suggest —
 * is sent many times through HTTP, next to the equivalent direct Solr request and to the same
 * search called in-process. For each kind it prints the wall-time p50 and the <em>process CPU time
 * per request</em> (client, app and Solr node are one JVM, so both sides pay the same client): CPU
 * time is what other processes on a shared machine cannot inflate much, while wall time is.
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.ApiOverheadBenchmark \
 *     -Dexec.args="--requests 400 --rounds 5"
 * </pre>
 *
 * Options: {@code --requests N} (400) requests of each kind per round; {@code --rounds R} (5)
 * rounds, kinds interleaved round by round; the medians over rounds are printed; {@code --only
 * plain,faceted} keeps the kinds whose names start with one of the given words. The in-process
 * rows split the API's work: SolrJ alone (the app's HTTP client, javabin over HTTP/2, the same
 * Solr request as the direct row), the same request through the app's search client (on the
 * embedded node: its core called in-process), {@code SearchService} (the search client plus
 * shaping the answer), and with Jackson writing it. Add
 * {@code -XX:StartFlightRecording=filename=api.jfr,settings=profile} to {@code MAVEN_OPTS} for a
 * profile ({@code jfr print --events jdk.ExecutionSample api.jfr}).
 */
public final class ApiOverheadBenchmark {

  private static final String KEY = "bench-" + UUID.randomUUID();
  private static final String SOLR_PASSWORD = "bench-" + UUID.randomUUID();
  private static final String API_AUTH = "Bearer " + KEY;
  private static final String SOLR_AUTH = "Basic " + java.util.Base64.getEncoder()
      .encodeToString(("marsad:" + SOLR_PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final List<String> WORDS = List.of("ليبيا", "تونس", "الحكومة", "الاقتصاد", "النفط");

  /** One request kind: a request to time, by number. */
  private interface Kind {
    void send(int i) throws Exception;
  }

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private ApiOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int requests = 400;
    int rounds = 5;
    String only = "";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    new ApiOverheadBenchmark().run(requests, rounds, only);
    System.exit(0);
  }

  private void run(int requests, int rounds, String only) throws Exception {
    Path dataDir = Files.createTempDirectory("marsad-api-overhead");
    System.setProperty("solr.log.dir", dataDir.resolve("logs").toString());
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MarsadApplication.class)
        .run("--server.port=0", "--marsad.solr.embedded.port=0", "--marsad.data-dir=" + dataDir,
            "--marsad.solr.request-timeout=300s", "--marsad.security.bootstrap-key=" + KEY, "--marsad.solr.username=marsad",
            "--marsad.solr.password=" + SOLR_PASSWORD, "--marsad.solr.admin-username=solr-admin",
            "--marsad.solr.admin-password=" + UUID.randomUUID(),
            "--logging.level.root=WARN", "--logging.level.org.marsad=WARN")) {
      measure(app, requests, rounds, only);
    } finally {
      try (Stream<Path> paths = Files.walk(dataDir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void measure(ConfigurableApplicationContext app, int requests, int rounds, String only) throws Exception {
    SearchService search = app.getBean(SearchService.class);
    SolrConnection solr = app.getBean(SolrConnection.class);
    ObjectMapper mapper = app.getBean(ObjectMapper.class);
    SearchLimits limits = app.getBean(SearchLimits.class);
    String api = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    String select = solr.nodeBaseUrl() + "/" + solr.collection() + "/select";
    long documents = solr.client().query(solr.collection(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();

    List<SearchRequest> plain = new ArrayList<>();
    List<SearchRequest> faceted = new ArrayList<>();
    List<URI> apiPlain = new ArrayList<>();
    List<URI> apiFaceted = new ArrayList<>();
    List<URI> apiSuggest = new ArrayList<>();
    List<URI> solrPlain = new ArrayList<>();
    List<URI> solrFaceted = new ArrayList<>();
    List<URI> solrSuggest = new ArrayList<>();
    Map<Facet, List<String>> filters = Map.of(Facet.COUNTRY, List.of("LY"), Facet.TOPIC, List.of("economy"));
    for (String word : WORDS) {
      SearchRequest p = SearchRequest.of(word, SearchFilters.NONE, 10, Lang.AR);
      SearchRequest f = new SearchRequest(word, null, new SearchFilters(filters, Map.of(), null, null),
          SearchRequest.Sort.RELEVANCE, 0, 10, null, false, SearchRequest.DateGap.YEAR, Lang.AR);
      plain.add(p);
      faceted.add(f);
      apiPlain.add(Latencies.uri(api, "/api/search", "q=" + word));
      apiFaceted.add(Latencies.uri(api, "/api/search", "q=" + word + "&country=LY&topic=economy&dates=year"));
      String prefix = word.substring(0, 3);
      apiSuggest.add(Latencies.uri(api, "/api/suggest", "q=" + prefix));
      solrPlain.add(URI.create(select + search.solrQuery(p).toQueryString() + "&wt=json"));
      solrFaceted.add(URI.create(select + search.solrQuery(f).toQueryString() + "&wt=json"));
      solrSuggest.add(URI.create(select + SuggestService.titleQuery(prefix, 6).toQueryString() + "&wt=json"));
    }
    URI trivial = URI.create(api + "/opensearch.xml");
    URI health = URI.create(api + "/actuator/health");

    Map<String, Kind> kinds = new LinkedHashMap<>();
    kinds.put("trivial: GET /opensearch.xml", i -> get(trivial, null));
    kinds.put("trivial: GET /actuator/health", i -> get(health, null));
    kinds.put("plain query: API", i -> get(apiPlain.get(i % WORDS.size()), API_AUTH));
    kinds.put("plain query: API, no credentials (loopback reader)", i -> get(apiPlain.get(i % WORDS.size()), null));
    kinds.put("plain query: Solr direct (JSON)", i -> get(solrPlain.get(i % WORDS.size()), SOLR_AUTH));
    kinds.put("plain query: SolrJ in-process (javabin, HTTP/2)", i -> solr.client().query(solr.collection(), search.solrQuery(plain.get(i % WORDS.size()))));
    kinds.put("plain query: the app's search client (embedded node: its core in-process)",
        i -> solr.searchClient().query(solr.collection(), search.solrQuery(plain.get(i % WORDS.size()))));
    kinds.put("plain query: SolrJ in-process + the app's limits (timeAllowed, cpuAllowed, shards.tolerant)",
        i -> solr.client().query(solr.collection(), limited(search.solrQuery(plain.get(i % WORDS.size())), limits)));
    kinds.put("plain query: SearchService in-process", i -> search.search(plain.get(i % WORDS.size())));
    kinds.put("plain query: SearchService + Jackson in-process", i -> mapper.writeValueAsBytes(search.search(plain.get(i % WORDS.size()))));
    kinds.put("faceted query: API", i -> get(apiFaceted.get(i % WORDS.size()), API_AUTH));
    kinds.put("faceted query: Solr direct (JSON)", i -> get(solrFaceted.get(i % WORDS.size()), SOLR_AUTH));
    kinds.put("faceted query: SolrJ in-process (javabin, HTTP/2)", i -> solr.client().query(solr.collection(), search.solrQuery(faceted.get(i % WORDS.size()))));
    kinds.put("faceted query: the app's search client (embedded node: its core in-process)",
        i -> solr.searchClient().query(solr.collection(), search.solrQuery(faceted.get(i % WORDS.size()))));
    kinds.put("faceted query: SearchService + Jackson in-process", i -> mapper.writeValueAsBytes(search.search(faceted.get(i % WORDS.size()))));
    kinds.put("suggest: API", i -> get(apiSuggest.get(i % WORDS.size()), API_AUTH));
    kinds.put("suggest: Solr direct (title query only)", i -> get(solrSuggest.get(i % WORDS.size()), SOLR_AUTH));

    if (!only.isEmpty()) {
      kinds.keySet().removeIf(name -> Arrays.stream(only.split(",")).noneMatch(name::startsWith));
    }
    for (Kind kind : kinds.values()) { // warm-up: JIT, Solr caches, connections
      for (int i = 0; i < Math.max(50, requests / 2); i++) {
        kind.send(i);
      }
    }
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Kind> kind : kinds.entrySet()) {
        double[] wall = new double[requests];
        long cpu = os.getProcessCpuTime();
        for (int i = 0; i < requests; i++) {
          long t = System.nanoTime();
          kind.getValue().send(i);
          wall[i] = (System.nanoTime() - t) / 1e6;
        }
        double cpuPerRequest = (os.getProcessCpuTime() - cpu) / 1e6 / requests;
        Arrays.sort(wall);
        results.computeIfAbsent(kind.getKey(), k -> new ArrayList<>())
            .add(new double[] {Latencies.at(wall, 0.5), Latencies.at(wall, 0.99), cpuPerRequest});
      }
      System.out.println("round " + (round + 1) + " of " + rounds + " done");
    }
    System.out.printf(Locale.ROOT, "%nWeb-layer cost per request: %d documents, %d rounds of %d requests per kind,"
        + " one client (HTTP/1.1 keep-alive), load average %.1f; medians over rounds%n%n",
        documents, rounds, requests, os.getSystemLoadAverage());
    System.out.println("| request | wall p50 ms | wall p99 ms | process CPU ms/request |");
    System.out.println("| --- | ---: | ---: | ---: |");
    results.forEach((name, r) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n",
        name, median(r, 0), median(r, 1), median(r, 2)));
  }

  /** The parameters {@code SearchService} adds to every Solr request it sends. */
  private static SolrQuery limited(SolrQuery query, SearchLimits limits) {
    query.setTimeAllowed((int) limits.timeAllowed().toMillis());
    query.set(CommonParams.CPU_ALLOWED, String.valueOf(limits.cpuAllowed().toMillis()));
    query.set(ShardParams.SHARDS_TOLERANT, true);
    return query;
  }

  private void get(URI uri, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  private static double median(List<double[]> rounds, int column) {
    double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return values[values.length / 2];
  }
}
