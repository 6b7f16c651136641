package org.marsad.index;

/**
 * Solr could not be reached or failed on its side (a connection refused, a time-out, a 5xx): the
 * request may succeed later unchanged. Uploads answer 503 and keep their files for retry; batch
 * jobs wait and try the same files again.
 */
public class IndexUnavailableException extends IndexException {

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
