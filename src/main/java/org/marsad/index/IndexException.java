package org.marsad.index;

import org.apache.solr.common.SolrException;

/**
 * Solr refused or could not be reached; the API answers 503, ingest records a failure. The message
 * says what Marsad was doing, never what Solr said (Solr's messages hold its URLs, parameters and
 * internals): that is in the cause, for the server's log ({@link #solrMessage()}).
 * {@link IndexUnavailableException} is the kind that may pass: Solr down or failing, not refusing.
 */
public class IndexException extends Exception {

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The exception for a failed Solr call: refused (a 4xx answer: Solr understood and said no) or
   * unavailable (anything else: no answer, a time-out, a server error, no live replica).
   */
  public static IndexException of(String message, Exception cause) {
    if (cause instanceof SolrException solr && solr.code() >= 400 && solr.code() < 500) {
      return new IndexException(message, cause);
    }
    return new IndexUnavailableException(message, cause);
  }

  /** Solr's own words, for the log only. */
  public String solrMessage() {
    return getCause() == null ? "" : String.valueOf(getCause().getMessage());
  }
}
