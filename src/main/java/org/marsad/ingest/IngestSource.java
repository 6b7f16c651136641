package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes to ingest and the name they came with; read once or more, from an upload or a file. */
public interface IngestSource {

  /** The file name as the user gave it (used for type and charset detection). */
  String fileName();

  /** Size in bytes, or -1 if unknown. */
  long size();

  InputStream open() throws IOException;

  /** The file on the server it is read from, or null (uploads, archive members). */
  default Path path() {
    return null;
  }

  static IngestSource ofBytes(String fileName, byte[] bytes) {
    return new InMemory(fileName, bytes);
  }

  /** A file on disk, read lazily (streamed to the parser, never loaded whole). */
  static IngestSource ofPath(String fileName, Path file) {
    return new OnDisk(fileName, file);
  }

  /** An upload or an archive member, held in memory. */
  record InMemory(String fileName, byte[] bytes) implements IngestSource {
    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }

  /** A file in a batch folder. */
  record OnDisk(String fileName, Path path) implements IngestSource {
    @Override
    public long size() {
      try {
        return Files.size(path);
      } catch (IOException e) {
        return -1;
      }
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }
}
