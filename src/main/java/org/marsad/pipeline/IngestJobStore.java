package org.marsad.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where batch jobs are kept across restarts: each job's status is {@code <id>.json} (replaced
 * atomically), and the files it has finished are appended to {@code <id>.done}, one name a line,
 * after every chunk. Thread safe as long as one thread writes a given job (the job runner does).
 */
final class IngestJobStore {

  private final Path dir;
  private final ObjectMapper json;

  IngestJobStore(Path dir, ObjectMapper json) {
    this.dir = dir;
    this.json = json;
  }

  /** Every job on disk; none when the folder does not exist yet. */
  List<IngestJobStatus> loadAll() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<IngestJobStatus> jobs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        jobs.add(json.readValue(file.toFile(), IngestJobStatus.class));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The ingest job state in " + dir + " is unreadable", e);
    }
    return jobs;
  }

  void save(IngestJobStatus job) {
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(job.id() + ".json.tmp");
      json.writeValue(tmp.toFile(), job);
      Files.move(tmp, dir.resolve(job.id() + ".json"),
          StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save ingest job " + job.id(), e);
    }
  }

  void appendDone(String id, List<String> names) {
    try {
      Files.write(dir.resolve(id + ".done"), names, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the progress of ingest job " + id, e);
    }
  }

  Set<String> readDone(String id) {
    Path file = dir.resolve(id + ".done");
    try {
      return Files.exists(file) ? new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : Set.of();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the progress of ingest job " + id, e);
    }
  }
}
