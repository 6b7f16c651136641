package org.marsad.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who changed what, when: one JSON line per state-changing request (allowed or refused) in
 * {@code <data-dir>/audit.jsonl}, appended and never rewritten. Thread safe.
 */
public final class AuditLog {

  /**
   * One state-changing request.
   *
   * @param time when it finished
   * @param who the key ({@code key:<id> (<name>)}), the token's user ({@code jwt:<name>}) or
   *     {@code anonymous}
   * @param action method and path, e.g. {@code DELETE /api/documents/abc}
   * @param status the HTTP status it got
   * @param remote the client's address
   */
  public record Entry(Instant time, String who, String action, int status, String remote) {}

  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

  private final Path file;
  private final ObjectMapper json;

  public AuditLog(Path file, ObjectMapper json) {
    this.file = file;
    this.json = json;
  }

  public synchronized void record(Entry entry) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The request has already been served; losing the line must be loud, not fatal.
      log.error("Could not write the audit log {}: {}", file, e.getMessage());
    }
  }

  /** The latest {@code limit} entries, newest last; unreadable lines are skipped. */
  public synchronized List<Entry> latest(int limit) {
    if (!Files.exists(file)) {
      return List.of();
    }
    Deque<String> lines = new ArrayDeque<>(limit);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (lines.size() == limit) {
          lines.removeFirst();
        }
        lines.addLast(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit log", e);
    }
    List<Entry> entries = new ArrayList<>(lines.size());
    for (String line : lines) {
      try {
        entries.add(json.readValue(line, Entry.class));
      } catch (IOException e) {
        log.warn("Skipping an unreadable audit line: {}", e.getMessage());
      }
    }
    return entries;
  }
}
