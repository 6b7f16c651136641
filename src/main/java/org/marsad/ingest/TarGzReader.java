package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.LoggerFactory;

/**
 * A {@code .tar.gz} (or {@code .tgz}) archive such as a corpus release, streamed once: each member
 * is spooled to a temporary file (deleted once its chunk is ingested), so memory does not grow with
 * the members' sizes; a member over the file-size limit is refused unread. Unlike
 * {@link ArchiveReader} (a ZIP uploaded as one file), each member is a file of the batch with its
 * own outcome.
 *
 * @param archive the archive
 * @param maxFileSize bytes per member ({@code marsad.ingest.max-file-size})
 */
public record TarGzReader(Path archive, long maxFileSize) implements BatchInput {

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
    List<Path> spooled = new ArrayList<>(chunkSize);
    try (TarArchiveInputStream tar = open()) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.isFile() || skip.contains(entry.getName())) {
          continue;
        }
        batch.add(member(tar, entry, spooled));
        if (batch.size() == chunkSize) {
          handOut(batch, spooled, chunk);
        }
      }
      if (!batch.isEmpty()) {
        handOut(batch, spooled, chunk);
      }
    } finally {
      spooled.forEach(TarGzReader::deleteQuietly);
    }
  }

  private IngestSource member(TarArchiveInputStream tar, TarArchiveEntry entry, List<Path> spooled)
      throws IOException {
    String name = entry.getName();
    if (entry.getSize() > maxFileSize) {
      return new IngestSource.Refused(name, "The file is " + entry.getSize() + " bytes, over the limit of "
          + maxFileSize + " (marsad.ingest.max-file-size)");
    }
    Path file = Files.createTempFile("marsad-tar-", ".part");
    spooled.add(file);
    // The tar stream ends each entry at its header's size, checked above.
    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
    return IngestSource.ofUpload(name, Files.size(file), () -> Files.newInputStream(file));
  }

  private static void handOut(List<IngestSource> batch, List<Path> spooled, Consumer<List<IngestSource>> chunk) {
    try {
      chunk.accept(List.copyOf(batch));
    } finally {
      batch.clear();
      spooled.forEach(TarGzReader::deleteQuietly);
      spooled.clear();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LoggerFactory.getLogger(TarGzReader.class).warn("Cannot delete the temporary file {}: {}", file, e.getMessage());
    }
  }

  private TarArchiveInputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(archive));
    return new TarArchiveInputStream(new GzipCompressorInputStream(in));
  }
}
