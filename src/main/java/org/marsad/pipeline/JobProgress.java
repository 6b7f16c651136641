package org.marsad.pipeline;

import java.time.Clock;
import java.util.List;
import org.marsad.ingest.IngestOutcome;

/**
 * The counters of one running job and the rate and ETA derived from them; {@link #snapshot} turns
 * them into an {@link IngestJobStatus}. The rate counts only files done since this run started, so
 * a resumed job does not claim the speed of the files it skipped. Touched only by the thread
 * running the job.
 */
final class JobProgress {

  private final IngestJobStatus start;
  private final Clock clock;
  private final long doneAtStart;
  private final long startNanos = System.nanoTime();
  private long total;
  private long done;
  private long indexed;
  private long duplicates;
  private long failed;

  JobProgress(IngestJobStatus start, long doneAtStart, Clock clock) {
    this.start = start;
    this.clock = clock;
    this.doneAtStart = doneAtStart;
    this.done = doneAtStart;
    this.indexed = start.indexed();
    this.duplicates = start.duplicates();
    this.failed = start.failed();
  }

  void total(long files) {
    this.total = files;
  }

  /** Counts one chunk: {@code files} processed with these outcomes. */
  void count(int files, List<IngestOutcome> outcomes) {
    for (IngestOutcome outcome : outcomes) {
      switch (outcome.status()) {
        case INDEXED -> indexed++;
        case DUPLICATE -> duplicates++;
        case FAILED -> failed++;
      }
    }
    done += files;
  }

  IngestJobStatus snapshot(IngestJobStatus.State state, String error) {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double rate = (done - doneAtStart) / seconds;
    Long eta = rate > 0 ? Math.round((total - done) / rate) : null;
    boolean over = state.over();
    return new IngestJobStatus(start.id(), start.folder(), state, total, done, indexed, duplicates, failed,
        start.started(), over ? clock.instant() : null, Math.round(rate * 10) / 10.0,
        over ? Long.valueOf(0) : eta, error);
  }
}
