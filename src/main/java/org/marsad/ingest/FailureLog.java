package org.marsad.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every ingest failure, appended to a JSON-lines file under the data directory so that none is
 * lost across restarts. Thread safe (appends are serialised).
 */
public final class FailureLog {

  private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

  private final Path file;
  private final ObjectMapper json;
  private final Clock clock;
  private final List<IngestFailure> failures = new ArrayList<>();

  public FailureLog(Path file, ObjectMapper json, Clock clock) {
    this.file = file;
    this.json = json;
    this.clock = clock;
    load();
  }

  public synchronized IngestFailure record(String fileName, String reason) {
    IngestFailure failure = new IngestFailure(fileName, reason, clock.instant());
    failures.add(failure);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json.writeValueAsString(failure) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot record the ingest failure of " + fileName, e);
    }
    log.info("Ingest failed [{}]: {}", fileName, reason);
    return failure;
  }

  /** The failures, newest first. */
  public synchronized List<IngestFailure> list() {
    List<IngestFailure> newestFirst = new ArrayList<>(failures);
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          failures.add(json.readValue(line, IngestFailure.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The failure log " + file + " is unreadable", e);
    }
  }
}
