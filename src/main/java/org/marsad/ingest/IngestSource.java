package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Bytes to ingest and the name they came with; read once or more, from an upload or a file. */
public interface IngestSource {

  /** The file name as the user gave it (used for type and charset detection). */
  String fileName();

  /** Size in bytes, or -1 if unknown. */
  long size();

  InputStream open() throws IOException;

  static IngestSource ofBytes(String fileName, byte[] bytes) {
    return new IngestSource() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public InputStream open() {
        return new java.io.ByteArrayInputStream(bytes);
      }
    };
  }
}
