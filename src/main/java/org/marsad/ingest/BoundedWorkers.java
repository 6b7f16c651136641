package org.marsad.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs parsing tasks in parallel with a hard time-out each, so that a parser that hangs or runs
 * out of memory costs one file, not the server.
 *
 * <p>At most {@code threads} tasks run at once (a semaphore). A task that overruns its time-out is
 * interrupted and given up: its permit is returned so the batch goes on, and its thread is counted
 * as abandoned (a parser stuck in a loop may ignore the interrupt). Past {@code maxAbandoned} such
 * threads, new tasks fail at once instead of piling up stuck threads. Thread safe.
 */
public final class BoundedWorkers implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BoundedWorkers.class);

  private final ExecutorService executor;
  private final Semaphore permits;
  private final Duration timeout;
  private final int maxAbandoned;
  private final AtomicInteger abandoned = new AtomicInteger();

  public BoundedWorkers(int threads, Duration timeout) {
    this.permits = new Semaphore(threads);
    this.timeout = timeout;
    this.maxAbandoned = threads * 4;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "ingest-parse-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.executor = Executors.newCachedThreadPool(factory);
  }

  /**
   * Runs every task and returns one result per task, in order. A task that throws, overruns or
   * runs out of memory yields {@code onFailure.apply(reason)} instead.
   */
  public <T> List<T> runAll(List<Callable<T>> tasks, Function<String, T> onFailure) {
    List<Running<T>> futures = new ArrayList<>(tasks.size());
    List<T> results = new ArrayList<>(tasks.size());
    int next = 0;
    // Submit while permits last; each finished or abandoned task frees one for the next.
    while (results.size() < tasks.size()) {
      while (next < tasks.size() && permits.tryAcquire()) {
        futures.add(submit(tasks.get(next++)));
      }
      if (futures.size() > results.size()) {
        results.add(await(futures.get(results.size()), onFailure));
      } else {
        acquireAndSubmitOne(tasks, futures, next++, onFailure);
      }
    }
    return results;
  }

  private <T> void acquireAndSubmitOne(
      List<Callable<T>> tasks, List<Running<T>> futures, int index, Function<String, T> onFailure) {
    try {
      permits.acquire();
      futures.add(submit(tasks.get(index)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.add(new Running<>(java.util.concurrent.CompletableFuture.completedFuture(
          onFailure.apply("Ingest was interrupted")), new AtomicBoolean(true)));
    }
  }

  private <T> Running<T> submit(Callable<T> task) {
    AtomicBoolean released = new AtomicBoolean();
    if (abandoned.get() >= maxAbandoned) {
      release(released);
      return new Running<>(java.util.concurrent.CompletableFuture.failedFuture(
          new IllegalStateException("Too many parsers are stuck; restart Marsad to free them")),
          released);
    }
    Future<T> future = executor.submit(() -> {
      try {
        return task.call();
      } finally {
        release(released);
      }
    });
    return new Running<>(future, released);
  }

  /** A permit is returned once per task: by the task when it ends, or by the time-out. */
  private void release(AtomicBoolean released) {
    if (released.compareAndSet(false, true)) {
      permits.release();
    }
  }

  private record Running<T>(Future<T> future, AtomicBoolean released) {}

  private <T> T await(Running<T> running, Function<String, T> onFailure) {
    Future<T> future = running.future();
    try {
      // The time-out counts from when we start waiting: tasks ahead of it in the queue are
      // awaited first, and this one has been running at least since then.
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      abandoned.incrementAndGet();
      release(running.released()); // the stuck task keeps its thread, not its permit
      log.warn("A parser overran its {} s time-out and was abandoned", timeout.toSeconds());
      return onFailure.apply("Parsing took longer than " + timeout.toSeconds() + " s and was stopped");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof OutOfMemoryError) {
        return onFailure.apply("The parser ran out of memory on this file");
      }
      log.debug("Parsing task failed", cause);
      return onFailure.apply("The parser failed: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return onFailure.apply("Ingest was interrupted");
    }
  }

  /** Parser threads given up after a time-out (for health and tests). */
  public int abandoned() {
    return abandoned.get();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
