package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every ingest failure, appended to a JSON-lines file under the data directory so that none is
 * lost across restarts, with what is needed to retry it: the server path of a batch file, or a
 * kept copy of an upload, and for an archive member its place in the archive (so a retry reads
 * that member, not the whole archive).
 *
 * <p>Kept copies live beside the log in {@code failed-files/}, named by the SHA-256 of their
 * content: an upload whose 500 members all fail is kept once. They are bounded: a copy older than
 * {@code keptExpiry} is deleted, and the oldest copies go when a new one would pass
 * {@code keptQuota} bytes; their failures stay listed, no longer retryable.
 *
 * <p>A line that cannot be read (half-written when the process died) is moved to
 * {@code <log>.quarantined} with a warning at start-up; it never stops the app. A retried failure
 * leaves the log (the file is rewritten then). Thread safe (the log's state is serialised; copies
 * are written outside the lock).
 */
public final class FailureLog {

  private static final Logger log = LoggerFactory.getLogger(FailureLog.class);
  /** Defaults of {@code marsad.ingest.failed-files-quota} and {@code -expiry}. */
  public static final long DEFAULT_QUOTA = 1L << 30;
  public static final Duration DEFAULT_EXPIRY = Duration.ofDays(30);
  private static final String PARTIAL = ".part";

  /**
   * One line of the log: the failure, the server file to retry it from, and the member's entry
   * names inside that file when it is an archive (empty for a whole file).
   */
  record Entry(IngestFailure failure, String path, List<String> entries) {
    Entry {
      entries = entries == null ? List.of() : List.copyOf(entries);
    }
  }

  private final Path file;
  private final Path kept;
  private final ObjectMapper json;
  private final Clock clock;
  private final long keptQuota;
  private final Duration keptExpiry;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public FailureLog(Path file, ObjectMapper json, Clock clock) {
    this(file, json, clock, DEFAULT_QUOTA, DEFAULT_EXPIRY);
  }

  public FailureLog(Path file, ObjectMapper json, Clock clock, long keptQuota, Duration keptExpiry) {
    this.file = file;
    this.kept = file.resolveSibling("failed-files");
    this.json = json;
    this.clock = clock;
    this.keptQuota = keptQuota;
    this.keptExpiry = keptExpiry;
    load();
    synchronized (this) {
      makeRoom(0);
    }
  }

  /** Records a failure without a way to retry it. */
  public IngestFailure record(String fileName, String reason) {
    return record(fileName, reason, null, List.of());
  }

  /**
   * Records a failure; {@code where} (a file on the server: a batch file or a {@link #keep kept}
   * copy) makes it retryable, {@code members} says where the failed member is inside it.
   */
  public synchronized IngestFailure record(String fileName, String reason, Path where, List<String> members) {
    String id = UUID.randomUUID().toString();
    String path = where == null ? null : where.toAbsolutePath().toString();
    IngestFailure failure = new IngestFailure(id, fileName, reason, clock.instant(), path != null);
    Entry entry = new Entry(failure, path, members);
    entries.put(id, entry);
    try {
      Files.createDirectories(file.getParent());
      // One write per line, so a crash can tear at most the last line (quarantined at start-up).
      Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot record the ingest failure of " + fileName, e);
    }
    log.info("Ingest failed [{}]: {}", fileName, reason);
    return view(entry);
  }

  /**
   * Keeps a copy of a file the server does not have (an upload), once per content; returns the
   * copy, or null when it cannot be kept (larger than the quota, or unreadable).
   */
  public Path keep(IngestSource source) {
    Path partial = null;
    try {
      Files.createDirectories(kept);
      partial = Files.createTempFile(kept, "incoming-", PARTIAL);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size = copyAtMost(new DigestInputStream(source.open(), sha), partial, keptQuota);
      if (size < 0) {
        log.warn("Failed file [{}] not kept: larger than marsad.ingest.failed-files-quota", source.fileName());
        return null;
      }
      Path copy = kept.resolve(HexFormat.of().formatHex(sha.digest()));
      synchronized (this) {
        if (Files.exists(copy)) {
          Files.setLastModifiedTime(copy, FileTime.from(clock.instant()));
          return copy;
        }
        makeRoom(size);
        Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        Files.setLastModifiedTime(copy, FileTime.from(clock.instant()));
        return copy;
      }
    } catch (IOException | NoSuchAlgorithmException e) {
      log.warn("Failed file [{}] not kept: {}", source.fileName(), e.getMessage());
      return null;
    } finally {
      deleteQuietly(partial);
    }
  }

  /** The failures, newest first. */
  public synchronized List<IngestFailure> list() {
    List<IngestFailure> newestFirst = new ArrayList<>(entries.values().stream().map(this::view).toList());
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public synchronized Optional<IngestFailure> get(String id) {
    return Optional.ofNullable(entries.get(id)).map(this::view);
  }

  /**
   * The file to retry a failure with, if Marsad still has it: the file itself, or the member
   * inside its archive.
   */
  public synchronized Optional<IngestSource> source(String id) {
    Entry entry = entries.get(id);
    if (entry == null || !view(entry).retryable()) {
      return Optional.empty();
    }
    String name = entry.failure().fileName();
    Path where = Path.of(entry.path());
    if (entry.entries().isEmpty()) {
      return Optional.of(IngestSource.ofPath(name, where));
    }
    String inside = "/" + String.join("/", entry.entries());
    String archiveName = name.endsWith(inside) ? name.substring(0, name.length() - inside.length()) : "archive.zip";
    return Optional.of(new IngestSource.InArchive(name, IngestSource.ofPath(archiveName, where), entry.entries()));
  }

  /** Forgets a failure (it was retried); a kept copy no other failure needs is deleted. */
  public synchronized void remove(String id) {
    Entry entry = entries.remove(id);
    if (entry == null) {
      return;
    }
    if (entry.path() != null && Path.of(entry.path()).startsWith(kept)
        && entries.values().stream().noneMatch(e -> entry.path().equals(e.path()))) {
      deleteQuietly(Path.of(entry.path()));
    }
    rewrite();
  }

  /** The failure as listed: retryable while its file is still there. */
  private IngestFailure view(Entry entry) {
    IngestFailure f = entry.failure();
    boolean retryable = entry.path() != null && Files.isRegularFile(Path.of(entry.path()));
    return retryable == f.retryable() ? f : new IngestFailure(f.id(), f.fileName(), f.reason(), f.time(), retryable);
  }

  /** Deletes expired copies, then the oldest ones until {@code incoming} more bytes fit the quota. */
  private void makeRoom(long incoming) {
    if (!Files.isDirectory(kept)) {
      return;
    }
    List<Path> copies;
    try (Stream<Path> files = Files.list(kept)) {
      copies = files.filter(f -> !f.getFileName().toString().endsWith(PARTIAL))
          .sorted(Comparator.comparing(FailureLog::modified)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the kept failed files in " + kept, e);
    }
    long total = copies.stream().mapToLong(FailureLog::sizeOf).sum();
    Instant expired = clock.instant().minus(keptExpiry);
    for (Path copy : copies) {
      if (modified(copy).toInstant().isBefore(expired) || total + incoming > keptQuota) {
        total -= sizeOf(copy);
        deleteQuietly(copy);
        log.info("Kept failed file [{}] deleted (expired or over the quota)", copy.getFileName());
      }
    }
  }

  private void rewrite() {
    try {
      List<String> lines = new ArrayList<>();
      for (Entry e : entries.values()) {
        lines.add(json.writeValueAsString(e));
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rewrite the failure log " + file, e);
    }
  }

  /** A line of the log; lines written before failures had ids are read as not retryable. */
  private Entry entry(JsonNode line) throws IOException {
    if (line.has("failure")) {
      Entry entry = json.treeToValue(line, Entry.class);
      if (entry.failure() == null || entry.failure().id() == null) {
        throw new IOException("a failure without an id");
      }
      return entry;
    }
    IngestFailure failure = new IngestFailure(UUID.randomUUID().toString(), line.path("fileName").asText(),
        line.path("reason").asText(), Instant.parse(line.path("time").asText()), false);
    return new Entry(failure, null, List.of());
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    List<String> unreadable = new ArrayList<>();
    try {
      // Decoded leniently: a line torn inside a multi-byte letter is one bad line, not a bad file.
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        try {
          Entry entry = entry(json.readTree(line));
          entries.put(entry.failure().id(), entry);
        } catch (IOException | RuntimeException e) {
          unreadable.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The failure log " + file + " cannot be read", e);
    }
    if (!unreadable.isEmpty()) {
      quarantine(unreadable);
    }
  }

  /** Moves unreadable lines aside, so the log is whole again and the next append starts a line. */
  private void quarantine(List<String> lines) {
    Path aside = file.resolveSibling(file.getFileName() + ".quarantined");
    try {
      Files.write(aside, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot quarantine unreadable lines of " + file + " in " + aside, e);
    }
    log.warn("{} unreadable line(s) of the failure log (a write cut short?) moved to {}", lines.size(), aside);
    rewrite();
  }

  /** Copies at most {@code limit} bytes; -1 (and the copy emptied) when there are more. */
  private static long copyAtMost(InputStream source, Path target, long limit) throws IOException {
    try (InputStream in = source; OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > limit) {
          return -1;
        }
        out.write(buffer, 0, n);
      }
      return total;
    }
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      log.warn("Cannot delete {}: {}", path, e.getMessage());
    }
  }
}
