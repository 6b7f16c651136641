package org.marsad.ingest;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ingest limits and batch settings ({@code marsad.ingest.*}).
 *
 * @param maxCharacters text kept per document; longer text is truncated and the truncation noted
 * @param maxFileSize bytes per file (and per archive member); larger files fail with a reason
 * @param parseTimeout how long one file may take to parse before it fails and its worker is abandoned
 * @param parallelism parsing threads; 0 means one per core
 * @param maxArchiveEntries members read from one ZIP archive; more is treated as a zip bomb
 * @param maxArchiveRatio uncompressed/compressed size above which a ZIP member is a zip bomb
 * @param inboxes folders that {@code POST /api/ingest/jobs} may read; nothing outside them
 */
@Validated
@ConfigurationProperties("marsad.ingest")
public record IngestProperties(
    @Min(1000) @DefaultValue("5000000") int maxCharacters,
    @Min(1) @DefaultValue("104857600") long maxFileSize,
    @DefaultValue("60s") Duration parseTimeout,
    @Min(0) @DefaultValue("0") int parallelism,
    @Min(1) @DefaultValue("10000") int maxArchiveEntries,
    @Min(2) @DefaultValue("100") int maxArchiveRatio,
    List<Path> inboxes) {

  public IngestProperties {
    inboxes = inboxes == null ? List.of() : List.copyOf(inboxes);
    if (parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException("marsad.ingest.parse-timeout must be positive, was " + parseTimeout);
    }
    for (Path inbox : inboxes) {
      if (!java.nio.file.Files.isDirectory(inbox)) {
        throw new IllegalArgumentException(
            "marsad.ingest.inboxes: " + inbox + " is not a folder; create it or remove it from the list");
      }
    }
  }

  /** Threads that parse in parallel: the configured number, or one per core. */
  public int threads() {
    return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
  }
}
