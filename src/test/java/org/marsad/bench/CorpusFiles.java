package org.marsad.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Finds the files of labelled documents by docno in a corpus: a folder searched recursively
 * ({@code <Outlet>/<category>/<DOCNO>.txt}, or a dev set's {@code docs/}) or the multi-source
 * tarball ({@code .tar.gz}, streamed once, only the wanted members kept in memory). A file's name
 * without its extension is its docno.
 */
final class CorpusFiles {

  private CorpusFiles() {}

  /** The bytes of every wanted docno the corpus holds, keyed by docno; missing ones are absent. */
  static Map<String, byte[]> read(Path corpus, Set<String> docnos) throws IOException {
    String name = corpus.getFileName().toString();
    if (Files.isDirectory(corpus)) {
      return fromFolder(corpus, docnos);
    }
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return fromTarball(corpus, docnos);
    }
    throw new IllegalArgumentException(corpus + " is neither a folder nor a .tar.gz");
  }

  private static Map<String, byte[]> fromFolder(Path folder, Set<String> docnos) throws IOException {
    Map<String, byte[]> found = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String docno = docno(file.getFileName().toString());
        if (docnos.contains(docno)) {
          found.put(docno, Files.readAllBytes(file));
        }
      }
    }
    return found;
  }

  private static Map<String, byte[]> fromTarball(Path tarball, Set<String> docnos) throws IOException {
    Map<String, byte[]> found = new LinkedHashMap<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(tarball));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null && found.size() < docnos.size()) {
        if (!entry.isFile()) {
          continue;
        }
        String docno = docno(Path.of(entry.getName()).getFileName().toString());
        if (docnos.contains(docno)) {
          found.put(docno, tar.readAllBytes());
        }
      }
    }
    return found;
  }

  private static String docno(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }
}
