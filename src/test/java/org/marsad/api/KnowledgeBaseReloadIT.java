package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.pipeline.IngestPipeline;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reloading the knowledge base re-tags documents already stored in (real, embedded) Solr, from
 * their stored text, and the discovery endpoint lists the names the knowledge base lacked. Before
 * the reload the unknown envoy is a discovered actor (an id, both labels, evidence, suggested);
 * after it, the curated actor replaces it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KnowledgeBaseReloadIT {

  private static final Path KB_DIR = tempDir("marsad-kb-");
  private static final String DISCOVERED = "person:سليم-القرطاجني";
  private static final String ARTICLE = """
      المبعوث الجديد يزور ليبيا
      وصل المبعوث، سليم القرطاجني، إلى طرابلس أمس، والتقى المبعوث سليم القرطاجني بقادة ليبيين.
      وقال القرطاجني إن الحوار السياسي هو الطريق الوحيد، وأكد المبعوث سليم القرطاجني أنه سيعود.
      """;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("marsad.data-dir", () -> tempDir("marsad-data-").toString());
    registry.add("marsad.knowledge-base.dir", KB_DIR::toString);
  }

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void authenticate() {
    org.marsad.MarsadITSupport.asAdmin(http);
  }
  @Autowired IngestPipeline pipeline;
  @Autowired org.marsad.index.DocumentIndex index;

  @AfterEach
  void packagedKnowledgeBaseAgain() throws IOException {
    Files.deleteIfExists(KB_DIR.resolve("actors.yaml"));
    finished(http.postForEntity("/api/admin/knowledge-base/reload", null, JsonNode.class));
  }

  /** Follows a reload job to its end; returns its last state. */
  private JsonNode finished(ResponseEntity<JsonNode> started) {
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String location = started.getHeaders().getLocation().toString();
    JsonNode job = started.getBody();
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
    while ("running".equals(job.get("state").asText()) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      job = http.getForObject(location, JsonNode.class);
    }
    return job;
  }

  @Test
  void reloadRetagsStoredDocumentsAndDiscoveryListedTheUnknownName() throws Exception {
    List<IngestOutcome> outcomes = pipeline.ingest(List.of(IngestSource.ofBytes(
        "envoy.txt", ARTICLE.getBytes(StandardCharsets.UTF_8))));
    String id = outcomes.get(0).id();
    assertThat(actorIds(id)).doesNotContain("salim-al-qartajni");
    JsonNode discovered = findActor(http.getForObject("/api/documents/" + id, JsonNode.class), DISCOVERED);
    assertThat(discovered.get("discovered").asBoolean()).isTrue();
    assertThat(discovered.at("/labels/ar").asText()).isEqualTo("سليم القرطاجني");
    assertThat(discovered.at("/labels/en").asText()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
    assertThat(discovered.get("evidence").findValuesAsText("text")).contains("سليم القرطاجني", "القرطاجني");
    assertThat(suggestedIds("القرطاج")).contains(DISCOVERED);
    // A discovered value filters a search as a curated one does (the portal's click on the facet).
    JsonNode filtered = http.getForObject("/api/search?actor={actor}", JsonNode.class, DISCOVERED);
    assertThat(filtered.get("total").asLong()).isEqualTo(1);

    JsonNode names = http.getForObject("/api/discovery/names?minCount=2", JsonNode.class);
    assertThat(names.get("names").findValuesAsText("name")).contains("سليم القرطاجني");

    Files.writeString(KB_DIR.resolve("actors.yaml"), packagedActors()
        + "- {id: salim-al-qartajni, type: person, en: Salim al-Qartajni, ar: سليم القرطاجني,"
        + " aliases: [سليم القرطاجني, القرطاجني]}\n");
    ResponseEntity<JsonNode> reload = http.postForEntity("/api/admin/knowledge-base/reload", null, JsonNode.class);

    // The reload answers at once and re-tags in the background; its job tells the progress.
    assertThat(reload.getBody().get("total").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode job = finished(reload);
    assertThat(job.get("state").asText()).isEqualTo("done");
    assertThat(job.get("retagged").asLong()).isEqualTo(job.get("total").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode document = http.getForObject("/api/documents/" + id + "?lang=en", JsonNode.class);
    JsonNode actor = findActor(document, "salim-al-qartajni");
    assertThat(actor.get("label").asText()).isEqualTo("Salim al-Qartajni");
    assertThat(actor.has("discovered")).isFalse();
    assertThat(actorIds(id)).doesNotContain(DISCOVERED);
    assertThat(actor.get("evidence").findValuesAsText("text")).contains("سليم القرطاجني", "القرطاجني");
    assertThat(document.get("title").asText()).isEqualTo("المبعوث الجديد يزور ليبيا");
    JsonNode search = http.getForObject("/api/search?actor=salim-al-qartajni", JsonNode.class);
    assertThat(search.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aReloadWritesOnlyTheDocumentsWhoseTagsChanged() throws Exception {
    String envoy = pipeline.ingest(List.of(IngestSource.ofBytes("envoy-2.txt", """
        مبعوث جديد في طرابلس
        وصل المبعوث رضوان القيرواني إلى طرابلس اليوم، والتقى رضوان القيرواني بقادة ليبيين في العاصمة.
        """.getBytes(StandardCharsets.UTF_8)))).get(0).id();
    String other = pipeline.ingest(List.of(IngestSource.ofBytes("market.txt", """
        أسعار النفط ترتفع
        ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار أوبك خفض الإنتاج.
        """.getBytes(StandardCharsets.UTF_8)))).get(0).id();
    index.commit();
    Object envoyVersion = version(envoy);
    Object otherVersion = version(other);

    Files.writeString(KB_DIR.resolve("actors.yaml"), packagedActors()
        + "- {id: radwan-al-qayrawani, type: person, en: Radwan al-Qayrawani, ar: رضوان القيرواني,"
        + " aliases: [رضوان القيرواني, القيرواني]}\n");
    JsonNode job = finished(http.postForEntity("/api/admin/knowledge-base/reload", null, JsonNode.class));

    assertThat(job.get("state").asText()).isEqualTo("done");
    assertThat(job.get("retagged").asLong()).isEqualTo(job.get("total").asLong());
    // Tagged again, every one; written again, only the one whose tags changed (an atomic update
    // re-indexes a whole document: skipping the unchanged is what makes a reload fast).
    assertThat(actorIds(envoy)).contains("radwan-al-qayrawani");
    assertThat(version(envoy)).isNotEqualTo(envoyVersion);
    assertThat(version(other)).isEqualTo(otherVersion);
  }

  private Object version(String id) throws Exception {
    return index.getRaw(id).orElseThrow().getFieldValue("_version_");
  }

  @Test
  void aBrokenKnowledgeBaseFileIsRefusedAndTheCurrentOneStays() throws Exception {
    Files.writeString(KB_DIR.resolve("actors.yaml"), packagedActors()
        + "- {id: nadia-al-sirtawi, type: person, en: Nadia al-Sirtawi, ar: نادية السرتاوي,"
        + " aliases: [نادية السرتاوي, السرتاوي]}\n");
    assertThat(finished(http.postForEntity("/api/admin/knowledge-base/reload", null, JsonNode.class))
        .get("state").asText()).isEqualTo("done");
    Files.writeString(KB_DIR.resolve("actors.yaml"), "- {id: broken, aliases: [unclosed\n");

    ResponseEntity<JsonNode> reload = http.postForEntity("/api/admin/knowledge-base/reload", null, JsonNode.class);

    assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(reload.getBody().get("detail").asText()).contains("actors.yaml");
    // The knowledge base loaded before the broken file still tags new documents and names them.
    String id = pipeline.ingest(List.of(IngestSource.ofBytes("minister.txt", """
        الوزيرة تزور بنغازي
        وصلت الوزيرة نادية السرتاوي إلى بنغازي صباح اليوم في زيارة رسمية.
        """.getBytes(StandardCharsets.UTF_8)))).get(0).id();
    JsonNode document = http.getForObject("/api/documents/" + id + "?lang=en", JsonNode.class);
    assertThat(findActor(document, "nadia-al-sirtawi").get("label").asText()).isEqualTo("Nadia al-Sirtawi");
  }

  @Test
  void anActorIdGivenTwiceIsRefusedWithTheIdInTheProblem() throws Exception {
    Files.writeString(KB_DIR.resolve("actors.yaml"), packagedActors()
        + "- {id: khalifa-haftar, type: person, en: Another Haftar, ar: حفتر آخر, aliases: [حفتر آخر]}\n");

    ResponseEntity<JsonNode> reload = http.postForEntity("/api/admin/knowledge-base/reload", null, JsonNode.class);

    assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(reload.getBody().get("detail").asText()).contains("khalifa-haftar");
  }

  /** Suggestions refresh their facet counts at most every 30 s: ask until the new document shows. */
  private List<String> suggestedIds(String typed) {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(40);
    List<String> ids;
    do {
      ids = http.getForObject("/api/suggest?q=" + typed, JsonNode.class).get("suggestions").findValuesAsText("id");
      if (ids.contains(DISCOVERED)) {
        return ids;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ids;
      }
    } while (System.nanoTime() < until);
    return ids;
  }

  private List<String> actorIds(String id) {
    JsonNode document = http.getForObject("/api/documents/" + id, JsonNode.class);
    return document.get("actors").findValuesAsText("id");
  }

  private static JsonNode findActor(JsonNode document, String id) {
    for (JsonNode actor : document.get("actors")) {
      if (id.equals(actor.get("id").asText())) {
        return actor;
      }
    }
    throw new AssertionError("No actor " + id + " in " + document.get("actors"));
  }

  private static String packagedActors() throws IOException {
    try (InputStream in = KnowledgeBaseReloadIT.class.getResourceAsStream("/kb/actors.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
