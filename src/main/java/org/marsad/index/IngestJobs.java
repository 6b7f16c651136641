package org.marsad.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.marsad.ingest.ConfinedFolder;
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
 * is resumed at start-up and skips what is on its list. A folder's files are read only when their
 * real path is inside the folder ({@link ConfinedFolder}); a link out of it is a recorded failure. At most one job runs at a time (the
 * pipeline already uses every core); the others wait in order. Thread safe.
 */
public final class IngestJobs implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);

  private final IngestPipeline pipeline;
  private final DocumentIndex index;
  private final Path stateDir;
  private final ObjectMapper json;
  private final Clock clock;
  private final int chunkSize;
  private final long maxFileSize;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ingest-job");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, IngestJobStatus> jobs = new ConcurrentHashMap<>();

  public IngestJobs(
      IngestPipeline pipeline, DocumentIndex index, Path stateDir, ObjectMapper json, Clock clock, int chunkSize,
      long maxFileSize) {
    this.pipeline = pipeline;
    this.index = index;
    this.stateDir = stateDir;
    this.json = json;
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.maxFileSize = maxFileSize;
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
      ConfinedFolder confined = isTarGz(folder) ? null : confined(folder);
      List<String> names = confined == null ? tarNames(folder) : confined.names();
      p.total = names.size();
      p.publish(IngestJobStatus.RUNNING, null, progress);
      Consumer<Chunk> chunk = c -> {
        tally(c.refused(), p);
        tally(pipeline.ingest(c.sources()), p);
        appendDone(id, c.names());
        p.done += c.names().size();
        p.publish(IngestJobStatus.RUNNING, null, progress);
      };
      if (confined == null) {
        feedTar(folder, done, chunk);
      } else {
        feedFolder(confined, names, done, chunk);
      }
      index.commit(); // "done" means searchable

      log.info("Ingest job [{}] done: {} files, {} indexed, {} duplicates, {} failed", id, p.done,
          p.indexed, p.duplicates, p.failed);
      return p.publish(IngestJobStatus.DONE, null, progress);
    } catch (IOException | IndexException | RuntimeException e) {
      log.warn("Ingest job [{}] stopped: {}", id, e.getMessage());
      log.debug("Ingest job failure", e);
      return p.publish(IngestJobStatus.FAILED, "The job stopped: " + e.getMessage(), progress);
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

  /** A chunk of a job: the files to ingest, those refused before reading, and all their names. */
  private record Chunk(List<IngestSource> sources, List<IngestOutcome> refused, List<String> names) {}

  /** Builds chunks of {@code chunkSize} names. */
  private final class Chunker {
    private final Consumer<Chunk> sink;
    private final List<IngestSource> sources = new ArrayList<>();
    private final List<IngestOutcome> refused = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    Chunker(Consumer<Chunk> sink) {
      this.sink = sink;
    }

    void add(String name, IngestSource source) {
      sources.add(source);
      names.add(name);
      fullThenFlush();
    }

    void refuse(String name, String reason) {
      refused.add(pipeline.refuse(name, reason));
      names.add(name);
      fullThenFlush();
    }

    private void fullThenFlush() {
      if (names.size() >= chunkSize) {
        flush();
      }
    }

    void flush() {
      if (!names.isEmpty()) {
        sink.accept(new Chunk(List.copyOf(sources), List.copyOf(refused), List.copyOf(names)));
        sources.clear();
        refused.clear();
        names.clear();
      }
    }
  }

  /** Every file is checked by its real path just before it is read: links out of the folder are refused. */
  private void feedFolder(ConfinedFolder folder, List<String> names, Set<String> done, Consumer<Chunk> chunk) {
    Chunker chunker = new Chunker(chunk);
    for (String name : names) {
      if (done.contains(name)) {
        continue;
      }
      ConfinedFolder.Checked checked = folder.check(name);
      if (checked.refusal() != null) {
        chunker.refuse(name, checked.refusal());
      } else {
        chunker.add(name, IngestSource.ofPath(name, checked.file()));
      }
    }
    chunker.flush();
  }

  /**
   * Streams the archive once; each member is spooled to a temporary file (a member over the
   * file-size limit is refused unread), so memory does not grow with the members' sizes.
   */
  private void feedTar(Path archive, Set<String> done, Consumer<Chunk> chunk) throws IOException {
    List<Path> spooled = new ArrayList<>();
    Chunker chunker = new Chunker(c -> {
      try {
        chunk.accept(c);
      } finally {
        spooled.forEach(IngestJobs::deleteQuietly);
        spooled.clear();
      }
    });
    try (TarArchiveInputStream tar = openTar(archive)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.isFile() || done.contains(entry.getName())) {
          continue;
        }
        if (entry.getSize() > maxFileSize) {
          chunker.refuse(entry.getName(), "The file is " + entry.getSize() + " bytes, over the limit of "
              + maxFileSize + " (marsad.ingest.max-file-size)");
          continue;
        }
        Path file = Files.createTempFile("marsad-tar-", ".part");
        spooled.add(file);
        // The tar stream ends each entry at its header's size, checked above.
        Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
        long size = Files.size(file);
        chunker.add(entry.getName(), IngestSource.ofUpload(entry.getName(), size, () -> Files.newInputStream(file)));
      }
      chunker.flush();
    } finally {
      spooled.forEach(IngestJobs::deleteQuietly);
    }
  }

  private static ConfinedFolder confined(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("The folder " + folder.getFileName() + " no longer exists");
    }
    return new ConfinedFolder(folder);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Cannot delete the temporary file {}: {}", file, e.getMessage());
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
