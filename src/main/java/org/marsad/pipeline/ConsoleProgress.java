package org.marsad.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints a batch job's progress on a console: one line rewritten in place
 * ({@code [#####.....] 120/400  52.3 files/s  failures 1  ETA 5s}), then a summary.
 */
public final class ConsoleProgress {

  private static final int BAR_WIDTH = 30;

  private final PrintStream out;

  public ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  /** Rewrites the progress line. */
  public void update(IngestJobStatus status) {
    out.print("\r" + line(status));
  }

  /** Ends the progress line and prints the totals, and the error if the job stopped. */
  public void finish(IngestJobStatus result) {
    out.println();
    out.printf(Locale.ROOT, "%s: %d files, %d indexed, %d duplicates, %d failed, %.1f files/s%n",
        result.state().json(), result.done(), result.indexed(), result.duplicates(), result.failed(),
        result.docsPerSecond());
    if (result.error() != null) {
      out.println(result.error());
    }
  }

  static String line(IngestJobStatus s) {
    int filled = s.total() == 0 ? 0 : (int) (BAR_WIDTH * s.done() / s.total());
    String eta = s.etaSeconds() == null ? "?" : humanDuration(s.etaSeconds());
    return String.format(Locale.ROOT, "[%s%s] %d/%d  %.1f files/s  failures %d  ETA %s   ",
        "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), s.done(), s.total(), s.docsPerSecond(),
        s.failed(), eta);
  }

  /** Formats a duration for the console: 1h02m, 3m05s, 12s. */
  public static String humanDuration(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    if (d.toHours() > 0) {
      return String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
    }
    if (d.toMinutes() > 0) {
      return String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
    return d.toSeconds() + "s";
  }
}
