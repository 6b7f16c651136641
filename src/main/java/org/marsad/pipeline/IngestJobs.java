package org.marsad.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
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
 * skips the files it finished. At most one job runs at a time (the pipeline already uses every
 * core); the others wait in order. Thread safe.
 */
public final class IngestJobs implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);
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
        List<IngestOutcome> outcomes = pipeline.ingest(sources);
        store.appendDone(id, sources.stream().map(IngestSource::fileName).toList());
        meter.count(sources.size(), outcomes);
        publish(meter.snapshot(IngestJobStatus.State.RUNNING, null), progress);
      });
      index.commit(); // "done" means searchable
      IngestJobStatus result = publish(meter.snapshot(IngestJobStatus.State.DONE, null), progress);
      log.info("Ingest job [{}] done: {} files, {} indexed, {} duplicates, {} failed", id, result.done(),
          result.indexed(), result.duplicates(), result.failed());
      return result;
    } catch (IOException | IndexException | RuntimeException e) {
      log.warn("Ingest job [{}] stopped: {}", id, e.getMessage());
      log.debug("Ingest job failure", e);
      return publish(meter.snapshot(IngestJobStatus.State.FAILED, "The job stopped: " + e.getMessage()), progress);
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
