package org.marsad.api;

import java.util.List;
import org.marsad.index.IndexUnavailableException;
import org.marsad.ingest.IngestFailure;

/** An upload that arrived while Solr was unavailable: its files were kept as retryable failures. */
class UploadKeptException extends RuntimeException {

  private final transient List<IngestFailure> kept;

  UploadKeptException(IndexUnavailableException cause, List<IngestFailure> kept) {
    super(cause.getMessage(), cause);
    this.kept = List.copyOf(kept);
  }

  List<IngestFailure> kept() {
    return kept;
  }
}
