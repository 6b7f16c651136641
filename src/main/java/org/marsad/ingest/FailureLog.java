package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every ingest failure, appended to a JSON-lines file under the data directory so that none is
 * lost across restarts, with what is needed to retry it: the server path of a batch file, or a
 * copy of an uploaded file (kept beside the log, up to the file-size limit). A retried failure
 * leaves the log (the file is rewritten then). Thread safe (all access is serialised).
 */
public final class FailureLog {

  private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

  /** One line of the log: the failure and where its file is. */
  record Entry(IngestFailure failure, String path) {}

  private final Path file;
  private final Path kept;
  private final ObjectMapper json;
  private final Clock clock;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public FailureLog(Path file, ObjectMapper json, Clock clock) {
    this.file = file;
    this.kept = file.resolveSibling("failed-files");
    this.json = json;
    this.clock = clock;
    load();
  }

  /** Records a failure without a way to retry it. */
  public IngestFailure record(String fileName, String reason) {
    return record(fileName, reason, null, null);
  }

  /**
   * Records a failure; {@code path} (a file on the server) or {@code bytes} (an upload, kept) make
   * it retryable.
   */
  public synchronized IngestFailure record(String fileName, String reason, Path path, byte[] bytes) {
    String id = UUID.randomUUID().toString();
    String where = path == null ? null : path.toAbsolutePath().toString();
    try {
      if (where == null && bytes != null) {
        Files.createDirectories(kept);
        Path copy = kept.resolve(id);
        Files.write(copy, bytes);
        where = copy.toString();
      }
      IngestFailure failure = new IngestFailure(id, fileName, reason, clock.instant(), where != null);
      Entry entry = new Entry(failure, where);
      entries.put(id, entry);
      Files.createDirectories(file.getParent());
      Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      log.info("Ingest failed [{}]: {}", fileName, reason);
      return failure;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot record the ingest failure of " + fileName, e);
    }
  }

  /** The failures, newest first. */
  public synchronized List<IngestFailure> list() {
    List<IngestFailure> newestFirst = new ArrayList<>(entries.values().stream().map(Entry::failure).toList());
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public synchronized Optional<IngestFailure> get(String id) {
    return Optional.ofNullable(entries.get(id)).map(Entry::failure);
  }

  /** The file to retry a failure with, if Marsad still has it. */
  public synchronized Optional<IngestSource> source(String id) {
    Entry entry = entries.get(id);
    if (entry == null || entry.path() == null || !Files.isRegularFile(Path.of(entry.path()))) {
      return Optional.empty();
    }
    return Optional.of(IngestSource.ofPath(entry.failure().fileName(), Path.of(entry.path())));
  }

  /** Forgets a failure (it was retried); a kept upload copy is deleted. */
  public synchronized void remove(String id) {
    Entry entry = entries.remove(id);
    if (entry == null) {
      return;
    }
    try {
      if (entry.path() != null && Path.of(entry.path()).startsWith(kept)) {
        Files.deleteIfExists(Path.of(entry.path()));
      }
      List<String> lines = new ArrayList<>();
      for (Entry e : entries.values()) {
        lines.add(json.writeValueAsString(e));
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rewrite the failure log " + file, e);
    }
  }

  /** A line of the log; lines written before failures had ids are read as not retryable. */
  private Entry entry(JsonNode line) throws IOException {
    if (line.has("failure")) {
      return json.treeToValue(line, Entry.class);
    }
    IngestFailure failure = new IngestFailure(UUID.randomUUID().toString(), line.path("fileName").asText(),
        line.path("reason").asText(), Instant.parse(line.path("time").asText()), false);
    return new Entry(failure, null);
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          Entry entry = entry(json.readTree(line));
          entries.put(entry.failure().id(), entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The failure log " + file + " is unreadable", e);
    }
  }
}
