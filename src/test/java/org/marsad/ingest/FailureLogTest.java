package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureLogTest {

  @TempDir Path dir;

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void failuresSurviveARestartAndKeptUploadsMakeThemRetryable() throws Exception {
    Path file = dir.resolve("ingest-failures.jsonl");
    FailureLog log = new FailureLog(file, json, clock);
    IngestSource upload = IngestSource.ofBytes("upload.pdf", new byte[] {1, 2, 3});
    IngestFailure kept = log.record("upload.pdf", "broken", log.keep(upload), List.of());
    IngestFailure lost = log.record("gone.txt", "broken");

    FailureLog reopened = new FailureLog(file, json, clock);
    assertThat(reopened.list()).extracting(IngestFailure::id).containsExactly(lost.id(), kept.id());
    assertThat(reopened.get(kept.id()).orElseThrow().retryable()).isTrue();
    assertThat(reopened.source(kept.id()).orElseThrow().open().readAllBytes()).containsExactly(1, 2, 3);
    assertThat(reopened.source(lost.id())).isEmpty();

    reopened.remove(kept.id());
    assertThat(new FailureLog(file, json, clock).list()).extracting(IngestFailure::id).containsExactly(lost.id());
    assertThat(keptCopies()).as("the copy goes with its last failure").isEmpty();
  }

  @Test
  void linesFromBeforeFailuresHadIdsStillLoad() throws Exception {
    Path file = dir.resolve("old.jsonl");
    Files.writeString(file, "{\"fileName\":\"a.pdf\",\"reason\":\"broken\",\"time\":\"2025-05-01T00:00:00Z\"}\n");
    IngestFailure old = new FailureLog(file, json, clock).list().get(0);
    assertThat(old.fileName()).isEqualTo("a.pdf");
    assertThat(old.retryable()).isFalse();
  }

  @Test
  void aTornLineIsQuarantinedNotFatal() throws Exception {
    Path file = dir.resolve("ingest-failures.jsonl");
    IngestFailure whole = new FailureLog(file, json, clock).record("whole.txt", "broken");
    // A crash in the middle of a write, cutting an Arabic letter in half.
    byte[] torn = "{\"failure\":{\"id\":\"x\",\"fileName\":\"تقرير".getBytes(StandardCharsets.UTF_8);
    Files.write(file, java.util.Arrays.copyOf(torn, torn.length - 1), java.nio.file.StandardOpenOption.APPEND);

    FailureLog reopened = new FailureLog(file, json, clock);
    assertThat(reopened.list()).extracting(IngestFailure::id).containsExactly(whole.id());
    assertThat(Files.readString(dir.resolve("ingest-failures.jsonl.quarantined"), StandardCharsets.UTF_8))
        .startsWith("{\"failure\":{\"id\":\"x\"");
    // The log is whole again: the next failure starts its own line and everything reads back.
    IngestFailure next = reopened.record("next.txt", "broken");
    assertThat(new FailureLog(file, json, clock).list()).extracting(IngestFailure::id)
        .containsExactly(next.id(), whole.id());
  }

  @Test
  void anUploadIsKeptOnceHoweverManyOfItsMembersFail() throws Exception {
    FailureLog log = new FailureLog(dir.resolve("f.jsonl"), json, clock);
    IngestSource upload = IngestSource.ofBytes("bundle.zip", "the same bytes".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 5; i++) {
      log.record("bundle.zip/" + i + ".txt", "broken", log.keep(upload), List.of(i + ".txt"));
    }
    assertThat(keptCopies()).hasSize(1);
    IngestSource member = log.source(log.list().get(0).id()).orElseThrow();
    assertThat(member).isInstanceOf(IngestSource.InArchive.class);
    assertThat(member.entries()).containsExactly("4.txt");
    assertThat(member.origin().fileName()).isEqualTo("bundle.zip");
  }

  @Test
  void keptCopiesStayWithinTheQuotaAndExpire() throws Exception {
    Path file = dir.resolve("f.jsonl");
    Clock ticking = new Ticking(clock.instant());
    FailureLog log = new FailureLog(file, json, ticking, 2500, Duration.ofDays(1));
    IngestFailure first = log.record("a.bin", "broken", log.keep(IngestSource.ofBytes("a.bin", new byte[1000])), List.of());
    log.record("b.bin", "broken", log.keep(IngestSource.ofBytes("b.bin", new byte[1001])), List.of());
    log.record("c.bin", "broken", log.keep(IngestSource.ofBytes("c.bin", new byte[1002])), List.of());
    assertThat(log.keep(IngestSource.ofBytes("huge.bin", new byte[3000]))).as("over the quota alone").isNull();
    assertThat(keptCopies()).hasSize(2);
    assertThat(log.get(first.id()).orElseThrow().retryable()).as("the oldest copy went first").isFalse();

    Clock later = Clock.offset(ticking, Duration.ofDays(2));
    new FailureLog(file, json, later, 2500, Duration.ofDays(1));
    assertThat(keptCopies()).as("expired").isEmpty();
  }

  /** A clock a second later at every reading, so copies kept one after another have distinct times. */
  private static final class Ticking extends Clock {
    private Instant now;

    Ticking(Instant start) {
      this.now = start;
    }

    @Override
    public Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private List<Path> keptCopies() throws Exception {
    Path kept = dir.resolve("failed-files");
    if (!Files.isDirectory(kept)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(kept)) {
      return files.toList();
    }
  }
}
