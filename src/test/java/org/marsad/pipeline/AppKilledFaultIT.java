package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.MarsadApplication;
import org.marsad.solr.SolrSecurity;
import org.marsad.solr.TwoNodeSolrCloud;

/**
 * The app killed hard (SIGKILL, as {@code kill -9}: no shutdown hook, no flush) in the middle of a
 * batch job, then started again on the same data directory. The app runs in a JVM of its own (the
 * build's classpath, {@link MarsadApplication}) against the SolrCloud layout of {@code
 * docker/compose.cloud.yml} ({@link TwoNodeSolrCloud}); the job is started through the API. At the
 * kill, every file the job had marked done must already be in Solr; after the restart the job
 * resumes by itself and every file ends up indexed exactly once.
 */
class AppKilledFaultIT {

  private static final String COLLECTION = "news-killed";
  private static final int FILES = 640; // chunks of 256, 256 and 128
  private static final String KEY = "killed-app-bootstrap-key-0123456789";
  private static final SolrSecurity USERS =
      new SolrSecurity("marsad", "killed-app-password", "solr-admin", "killed-admin-password");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TwoNodeSolrCloud cloud;

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startCluster(@TempDir Path dir) throws Exception {
    cloud = TwoNodeSolrCloud.start(dir.resolve("cluster"), COLLECTION, USERS);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void aJobResumedAfterKill9IndexesEveryFileOnceAndMarkedNothingDoneUnindexed(@TempDir Path dir) throws Exception {
    Path inbox = dir.resolve("inbox");
    GeneratedArticles.write(inbox.resolve("batch"), FILES);
    Path data = Files.createDirectories(dir.resolve("data"));
    int port = freePort();
    String base = "http://127.0.0.1:" + port;

    Process first = startApp(dir, data, inbox, port, "first");
    String jobId;
    Set<String> doneAtKill;
    try {
      awaitUp(base, first, dir.resolve("first.log"));
      JsonNode started = send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/jobs"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"folder\":\"batch\"}")), 202);
      jobId = started.get("id").asText();
      JsonNode atKill = poll(base, jobId, job -> job.get("done").asInt() >= 128, Duration.ofMinutes(3));
      assertThat(atKill.get("state").asText()).as("killed mid-job").isNotEqualTo("done");
    } finally {
      first.destroyForcibly(); // SIGKILL on Linux and macOS: the JVM gets no chance to tidy up
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(first.exitValue()).as("killed, not stopped").isEqualTo(137);
    doneAtKill = readDone(data, jobId);
    JsonNode stateAtKill = JSON.readTree(data.resolve("ingest-jobs").resolve(jobId + ".json").toFile());
    System.out.printf("AppKilledFaultIT: killed at %d files marked done of %d (state %s)%n",
        doneAtKill.size(), FILES, stateAtKill.get("state").asText());
    assertThat(doneAtKill.size()).as("the kill came mid-job").isBetween(1, FILES - 1);
    assertThat(stateAtKill.get("state").asText()).isIn("running", "waiting");

    try (Http2SolrClient solr = cloud.adminClient(cloud.cluster().getJettySolrRunner(0).getBaseUrl().toString())) {
      solr.commit(COLLECTION);
      Map<String, Integer> indexedAtKill = GeneratedArticles.documentsPerFile(solr, COLLECTION, FILES + 100);
      System.out.printf("AppKilledFaultIT: %d files in Solr at the kill, %d marked done%n", indexedAtKill.size(),
          doneAtKill.size());
      assertThat(indexedAtKill.keySet()).as("every file marked done was in Solr").containsAll(doneAtKill);

      Process second = startApp(dir, data, inbox, port, "second");
      try {
        awaitUp(base, second, dir.resolve("second.log"));
        JsonNode job = poll(base, jobId, j -> j.get("state").asText().equals("done"), Duration.ofMinutes(4));
        assertThat(job.get("total").asInt()).isEqualTo(FILES);
        assertThat(job.get("done").asInt()).isEqualTo(FILES);
        assertThat(job.get("failed").asInt()).isZero();
      } finally {
        second.destroy();
        second.waitFor(60, TimeUnit.SECONDS);
      }
      solr.commit(COLLECTION);
      GeneratedArticles.assertEachIndexedOnce(solr, COLLECTION, FILES);
    }
  }

  /** The app in a JVM of its own: the build's classpath without the test classes, as a deployment has it. */
  private static Process startApp(Path dir, Path data, Path inbox, int port, String name) throws IOException {
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Paths.get(entry).endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", classpath, MarsadApplication.class.getName(),
        "--server.port=" + port, "--server.address=127.0.0.1", "--marsad.data-dir=" + data,
        "--marsad.sample-corpus=false", "--marsad.ingest.inboxes=" + inbox,
        "--marsad.security.bootstrap-key=" + KEY, "--logging.level.org.apache=WARN"));
    command.addAll(cloud.commandLine());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
  }

  private void awaitUp(String base, Process app, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive()).as("the app is running; its log:%n%s", tail(log)).isTrue();
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The app did not come up within 3 minutes; its log:\n" + tail(log));
  }

  private JsonNode poll(String base, String jobId, Predicate<JsonNode> until, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    JsonNode job = null;
    while (System.nanoTime() < deadline) {
      job = send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/jobs/" + jobId)).GET(), 200);
      if (until.test(job)) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Job " + jobId + " did not get there in " + within + ": " + job);
  }

  private JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response = http.send(
        request.header("Authorization", "Bearer " + KEY).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    return JSON.readTree(response.body());
  }

  private static Set<String> readDone(Path data, String jobId) throws IOException {
    Path done = data.resolve("ingest-jobs").resolve(jobId + ".done");
    Set<String> names = new HashSet<>();
    for (String line : Files.readAllLines(done, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        names.add(line);
      }
    }
    return names;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
