package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Callers of {@code wait=searchable} share soft commits, and each is covered by one that started after it. */
class SoftCommitsTest {

  @Test
  void concurrentCallersShareCommitsAndEachIsCoveredByALaterOne() throws Exception {
    AtomicLong writes = new AtomicLong();
    AtomicInteger commits = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlapping = new AtomicInteger();
    List<Long> visibleAfterCommit = new ArrayList<>();
    SoftCommits softCommits = new SoftCommits(() -> {
      if (running.incrementAndGet() > 1) {
        overlapping.incrementAndGet();
      }
      long seen = writes.get(); // what this commit makes visible: every write before it started
      sleep(40);
      commits.incrementAndGet();
      synchronized (visibleAfterCommit) {
        visibleAfterCommit.add(seen);
      }
      running.decrementAndGet();
    });
    int callers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      results.add(pool.submit(() -> {
        go.await();
        long mine = writes.incrementAndGet();
        softCommits.awaitSearchable();
        synchronized (visibleAfterCommit) {
          return visibleAfterCommit.stream().anyMatch(seen -> seen >= mine);
        }
      }));
    }
    go.countDown();
    for (Future<Boolean> result : results) {
      assertThat(result.get()).as("a commit that started after the write has finished").isTrue();
    }
    pool.shutdown();
    assertThat(overlapping.get()).as("never two commits at once").isZero();
    assertThat(commits.get()).as("16 callers, far fewer commits").isBetween(1, 8);
  }

  @Test
  void aFailedCommitFailsItsCallerAndTheNextCallerTriesAgain() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    SoftCommits softCommits = new SoftCommits(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IndexUnavailableException("Solr down", null);
      }
    });

    assertThatThrownBy(softCommits::awaitSearchable).isInstanceOf(IndexUnavailableException.class);
    softCommits.awaitSearchable();

    assertThat(calls.get()).isEqualTo(2);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
