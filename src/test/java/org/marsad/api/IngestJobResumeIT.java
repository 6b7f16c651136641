package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job that a restart interrupted (its state file says running, its .done list names one of its
 * three files) is resumed at start-up and ingests only the two files not yet done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IngestJobResumeIT {

  @TempDir static Path dataDir;
  @TempDir static Path inbox;

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void authenticate() {
    org.marsad.MarsadITSupport.asAdmin(http);
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("marsad.data-dir", () -> dataDir.toString());
    registry.add("marsad.ingest.inboxes", () -> inbox.toString());
  }

  @BeforeAll
  static void leaveAnInterruptedJobBehind() throws IOException {
    Path folder = inbox.resolve("batch");
    Files.createDirectories(folder);
    for (String name : new String[] {"article-utf8.txt", "ant-news.txt", "saved-page.html"}) {
      try (InputStream in = IngestJobResumeIT.class.getResourceAsStream("/ingest/formats/" + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }
    Path jobs = Files.createDirectories(dataDir.resolve("ingest-jobs"));
    Files.writeString(jobs.resolve("resume01.json"), """
        {"id":"resume01","folder":"%s","state":"running","total":3,"done":1,"indexed":1,
         "duplicates":0,"failed":0,"started":"2026-01-01T00:00:00Z","docsPerSecond":0}
        """.formatted(folder.toString().replace("\\", "\\\\")));
    Files.writeString(jobs.resolve("resume01.done"), "article-utf8.txt\n");
  }

  @Test
  void anInterruptedJobResumesWhereItStopped() throws InterruptedException {
    Map<String, Object> job = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      job = http.getForObject("/api/ingest/jobs/resume01", Map.class);
      if ("done".equals(job.get("state"))) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(job).containsEntry("state", "done").containsEntry("total", 3).containsEntry("done", 3);
    // One indexed before the restart, two after; the file on the .done list was not read again.
    assertThat(job).containsEntry("indexed", 3).containsEntry("duplicates", 0);
    assertThat(http.getForObject("/api/search?q=السبسي", String.class)).contains("السبسي");
  }
}
