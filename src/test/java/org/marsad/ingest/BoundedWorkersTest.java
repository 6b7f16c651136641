package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class BoundedWorkersTest {

  @Test
  void aHangingOrFailingTaskCostsOneResultNotTheBatch() {
    try (BoundedWorkers workers = new BoundedWorkers(2, Duration.ofMillis(300))) {
      List<Callable<String>> tasks = List.of(
          () -> "a",
          () -> {
            while (true) {
              Thread.onSpinWait(); // ignores interrupts, like a parser stuck in a loop
            }
          },
          () -> {
            throw new OutOfMemoryError("Java heap space");
          },
          () -> "d",
          () -> "e");
      List<String> results = workers.runAll(tasks, reason -> "failed: " + reason);
      assertThat(results).hasSize(5);
      assertThat(results.get(0)).isEqualTo("a");
      assertThat(results.get(1)).startsWith("failed: Parsing took longer");
      assertThat(results.get(2)).isEqualTo("failed: The parser ran out of memory on this file");
      assertThat(results.subList(3, 5)).containsExactly("d", "e");
      assertThat(workers.abandoned()).isEqualTo(1);
    }
  }
}
