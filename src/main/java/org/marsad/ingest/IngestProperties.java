package org.marsad.ingest;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
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
 * @param maxArchiveUnpacked bytes one archive may unpack to in all, whatever its ratio
 * @param maxBytesInFlight bytes of input parsed at once across all ingests; more waits its turn
 * @param failedFilesQuota disk kept for copies of failed uploads (to retry them); oldest go first
 * @param failedFilesExpiry how long a failed upload's copy is kept
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
    @DefaultValue("1GB") DataSize maxArchiveUnpacked,
    @DefaultValue("64MB") DataSize maxBytesInFlight,
    @DefaultValue("1GB") DataSize failedFilesQuota,
    @DefaultValue("30d") Duration failedFilesExpiry,
    List<Path> inboxes) {

  public IngestProperties {
    inboxes = inboxes == null ? List.of() : List.copyOf(inboxes);
    positive("max-archive-unpacked", maxArchiveUnpacked);
    positive("max-bytes-in-flight", maxBytesInFlight);
    positive("failed-files-quota", failedFilesQuota);
    if (failedFilesExpiry.isNegative() || failedFilesExpiry.isZero()) {
      throw new IllegalArgumentException(
          "marsad.ingest.failed-files-expiry must be positive, was " + failedFilesExpiry);
    }
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

  private static void positive(String name, DataSize size) {
    if (size.toBytes() < 1024) {
      throw new IllegalArgumentException("marsad.ingest." + name + " must be at least 1KB, was " + size);
    }
  }

  /** Threads that parse in parallel: the configured number, or one per core. */
  public int threads() {
    return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
  }
}
