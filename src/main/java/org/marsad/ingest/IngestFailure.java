package org.marsad.ingest;

import java.time.Instant;

/**
 * A file that could not be ingested.
 *
 * @param id the failure's id, for {@code POST /api/ingest/failures/{id}/retry}
 * @param fileName the file as given (uploads) or relative to its inbox (batch jobs)
 * @param reason what went wrong, for a person to act on
 * @param time when it failed
 * @param retryable whether Marsad still has the file to try again (batch files, kept uploads)
 */
public record IngestFailure(String id, String fileName, String reason, Instant time, boolean retryable) {}
