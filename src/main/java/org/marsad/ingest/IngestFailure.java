package org.marsad.ingest;

import java.time.Instant;

/**
 * A file that could not be ingested.
 *
 * @param fileName the file as given (uploads) or relative to its inbox (batch jobs)
 * @param reason what went wrong, for a person to act on
 * @param time when it failed
 */
public record IngestFailure(String fileName, String reason, Instant time) {}
