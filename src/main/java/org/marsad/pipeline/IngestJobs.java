package org.marsad.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IndexException;
import org.marsad.index.IndexUnavailableException;
import org.marsad.ingest.BatchInput;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry and runner of batch ingest jobs: a folder (recursively) or a {@code .tar.gz} archive
 * ({@link BatchInput}) goes in chunks through the {@link IngestPipeline} (which parses each chunk in
 * parallel), with progress ({@link JobProgress}): files done of total, files per second, failures
 * and an ETA.
 *
 * <p>Jobs survive restarts ({@link IngestJobStore}); an unfinished job is resumed at start-up and
 * skips the files it finished. A chunk counts as finished only once Solr has taken it: while Solr
 * is unavailable the job waits and tries the same chunk again. At most one job runs at a time (the pipeline already uses every
 * core); the others wait in order. Thread safe.
 */
public final class IngestJobs implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);
  private static final Duration RETRY_FIRST = Duration.ofSeconds(1);
  private static final Duration RETRY_MAX = Duration.ofSeconds(15);
  private static final Comparator<IngestJobStatus> OLDEST_FIRST = Comparator.comparing(IngestJobStatus::started);

  private final IngestPipeline pipeline;
  private final DocumentIndex index;
  private final IngestJobStore store;
  private final Clock clock;
  private final int chunkSize;
  private final long maxFileSize;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ingest-job");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, IngestJobStatus> jobs = new ConcurrentHashMap<>();

  IngestJobs(IngestPipeline pipeline, DocumentIndex index, IngestJobStore store, Clock clock, int chunkSize,
      long maxFileSize) {
    this.pipeline = pipeline;
    this.index = index;
    this.store = store;
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.maxFileSize = maxFileSize;
    store.loadAll().forEach(job -> jobs.put(job.id(), job));
  }

  /** Queues a job; it runs in the background. The caller has checked the folder is allowed. */
  public IngestJobStatus start(Path folder) {
    IngestJobStatus job = create(folder);
    runner.submit(() -> run(job.id(), status -> {}));
    return job;
  }

  /** Runs a job here and now (the command line), reporting progress after every chunk. */
  public IngestJobStatus runNow(Path folder, Consumer<IngestJobStatus> progress) {
    return run(create(folder).id(), progress);
  }

  public Optional<IngestJobStatus> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Every job, newest first. */
  public List<IngestJobStatus> list() {
    return jobs.values().stream().sorted(OLDEST_FIRST.reversed()).toList();
  }

  /** Resumes the jobs a restart interrupted, in the order they were started. */
  public void resumeUnfinished() {
    jobs.values().stream()
        .filter(j -> !j.finishedOrFailed())
        .sorted(OLDEST_FIRST)
        .forEach(j -> {
          log.info("Resuming ingest job [{}] at {}/{}", j.id(), j.done(), j.total());
          runner.submit(() -> run(j.id(), status -> {}));
        });
  }

  private IngestJobStatus create(Path folder) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    IngestJobStatus job = new IngestJobStatus(id, folder.toAbsolutePath().normalize().toString(),
        IngestJobStatus.State.QUEUED, 0, 0, 0, 0, 0, clock.instant(), null, 0, null, null);
    save(job);
    return job;
  }

  private IngestJobStatus run(String id, Consumer<IngestJobStatus> progress) {
    IngestJobStatus job = jobs.get(id);
    BatchInput input = BatchInput.of(Path.of(job.folder()), maxFileSize);
    Set<String> done = store.readDone(id);
    JobProgress meter = new JobProgress(job, done.size(), clock);
    try {
      meter.total(input.names().size());
      publish(meter.snapshot(IngestJobStatus.State.RUNNING, null), progress);
      input.feed(done, chunkSize, sources -> {
        // Marked done only once Solr has taken them: an outage never skips files on resume.
        List<IngestOutcome> outcomes = whenSolrAnswers(id, () -> pipeline.ingest(sources, true), meter, progress);
        store.appendDone(id, sources.stream().map(IngestSource::fileName).toList());
        meter.count(sources.size(), outcomes);
        publish(meter.snapshot(IngestJobStatus.State.RUNNING, null), progress);
      });
      whenSolrAnswers(id, () -> {
        index.commit(); // "done" means searchable
        return null;
      }, meter, progress);
      IngestJobStatus result = publish(meter.snapshot(IngestJobStatus.State.DONE, null), progress);
      log.info("Ingest job [{}] done: {} files, {} indexed, {} duplicates, {} failed", id, result.done(),
          result.indexed(), result.duplicates(), result.failed());
      return result;
    } catch (Stopped e) {
      log.info("Ingest job [{}] stopped; it resumes at the next start", id);
      return jobs.get(id);
    } catch (IOException | RuntimeException e) {
      log.warn("Ingest job [{}] stopped: {}", id, e.getMessage());
      log.debug("Ingest job failure", e);
      return publish(meter.snapshot(IngestJobStatus.State.FAILED, "The job stopped: " + e.getMessage()), progress);
    }
  }

  /** A call to Solr that may find it unavailable. */
  @FunctionalInterface
  private interface SolrCall<T> {
    T call() throws IndexException;
  }

  /** The job's thread was interrupted (shutdown): its state stays unfinished, to resume later. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("interrupted");
    }
  }

  /**
   * Runs {@code call} until Solr takes it: while Solr is unavailable the job is {@code waiting},
   * tries again after 1, 2, 4… seconds (at most {@link #RETRY_MAX}), and goes on where it was.
   * A refusal (Solr answered no) is not waited out: it stops the job.
   */
  private <T> T whenSolrAnswers(String id, SolrCall<T> call, JobProgress meter, Consumer<IngestJobStatus> progress) {
    Duration pause = RETRY_FIRST;
    while (true) {
      try {
        return call.call();
      } catch (IndexUnavailableException e) {
        log.warn("Ingest job [{}] waits for Solr, trying again in {} s: {}", id, pause.toSeconds(), e.getMessage());
        publish(meter.snapshot(IngestJobStatus.State.WAITING,
            "Solr is unavailable; the job goes on when it answers (" + e.getMessage() + ")"), progress);
        try {
          Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new Stopped();
        }
        pause = pause.multipliedBy(2).compareTo(RETRY_MAX) > 0 ? RETRY_MAX : pause.multipliedBy(2);
      } catch (IndexException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }

  private IngestJobStatus publish(IngestJobStatus status, Consumer<IngestJobStatus> progress) {
    save(status);
    progress.accept(status);
    return status;
  }

  private void save(IngestJobStatus job) {
    jobs.put(job.id(), job);
    store.save(job);
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
