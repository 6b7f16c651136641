package org.marsad.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/**
 * Where a batch ingest job stands.
 *
 * @param id the job's id
 * @param folder the folder (or .tar.gz archive) being ingested
 * @param state queued, running, waiting (for Solr, which is unavailable; it goes on by itself),
 *     done or failed
 * @param total files found
 * @param done files processed (each has its outcome)
 * @param indexed documents indexed
 * @param duplicates documents already in the index (or twice in the batch)
 * @param failed files (or archive members) that failed; see {@code GET /api/ingest/failures}
 * @param docsPerSecond files processed per second since the job (re)started
 * @param etaSeconds estimated seconds left, or null when unknown
 * @param error why the whole job stopped (folder vanished, Solr refused), or what it waits for, or null
 */
public record IngestJobStatus(
    String id,
    String folder,
    State state,
    long total,
    long done,
    long indexed,
    long duplicates,
    long failed,
    Instant started,
    Instant finished,
    double docsPerSecond,
    Long etaSeconds,
    String error) {

  /**
   * A job's life: queued, then running (waiting while Solr is unavailable), then done or failed
   * (written in lower case in JSON).
   */
  public enum State {
    QUEUED,
    RUNNING,
    WAITING,
    DONE,
    FAILED;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static State of(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean over() {
      return this == DONE || this == FAILED;
    }
  }

  public boolean finishedOrFailed() {
    return state.over();
  }
}
