package org.marsad.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the searches sent to Solr at once: a search waits up to {@code queueWait} for its turn,
 * then is refused with {@link SearchLimitException} (503, try again) instead of piling more work
 * on a saturated node. Thread safe.
 */
final class SearchGate {

  private final Semaphore permits;
  private final Duration queueWait;
  private final int maxConcurrent;

  SearchGate(int maxConcurrent, Duration queueWait) {
    this.permits = new Semaphore(maxConcurrent, true);
    this.queueWait = queueWait;
    this.maxConcurrent = maxConcurrent;
  }

  /** A turn to search; close it when Solr has answered. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  Turn enter() {
    boolean entered;
    try {
      entered = permits.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      throw SearchLimitException.busy("The server is running " + maxConcurrent
          + " searches already (marsad.search.max-concurrent); try again in a moment.");
    }
    return permits::release;
  }
}
