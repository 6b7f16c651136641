package org.marsad.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What happened to one file (or one article of a multi-article file).
 *
 * @param fileName the file as given
 * @param id the document id; null when the file failed before one could be derived
 * @param status indexed, duplicate or failed
 * @param reason why it failed, or null
 * @param warnings what went wrong without stopping it (text truncated, reversed Arabic), or null
 */
public record IngestOutcome(String fileName, String id, Status status, String reason, List<String> warnings) {

  /** What became of a file; written in lower case in JSON ({@code "indexed"}), as the API promises. */
  public enum Status {
    INDEXED,
    DUPLICATE,
    FAILED;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static IngestOutcome indexed(String fileName, String id) {
    return indexed(fileName, id, List.of());
  }

  public static IngestOutcome indexed(String fileName, String id, List<String> warnings) {
    return new IngestOutcome(fileName, id, Status.INDEXED, null, warnings.isEmpty() ? null : List.copyOf(warnings));
  }

  public static IngestOutcome duplicate(String fileName, String id) {
    return new IngestOutcome(fileName, id, Status.DUPLICATE, null, null);
  }

  public static IngestOutcome failed(String fileName, String reason) {
    return new IngestOutcome(fileName, null, Status.FAILED, reason, null);
  }
}
