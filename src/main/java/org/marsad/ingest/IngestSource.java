package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Bytes to ingest and the name they came with; read once or more, from an upload, a file or an
 * archive member. Nothing here holds a file in memory except {@link InMemory} (small files the
 * jar bundles, and tests).
 */
public interface IngestSource {

  /** The file name as the user gave it (used for type and charset detection). */
  String fileName();

  /** Size in bytes, or -1 if unknown. */
  long size();

  InputStream open() throws IOException;

  /** The file on the server it is read from and can be read again from, or null. */
  default Path path() {
    return null;
  }

  /**
   * What a failure keeps to retry this source: the source itself, or for an archive member the
   * archive it came from (with {@link #entries()} saying where in it).
   */
  default IngestSource origin() {
    return this;
  }

  /** Where this member is inside {@link #origin()}: entry names, outermost first; empty for a whole file. */
  default List<String> entries() {
    return List.of();
  }

  static IngestSource ofBytes(String fileName, byte[] bytes) {
    return new InMemory(fileName, bytes);
  }

  /** A file on disk, read lazily (streamed to the parser, never loaded whole). */
  static IngestSource ofPath(String fileName, Path file) {
    return new OnDisk(fileName, file);
  }

  /** An upload: the servlet container keeps it in a temporary file; it is streamed from there. */
  static IngestSource ofUpload(String fileName, long size, Opener opener) {
    return new Upload(fileName, size, opener);
  }

  /** Opens a stream (an upload's temporary file). */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /** Small bytes held in memory (the bundled sample corpus, tests). */
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

  /**
   * A file on the server (a batch folder, a kept copy of a failed upload). Opened without
   * following a link: a file swapped for a link after it was checked is refused, not read.
   */
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
      return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
    }
  }

  /** An uploaded file, streamed from the container's temporary file. */
  record Upload(String fileName, long size, Opener opener) implements IngestSource {
    @Override
    public InputStream open() throws IOException {
      return opener.open();
    }
  }

  /**
   * An archive member spooled to a temporary file (deleted once the member is ingested), with
   * the archive it came from: a failure keeps the archive once and the member's place in it.
   */
  record Member(String fileName, Path spooled, IngestSource origin, List<String> entries)
      implements IngestSource {
    public Member {
      entries = List.copyOf(entries);
    }

    @Override
    public long size() {
      try {
        return Files.size(spooled);
      } catch (IOException e) {
        return -1;
      }
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(spooled);
    }
  }

  /**
   * A file of a batch that may not be read at all (a link out of an inbox): the pipeline records
   * the failure without opening anything.
   */
  record Refused(String fileName, String reason) implements IngestSource {
    @Override
    public long size() {
      return 0;
    }

    @Override
    public InputStream open() throws IOException {
      throw new IOException(reason);
    }
  }

  /**
   * A member still inside its archive (a failed member being retried): streamed out of the
   * archive when opened; the pipeline spools it, within the file-size limit, before parsing.
   */
  record InArchive(String fileName, IngestSource origin, List<String> entries) implements IngestSource {
    public InArchive {
      entries = List.copyOf(entries);
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public InputStream open() throws IOException {
      return ArchiveReader.openEntry(origin.open(), entries);
    }
  }
}
