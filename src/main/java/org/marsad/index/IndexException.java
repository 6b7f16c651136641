package org.marsad.index;

/** Solr refused or could not be reached; the API answers 503, ingest records a failure. */
public class IndexException extends Exception {

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
