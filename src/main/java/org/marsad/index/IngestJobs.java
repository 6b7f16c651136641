package org.marsad.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch ingest of a folder (recursively) or a {@code .tar.gz} archive, in chunks through the
 * {@link IngestPipeline} (which parses each chunk in parallel), with progress: files done of
 * total, documents per second, failures and an ETA.
 *
 * <p>Jobs survive restarts: each job's status is a JSON file under the state directory, and the
 * files it has finished are appended to a {@code .done} list after every chunk; an unfinished job
 * is resumed at start-up and skips what is on its list. A chunk goes on the list only once Solr has
 * taken it: while Solr is unavailable the job waits and tries the same chunk again. At most one job runs at a time (the
 * pipeline already uses every core); the others wait in order. Thread safe.
 */
public final class IngestJobs implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);
  private static final Duration RETRY_FIRST = Duration.ofSeconds(1);
  private static final Duration RETRY_MAX = Duration.ofSeconds(15);

  private final IngestPipeline pipeline;
  private final DocumentIndex index;
  private final Path stateDir;
  private final ObjectMapper json;
  private final Clock clock;
  private final int chunkSize;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ingest-job");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, IngestJobStatus> jobs = new ConcurrentHashMap<>();

  public IngestJobs(
      IngestPipeline pipeline, DocumentIndex index, Path stateDir, ObjectMapper json, Clock clock, int chunkSize) {
    this.pipeline = pipeline;
    this.index = index;
    this.stateDir = stateDir;
    this.json = json;
    this.clock = clock;
    this.chunkSize = chunkSize;
    load();
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

  public List<IngestJobStatus> list() {
    return jobs.values().stream().sorted((a, b) -> b.started().compareTo(a.started())).toList();
  }

  /** Resumes the jobs a restart interrupted, in the order they were started. */
  public void resumeUnfinished() {
    jobs.values().stream()
        .filter(j -> !j.finishedOrFailed())
        .sorted((a, b) -> a.started().compareTo(b.started()))
        .forEach(j -> {
          log.info("Resuming ingest job [{}] at {}/{}", j.id(), j.done(), j.total());
          runner.submit(() -> run(j.id(), status -> {}));
        });
  }

  private IngestJobStatus create(Path folder) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    IngestJobStatus job = new IngestJobStatus(id, folder.toAbsolutePath().normalize().toString(),
        IngestJobStatus.QUEUED, 0, 0, 0, 0, 0, clock.instant(), null, 0, null, null);
    save(job);
    return job;
  }

  private IngestJobStatus run(String id, Consumer<IngestJobStatus> progress) {
    IngestJobStatus job = jobs.get(id);
    Path folder = Path.of(job.folder());
    Set<String> done = readDone(id);
    Progress p = new Progress(job, done.size());
    try {
      List<String> names = isTarGz(folder) ? tarNames(folder) : folderNames(folder);
      p.total = names.size();
      p.publish(IngestJobStatus.RUNNING, null, progress);
      Consumer<List<IngestSource>> chunk = sources -> {
        // Marked done only once Solr has taken them: an outage never skips files on resume.
        tally(whenSolrAnswers(id, () -> pipeline.ingest(sources), p, progress), p);
        appendDone(id, sources.stream().map(IngestSource::fileName).toList());
        p.done += sources.size();
        p.publish(IngestJobStatus.RUNNING, null, progress);
      };
      if (isTarGz(folder)) {
        feedTar(folder, done, chunk);
      } else {
        feedFolder(folder, names, done, chunk);
      }
      whenSolrAnswers(id, () -> {
        index.commit(); // "done" means searchable
        return null;
      }, p, progress);

      log.info("Ingest job [{}] done: {} files, {} indexed, {} duplicates, {} failed", id, p.done,
          p.indexed, p.duplicates, p.failed);
      return p.publish(IngestJobStatus.DONE, null, progress);
    } catch (Stopped e) {
      log.info("Ingest job [{}] stopped at {}/{}; it resumes at the next start", id, p.done, p.total);
      return jobs.get(id);
    } catch (IOException | RuntimeException e) {
      log.warn("Ingest job [{}] stopped: {}", id, e.getMessage());
      log.debug("Ingest job failure", e);
      return p.publish(IngestJobStatus.FAILED, "The job stopped: " + e.getMessage(), progress);
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
  private <T> T whenSolrAnswers(String id, SolrCall<T> call, Progress p, Consumer<IngestJobStatus> progress) {
    Duration pause = RETRY_FIRST;
    while (true) {
      try {
        return call.call();
      } catch (IndexUnavailableException e) {
        log.warn("Ingest job [{}] waits for Solr, trying again in {} s: {}", id, pause.toSeconds(), e.getMessage());
        p.publish(IngestJobStatus.WAITING, "Solr is unavailable; the job goes on when it answers ("
            + e.getMessage() + ")", progress);
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

  private static void tally(List<IngestOutcome> outcomes, Progress p) {
    for (IngestOutcome outcome : outcomes) {
      switch (outcome.status()) {
        case IngestOutcome.INDEXED -> p.indexed++;
        case IngestOutcome.DUPLICATE -> p.duplicates++;
        default -> p.failed++;
      }
    }
  }

  /** Counters of a running job; touched only by the thread running it. */
  private final class Progress {
    private final IngestJobStatus start;
    private final long doneAtStart;
    private final long startNanos = System.nanoTime();
    long total;
    long done;
    long indexed;
    long duplicates;
    long failed;

    Progress(IngestJobStatus start, long doneAtStart) {
      this.start = start;
      this.doneAtStart = doneAtStart;
      this.done = doneAtStart;
      this.indexed = start.indexed();
      this.duplicates = start.duplicates();
      this.failed = start.failed();
    }

    IngestJobStatus publish(String state, String error, Consumer<IngestJobStatus> progress) {
      double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      double rate = (done - doneAtStart) / seconds;
      Long eta = rate > 0 ? Math.round((total - done) / rate) : null;
      boolean over = IngestJobStatus.DONE.equals(state) || IngestJobStatus.FAILED.equals(state);
      IngestJobStatus status = new IngestJobStatus(start.id(), start.folder(), state, total, done,
          indexed, duplicates, failed, start.started(), over ? clock.instant() : null,
          Math.round(rate * 10) / 10.0, over ? Long.valueOf(0) : eta, error);
      save(status);
      progress.accept(status);
      return status;
    }
  }

  private void feedFolder(Path folder, List<String> names, Set<String> done, Consumer<List<IngestSource>> chunk) {
    List<IngestSource> batch = new ArrayList<>(chunkSize);
    for (String name : names) {
      if (done.contains(name)) {
        continue;
      }
      batch.add(IngestSource.ofPath(name, folder.resolve(name)));
      if (batch.size() == chunkSize) {
        chunk.accept(List.copyOf(batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      chunk.accept(batch);
    }
  }

  /** Streams the archive once; members are small articles, read into memory a chunk at a time. */
  private void feedTar(Path archive, Set<String> done, Consumer<List<IngestSource>> chunk) throws IOException {
    List<IngestSource> batch = new ArrayList<>(chunkSize);
    try (TarArchiveInputStream tar = openTar(archive)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.isFile() || done.contains(entry.getName())) {
          continue;
        }
        batch.add(IngestSource.ofBytes(entry.getName(), tar.readAllBytes()));
        if (batch.size() == chunkSize) {
          chunk.accept(List.copyOf(batch));
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      chunk.accept(batch);
    }
  }

  private static List<String> folderNames(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("The folder " + folder.getFileName() + " no longer exists");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static List<String> tarNames(Path archive) throws IOException {
    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream tar = openTar(archive)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (entry.isFile()) {
          names.add(entry.getName());
        }
      }
    }
    return names;
  }

  private static TarArchiveInputStream openTar(Path archive) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(archive));
    return new TarArchiveInputStream(new GzipCompressorInputStream(in));
  }

  public static boolean isTarGz(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path) && (name.endsWith(".tar.gz") || name.endsWith(".tgz"));
  }

  private void save(IngestJobStatus job) {
    jobs.put(job.id(), job);
    try {
      Files.createDirectories(stateDir);
      Path tmp = stateDir.resolve(job.id() + ".json.tmp");
      json.writeValue(tmp.toFile(), job);
      Files.move(tmp, stateDir.resolve(job.id() + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save ingest job " + job.id(), e);
    }
  }

  private void appendDone(String id, List<String> names) {
    try {
      Files.write(stateDir.resolve(id + ".done"), names, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the progress of ingest job " + id, e);
    }
  }

  private Set<String> readDone(String id) {
    Path file = stateDir.resolve(id + ".done");
    try {
      return Files.exists(file) ? new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : Set.of();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the progress of ingest job " + id, e);
    }
  }

  private void load() {
    if (!Files.isDirectory(stateDir)) {
      return;
    }
    try (Stream<Path> files = Files.list(stateDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        IngestJobStatus job = json.readValue(file.toFile(), IngestJobStatus.class);
        jobs.put(job.id(), job);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The ingest job state in " + stateDir + " is unreadable", e);
    }
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

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
