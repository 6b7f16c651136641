package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    IngestFailure kept = log.record("upload.pdf", "broken", null, new byte[] {1, 2, 3});
    IngestFailure lost = log.record("gone.txt", "broken");

    FailureLog reopened = new FailureLog(file, json, clock);
    assertThat(reopened.list()).extracting(IngestFailure::id).containsExactly(lost.id(), kept.id());
    assertThat(reopened.get(kept.id()).orElseThrow().retryable()).isTrue();
    assertThat(reopened.source(kept.id()).orElseThrow().open().readAllBytes()).containsExactly(1, 2, 3);
    assertThat(reopened.source(lost.id())).isEmpty();

    reopened.remove(kept.id());
    assertThat(new FailureLog(file, json, clock).list()).extracting(IngestFailure::id).containsExactly(lost.id());
  }

  @Test
  void linesFromBeforeFailuresHadIdsStillLoad() throws Exception {
    Path file = dir.resolve("old.jsonl");
    Files.writeString(file, "{\"fileName\":\"a.pdf\",\"reason\":\"broken\",\"time\":\"2025-05-01T00:00:00Z\"}\n");
    IngestFailure old = new FailureLog(file, json, clock).list().get(0);
    assertThat(old.fileName()).isEqualTo("a.pdf");
    assertThat(old.retryable()).isFalse();
  }
}
