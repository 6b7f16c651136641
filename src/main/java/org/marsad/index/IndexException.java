package org.marsad.index;

/**
 * Solr refused or could not be reached; the API answers 503, ingest records a failure. The message
 * says what Marsad was doing, never what Solr said (Solr's messages hold its URLs, parameters and
 * internals): that is in the cause, for the server's log ({@link #solrMessage()}).
 */
public class IndexException extends Exception {

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Solr's own words, for the log only. */
  public String solrMessage() {
    return getCause() == null ? "" : String.valueOf(getCause().getMessage());
  }
}
