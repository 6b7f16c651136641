package org.marsad.ingest;

import java.util.List;

/**
 * What happened to one file (or one article of a multi-article file).
 *
 * @param fileName the file as given
 * @param id the document id; null when the file failed before one could be derived
 * @param status {@code indexed}, {@code duplicate} or {@code failed}
 * @param reason why it failed, or null
 * @param warnings what went wrong without stopping it (text truncated, reversed Arabic), or null
 */
public record IngestOutcome(String fileName, String id, String status, String reason, List<String> warnings) {

  public static final String INDEXED = "indexed";
  public static final String DUPLICATE = "duplicate";
  public static final String FAILED = "failed";

  public static IngestOutcome indexed(String fileName, String id) {
    return indexed(fileName, id, List.of());
  }

  public static IngestOutcome indexed(String fileName, String id, List<String> warnings) {
    return new IngestOutcome(fileName, id, INDEXED, null, warnings.isEmpty() ? null : List.copyOf(warnings));
  }

  public static IngestOutcome duplicate(String fileName, String id) {
    return new IngestOutcome(fileName, id, DUPLICATE, null, null);
  }

  public static IngestOutcome failed(String fileName, String reason) {
    return new IngestOutcome(fileName, null, FAILED, reason, null);
  }
}
