package org.marsad.ingest;

import java.util.concurrent.Semaphore;

/**
 * A cap on the bytes of input being parsed at once, across every upload, retry and batch job:
 * a batch of files takes its size in permits before it is parsed and returns them once it is
 * stored, so concurrent ingests wait instead of filling the heap together. A batch larger than
 * the cap (one big file) takes the whole cap and runs alone. Thread safe.
 */
public final class InFlightBytes {

  private static final int UNIT = 1024;

  private final int capacity;
  private final Semaphore permits;

  public InFlightBytes(long maxBytes) {
    this.capacity = (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxBytes / UNIT));
    this.permits = new Semaphore(capacity, true);
  }

  /** Held bytes; {@link #close()} gives them back. */
  public final class Held implements AutoCloseable {
    private final int units;

    private Held(int units) {
      this.units = units;
    }

    @Override
    public void close() {
      permits.release(units);
    }
  }

  /** Waits until {@code bytes} (at most the whole cap) may be parsed. */
  public Held acquire(long bytes) throws InterruptedException {
    int units = (int) Math.max(1, Math.min(capacity, (bytes + UNIT - 1) / UNIT));
    permits.acquire(units);
    return new Held(units);
  }

  /** The cap, in bytes. */
  public long capacity() {
    return (long) capacity * UNIT;
  }

  /** Bytes free now (for tests and health). */
  public long available() {
    return (long) permits.availablePermits() * UNIT;
  }
}
