package org.marsad.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the latency benchmarks share: nearest-rank percentiles over sorted timings, and request
 * URIs written the way a portal sends them (each value URL-encoded, Arabic included).
 */
final class Latencies {

  private Latencies() {}

  /** The nearest-rank percentile {@code p} (0–1) of ascending values. */
  static double at(double[] sorted, double p) {
    return sorted[index(sorted.length, p)];
  }

  /** The nearest-rank percentile {@code p} (0–1) of ascending microseconds, in milliseconds. */
  static double millisAt(long[] sortedMicros, double p) {
    return sortedMicros[index(sortedMicros.length, p)] / 1000.0;
  }

  /** {@code base + path + "?" + query} with every value of {@code a=b&c=d} URL-encoded. */
  static URI uri(String base, String path, String query) {
    StringBuilder encoded = new StringBuilder();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (encoded.length() > 0) {
        encoded.append('&');
      }
      encoded.append(pair, 0, eq + 1).append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return URI.create(base + path + "?" + encoded);
  }

  private static int index(int length, double p) {
    return Math.max(0, Math.min(length - 1, (int) Math.ceil(p * length) - 1));
  }
}
