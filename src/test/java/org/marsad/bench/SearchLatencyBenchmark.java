package org.marsad.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of {@code /api/search} and {@code /api/suggest} measured through HTTP against a running
 * app (with the sample corpus loaded), one client thread, after a warm-up. Prints p50, p95, p99
 * and max per endpoint.
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.SearchLatencyBenchmark \
 *     -Dexec.args="http://localhost:8080 20"
 * </pre>
 *
 * Arguments: the app's base URL (default http://localhost:8080) and how many rounds of the
 * request list to time (default 20).
 */
public final class SearchLatencyBenchmark {

  private SearchLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://localhost:8080";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<URI> searches = Latencies.SEARCHES.stream().map(q -> Latencies.uri(base, "/api/search", q)).toList();
    List<URI> suggests = new ArrayList<>();
    for (String word : Latencies.TYPED) {
      for (int n = 2; n <= word.length(); n++) {
        suggests.add(Latencies.uri(base, "/api/suggest", "q=" + word.substring(0, n)));
      }
    }
    // Warm-up: JIT, Solr caches, the suggester's count snapshot.
    time(http, searches, 3);
    time(http, suggests, 3);
    long[] search = time(http, searches, rounds);
    long[] suggest = time(http, suggests, rounds);
    System.out.printf("%nMarsad latency through HTTP at %s (%d rounds, one client)%n%n", base, rounds);
    System.out.println("| endpoint | requests | p50 ms | p95 ms | p99 ms | max ms |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    row("/api/search", search);
    row("/api/suggest", suggest);
  }


  private static long[] time(HttpClient http, List<URI> uris, int rounds) throws Exception {
    long[] micros = new long[uris.size() * rounds];
    int i = 0;
    for (int round = 0; round < rounds; round++) {
      for (URI uri : uris) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response =
            http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        micros[i++] = (System.nanoTime() - start) / 1_000;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
        }
      }
    }
    Arrays.sort(micros);
    return micros;
  }

  private static void row(String endpoint, long[] sorted) {
    System.out.printf("| `%s` | %d | %.1f | %.1f | %.1f | %.1f |%n", endpoint, sorted.length,
        Latencies.millisAt(sorted, 0.50), Latencies.millisAt(sorted, 0.95), Latencies.millisAt(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
  }

}
