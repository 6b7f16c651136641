package org.marsad.index;

/**
 * Makes what was written searchable on request ({@code wait=searchable}), as Elasticsearch's
 * {@code refresh=wait_for} does, without opening a searcher per caller: a soft commit that
 * <em>starts</em> after a caller's write covers that caller, so callers that arrive while one runs
 * share the next one. Solr refuses to warm more than two searchers at a time, so one soft commit
 * per upload under load would fail; here at most one runs, and one more is queued behind it.
 * Thread safe.
 */
final class SoftCommits {

  /** Sends one soft commit that waits for the new searcher. */
  @FunctionalInterface
  interface Commit {
    void run() throws IndexException;
  }

  private final Commit commit;
  private final Object lock = new Object();
  /** Number of the latest soft commit started, and of the latest one that succeeded. */
  private long started;
  private long succeeded;
  private boolean running;

  SoftCommits(Commit commit) {
    this.commit = commit;
  }

  /** Returns once a soft commit that started after this call has made everything searchable. */
  void awaitSearchable() throws IndexException {
    long mine;
    synchronized (lock) {
      long needed = started + 1;
      while (running) {
        waitForTurn();
        if (succeeded >= needed) {
          return; // someone else's commit started after our write and has finished
        }
      }
      running = true;
      mine = ++started;
    }
    boolean ok = false;
    try {
      commit.run();
      ok = true;
    } finally {
      synchronized (lock) {
        running = false;
        if (ok) {
          succeeded = mine;
        }
        lock.notifyAll();
      }
    }
  }

  private void waitForTurn() throws IndexException {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexUnavailableException("Interrupted while waiting for documents to become searchable", e);
    }
  }
}
