package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A {@code .tar.gz} (or {@code .tgz}) archive such as a corpus release, streamed: members are small
 * articles, read into memory one chunk at a time. Unlike {@link ArchiveReader} (a ZIP uploaded as one
 * file), each member is a file of the batch with its own outcome.
 *
 * @param archive the archive
 */
public record TarGzReader(Path archive) implements BatchInput {

  /** Whether {@code path} is a regular file named like a gzipped tar archive. */
  public static boolean isTarGz(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path) && (name.endsWith(".tar.gz") || name.endsWith(".tgz"));
  }

  @Override
  public List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream tar = open()) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (entry.isFile()) {
          names.add(entry.getName());
        }
      }
    }
    return names;
  }

  @Override
  public void feed(Set<String> skip, int chunkSize, Consumer<List<IngestSource>> chunk) throws IOException {
    List<IngestSource> batch = new ArrayList<>(chunkSize);
    try (TarArchiveInputStream tar = open()) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.isFile() || skip.contains(entry.getName())) {
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
      chunk.accept(List.copyOf(batch));
    }
  }

  private TarArchiveInputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(archive));
    return new TarArchiveInputStream(new GzipCompressorInputStream(in));
  }
}
