package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marsad.solr.Configset;
import org.marsad.solr.SolrSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Solr goes away and comes back, for real: the app runs in standalone mode against a separate
 * Solr node (solr-test-framework's Jetty runner) that the test stops and starts again. While it is
 * down, health is down, an upload is a 503 problem detail whose files are kept for retry, and a
 * batch job waits without marking anything done; once it is back, health is up, the job finishes
 * (searchable at once) and the kept upload is retried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SolrOutageIT {

  private static final Path HOME = tempDir("marsad-outage-solr");
  private static final Path DATA = tempDir("marsad-outage-data");
  private static final Path INBOX = tempDir("marsad-outage-inbox");
  private static final SolrSecurity USERS =
      new SolrSecurity("marsad", "outage-app-password", "solr-admin", "outage-admin-password");
  private static JettySolrRunner solr;

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void asAdmin() {
    org.marsad.MarsadITSupport.asAdmin(http);
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    startSolr();
    registry.add("marsad.solr.mode", () -> "standalone");
    registry.add("marsad.solr.url", () -> solr.getBaseUrl().toString());
    registry.add("marsad.solr.request-timeout", () -> "10s");
    registry.add("marsad.solr.username", USERS::appUser);
    registry.add("marsad.solr.password", USERS::appPassword);
    registry.add("marsad.solr.admin-username", USERS::adminUser);
    registry.add("marsad.solr.admin-password", USERS::adminPassword);
    registry.add("marsad.data-dir", DATA::toString);
    registry.add("marsad.ingest.inboxes", INBOX::toString);
  }

  private static void startSolr() throws Exception {
    Files.writeString(HOME.resolve("solr.xml"), "<solr><str name=\"configSetBaseDir\">configsets</str></solr>");
    Configset.fromClasspath().writeTo(HOME.resolve("configsets/marsad/conf"));
    // Protected as the docker files protect it.
    Files.writeString(HOME.resolve("security.json"), USERS.securityJson("news", false));
    solr = new JettySolrRunner(HOME.toString(), JettyConfig.builder().setPort(0).build());
    solr.start();
  }

  @AfterAll
  static void stopSolr() throws Exception {
    if (solr != null && solr.isRunning()) {
      solr.stop();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOutageIsA503ThatKeepsTheUploadAndABatchJobWaitsForSolr() throws Exception {
    copyIntoInbox("batch", "/ant/JA-politic-105-20170203.txt", "/ant/JA-internationalNews-1-20170121.txt",
        "/seed/libya-us-russia.txt");
    assertThat(http.getForEntity("/actuator/health", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    solr.stop();
    String jobId;
    String failureId;
    try {
      ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
      assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(health.getBody().get("status")).isEqualTo("DOWN");

      ResponseEntity<Map> upload = upload("while-down.txt",
          "تقرير رقم 5550123 كتب أثناء انقطاع محرك البحث عن اجتماع في تونس.");
      assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(upload.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat((String) upload.getBody().get("detail")).contains("kept", "retry");
      List<Map<String, Object>> kept = (List<Map<String, Object>>) upload.getBody().get("failures");
      assertThat(kept).singleElement().satisfies(f -> {
        assertThat(f.get("fileName")).isEqualTo("while-down.txt");
        assertThat(f.get("retryable")).isEqualTo(true);
      });
      failureId = (String) kept.get(0).get("id");

      ResponseEntity<Map> search = http.getForEntity("/api/search?q=تونس", Map.class);
      assertThat(search.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(search.getHeaders().getContentType().toString()).startsWith("application/problem+json");

      ResponseEntity<Map> started = http.postForEntity("/api/ingest/jobs", Map.of("folder", "batch"), Map.class);
      assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      jobId = (String) started.getBody().get("id");
      Map<String, Object> waiting = awaitJob(jobId, j -> "waiting".equals(j.get("state")));
      assertThat(((Number) waiting.get("done")).intValue()).as("nothing marked done while Solr is down").isZero();
      assertThat((String) waiting.get("error")).contains("Solr is unavailable");
      Thread.sleep(1500); // a retry or two more, still nothing done
      assertThat(((Number) job(jobId).get("done")).intValue()).isZero();
    } finally {
      solr.start();
    }

    awaitHealthUp();
    Map<String, Object> done = awaitJob(jobId, j -> "done".equals(j.get("state")));
    assertThat(((Number) done.get("done")).intValue()).isEqualTo(3);
    assertThat(((Number) done.get("indexed")).intValue()).isEqualTo(3);
    assertThat(done.get("error")).isNull();
    // A finished job is searchable at once (no waiting for the soft commit).
    Map<String, Object> found = http.getForObject("/api/search?q=حفتر&size=20", Map.class);
    assertThat(((Number) found.get("total")).intValue()).isGreaterThanOrEqualTo(2);

    ResponseEntity<Map> retried = http.postForEntity("/api/ingest/failures/" + failureId + "/retry", null, Map.class);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retried.getBody().toString()).contains("indexed");
  }

  private void awaitHealthUp() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (http.getForEntity("/actuator/health", Map.class).getStatusCode() == HttpStatus.OK) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("health never came back up");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> job(String id) {
    return http.getForObject("/api/ingest/jobs/" + id, Map.class);
  }

  private Map<String, Object> awaitJob(String id, Predicate<Map<String, Object>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    Map<String, Object> job = null;
    while (System.nanoTime() < deadline) {
      job = job(id);
      if (condition.test(job)) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job never reached the expected state: " + job);
  }

  private ResponseEntity<Map> upload(String name, String text) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return http.postForEntity("/api/documents", form, Map.class);
  }

  private static void copyIntoInbox(String folder, String... resources) throws IOException {
    Path target = Files.createDirectories(INBOX.resolve(folder));
    for (String resource : resources) {
      try (InputStream in = SolrOutageIT.class.getResourceAsStream(resource)) {
        Files.copy(in, target.resolve(Path.of(resource).getFileName().toString()));
      }
    }
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
