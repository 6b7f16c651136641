package org.marsad.search;

/**
 * A search refused or stopped for what it would cost the server, not for how it was written: too
 * many searches at once, or Solr stopped it at its time or CPU allowance. The API answers 503.
 */
public class SearchLimitException extends RuntimeException {

  private final boolean busy;

  private SearchLimitException(String message, boolean busy) {
    super(message);
    this.busy = busy;
  }

  static SearchLimitException busy(String message) {
    return new SearchLimitException(message, true);
  }

  static SearchLimitException stopped(String message) {
    return new SearchLimitException(message, false);
  }

  /** True when the server was saturated (a retry soon may pass); false when the search itself was too costly. */
  public boolean busy() {
    return busy;
  }
}
