package org.marsad.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the latency benchmarks share: the requests they send, nearest-rank percentiles over sorted
 * timings, and request URIs written the way a portal sends them (each value URL-encoded).
 */
final class Latencies {

  /**
   * Searches an analyst would run against the sample corpus: text, facets, exclusions, dates,
   * sorting, paging, collapse.
   */
  static final List<String> SEARCHES = List.of(
      "q=ليبيا", "q=حفتر", "q=الانتخابات البلدية", "q=\"المجلس الرئاسي\"", "q=النفط&country=LY",
      "q=تونس&sort=newest", "country=TN&notCountry=LY", "q=الحكومة&from=2016-01-01&to=2016-12-31",
      "q=كرة القدم&page=2", "country=LY&dates=year", "q=الاقتصاد&collapse=true", "sort=oldest&size=50",
      "q=السينما -تونس", "q=title:ليبيا", "q=الإرهاب&country=DZ&country=TN", "q=مهرجان&lang=en");

  /** Words typed letter by letter into the search box (from two letters on). */
  static final List<String> TYPED = List.of(
      "ليبيا", "حفتر", "تونس", "الجزائر", "الانتخابات", "السراج", "Libya", "Tunis", "مصر", "الاقتصاد");

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
