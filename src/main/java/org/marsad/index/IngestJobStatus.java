package org.marsad.index;

import java.time.Instant;

/**
 * Where a batch ingest job stands.
 *
 * @param id the job's id
 * @param folder the folder (or .tar.gz archive) being ingested
 * @param state {@code queued}, {@code running}, {@code waiting} (for Solr, which is unavailable;
 *     it goes on by itself), {@code done} or {@code failed}
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
    String state,
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

  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String WAITING = "waiting";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  public boolean finishedOrFailed() {
    return DONE.equals(state) || FAILED.equals(state);
  }
}
