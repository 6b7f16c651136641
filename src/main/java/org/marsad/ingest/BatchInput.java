package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a batch job reads: a folder (walked recursively, {@link FolderWalker}) or a {@code .tar.gz}
 * archive (streamed once, {@link TarGzReader}). Files are named by their path inside the input, with
 * forward slashes, so a resumed job can skip the ones it finished.
 */
public sealed interface BatchInput permits FolderWalker, TarGzReader {

  /** The names of every file in the input, in the order {@link #feed} hands them out. */
  List<String> names() throws IOException;

  /**
   * Hands the files out in chunks of at most {@code chunkSize}, skipping the names in {@code skip}.
   * A chunk is handed out before the next is read, so memory holds one chunk at a time; its
   * sources may be temporary files, deleted once {@code chunk} returns.
   */
  void feed(Set<String> skip, int chunkSize, Consumer<List<IngestSource>> chunk) throws IOException;

  /**
   * The input at {@code path}: a {@code .tar.gz} archive if it is one (members over
   * {@code maxFileSize} refused unread), else a folder.
   */
  static BatchInput of(Path path, long maxFileSize) {
    return TarGzReader.isTarGz(path) ? new TarGzReader(path, maxFileSize) : new FolderWalker(path);
  }

  /** Whether {@code path} is something a batch job can read. */
  static boolean readable(Path path) {
    return Files.isDirectory(path) || TarGzReader.isTarGz(path);
  }
}
