package org.marsad.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.MarsadITSupport;
import org.marsad.index.DocumentIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** Uploads real files through the API and finds them again, on the app's embedded Solr node. */
class DocumentApiIT extends MarsadITSupport {

  @LocalServerPort int port;
  @Autowired DocumentIndex index;

  private RestClient http;

  @BeforeEach
  void client() {
    http = RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .requestFactory(new JdkClientHttpRequestFactory())
        .defaultHeader("Authorization", "Bearer " + BOOTSTRAP_KEY)
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build();
  }

  @Test
  void uploadsTheSeedAndFindsItWithAnArabicQuery() throws Exception {
    String id = upload("libya-us-russia.txt", resource("/seed/libya-us-russia.txt"));
    index.commit();

    JsonNode found = get("/api/search?q=الفيلق الأفريقي&size=5");

    assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode hit = first(found.get("hits"), id);
    assertThat(hit.get("title").asText()).isEqualTo("تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي");
    assertThat(hit.get("snippet").asText()).contains("<mark>");
    assertThat(ids(hit.get("countries"))).contains("LY", "RU", "US");
    assertThat(facet(found, "country")).isNotEmpty();
    assertThat(found.get("facets")).extracting(f -> f.get("name").asText())
        .contains("actor", "country", "topic", "source");
  }

  @Test
  void hamzaSeatsReadersDropFindTheSameDocuments() throws Exception {
    String withHamza = upload("conference-a.txt",
        "مؤتمر صحفي في طرابلس\nعقد المسؤولون مؤتمرا صحفيا في طرابلس لعرض خطة إعادة إعمار الطرق.".getBytes(UTF_8));
    String withoutHamza = upload("conference-b.txt",
        "موتمر للمانحين في بنغازي\nدعا المسوولون إلى موتمر للمانحين في بنغازي الشهر المقبل.".getBytes(UTF_8));
    index.commit();

    List<String> hamza = ids(get("/api/search?q=مؤتمر&size=50").get("hits"));
    List<String> bare = ids(get("/api/search?q=موتمر&size=50").get("hits"));

    assertThat(hamza).contains(withHamza, withoutHamza);
    assertThat(bare).containsExactlyInAnyOrderElementsOf(hamza);
    // The final ئ stays: قارئ (reader) is not قاري (continental).
    assertThat(ids(get("/api/search?q=قاري&size=50").get("hits"))).doesNotContain(withHamza, withoutHamza);
  }

  @Test
  void theSameFileTwiceIsADuplicate() throws Exception {
    byte[] seed = resource("/seed/libya-us-russia.txt");
    String first = upload("seed-a.txt", seed);

    JsonNode again = postFiles(List.of(new NamedBytes("seed-b.txt", seed)));

    assertThat(again.get("documents").get(0).get("status").asText()).isEqualTo("duplicate");
    assertThat(again.get("documents").get(0).get("id").asText()).isEqualTo(first);
  }

  @Test
  void aDocumentsMetadataSurvivesTheRoundTrip() throws Exception {
    String id = upload("JA-politic-105-20170203.txt", resource("/ant/JA-politic-105-20170203.txt"));

    JsonNode doc = get("/api/documents/" + id + "?lang=en");

    assertThat(doc.get("title").asText()).isEqualTo("الغنوشي : مستعدّ للقاء خليفة حفتر");
    assertThat(doc.get("abstractText").asText()).startsWith("قال رئيس حركة النهضة");
    JsonNode metadata = doc.get("metadata");
    assertThat(metadata.get("source").asText()).isEqualTo("Jawhara FM");
    assertThat(metadata.get("category").asText()).isEqualTo("politic");
    assertThat(metadata.get("published").asText()).isEqualTo("2017-02-03T21:19:00Z");
    assertThat(metadata.get("url").asText()).startsWith("http://www.jawharafm.net/ar/article/");
    assertThat(metadata.get("fileName").asText()).isEqualTo("JA-politic-105-20170203.txt");
    assertThat(metadata.get("contentHash").asText()).hasSize(64);
    JsonNode libya = first(doc.get("countries"), "LY");
    assertThat(libya.get("label").asText()).isEqualTo("Libya");
    assertThat(libya.get("labels").get("ar").asText()).isEqualTo("ليبيا");
    JsonNode evidence = libya.get("evidence").get(0);
    String field = evidence.get("field").asText();
    String stored = field.equals("abstract") ? doc.get("abstractText").asText() : doc.get(field).asText();
    assertThat(stored.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
        .isEqualTo(evidence.get("text").asText());
  }

  @Test
  void facetFiltersAreOredWithinAFacetAndAndedAcross() throws Exception {
    upload("JA-politic-105-20170203.txt", resource("/ant/JA-politic-105-20170203.txt"));
    upload("JA-internationalNews-1-20170121.txt", resource("/ant/JA-internationalNews-1-20170121.txt"));
    upload("libya-us-russia.txt", resource("/seed/libya-us-russia.txt"));
    index.commit();

    Set<String> all = hitIds("/api/search?size=100");
    Set<String> libya = hitIds("/api/search?country=LY&size=100");
    Set<String> russia = hitIds("/api/search?country=RU&size=100");
    Set<String> jawharaIds = hitIds("/api/search?source=Jawhara FM&size=100");
    Set<String> either = hitIds("/api/search?country=LY&country=RU&size=100");
    Set<String> both = hitIds("/api/search?country=LY&source=Jawhara FM&size=100");

    // Each filter keeps some documents and drops others, so the combinations below can fail.
    assertThat(libya).isNotEmpty().isNotEqualTo(all);
    assertThat(jawharaIds).isNotEmpty().isNotEqualTo(all);
    assertThat(russia).isNotEqualTo(libya);
    // Values of one facet are OR-ed...
    Set<String> union = new TreeSet<>(libya);
    union.addAll(russia);
    assertThat(either).isEqualTo(union);
    // ...facets are AND-ed.
    Set<String> intersection = new TreeSet<>(libya);
    intersection.retainAll(jawharaIds);
    assertThat(both).isNotEmpty().isEqualTo(intersection).isNotEqualTo(libya);
    // Multi-select: the country facet is counted as if its own filter were not applied.
    JsonNode filtered = get("/api/search?country=RU");
    assertThat(count(facet(filtered, "country"), "LY")).isEqualTo(count(facet(get("/api/search"), "country"), "LY"));
    // ...while other facets follow the filters of other facets.
    JsonNode jawhara = get("/api/search?source=Jawhara FM");
    assertThat(count(facet(jawhara, "country"), "LY"))
        .isEqualTo(get("/api/search?source=Jawhara FM&country=LY").get("total").asLong())
        .isLessThan(libya.size());
  }

  @Test
  void anUploadWithWaitSearchableIsFoundByTheNextSearch() throws Exception {
    // Four uploads at once, each told to wait: every one is found the moment it is answered,
    // long before the one-second soft commit would have made it visible.
    List<java.util.concurrent.CompletableFuture<String>> uploads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String marker = String.valueOf(7_300_000 + i * 1_111 + (System.nanoTime() % 997));
      String text = "تقرير رقم " + marker + " عن اجتماع في طرابلس بين وفدين ليبيين لبحث الانتخابات المقبلة.";
      uploads.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        JsonNode outcome = postFiles(List.of(new NamedBytes("wait-" + marker + ".txt",
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8))), "?wait=searchable");
        assertThat(outcome.get("documents").get(0).get("status").asText()).isEqualTo("indexed");
        JsonNode found = get("/api/search?q=" + marker);
        assertThat(found.get("total").asLong()).as("found right after the answer").isEqualTo(1);
        return outcome.get("documents").get(0).get("id").asText();
      }));
    }
    for (var upload : uploads) {
      assertThat(upload.get(60, java.util.concurrent.TimeUnit.SECONDS)).isNotBlank();
    }
  }

  @Test
  void anUnknownWaitIsRefused() {
    var response = http.post().uri("/api/documents?wait=forever").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts(List.of(new NamedBytes("x.txt", "خبر".getBytes())))).retrieve().toEntity(JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().get("detail").asText()).contains("searchable");
  }

  @Test
  void deletesADocument() throws Exception {
    String id = upload("delete-me.txt", "خبر قصير عن تونس سيحذف بعد قليل".getBytes());

    assertThat(http.delete().uri("/api/documents/" + id).retrieve().toBodilessEntity().getStatusCode().value())
        .isEqualTo(204);
    assertThat(status("/api/documents/" + id)).isEqualTo(404);
  }

  @Test
  void badInputIsAProblemDetailNeverA500() {
    assertThat(problem("/api/search?q={!xmlparser v='<!DOCTYPE a SYSTEM \"http://x\"><a/>'}")).isEqualTo(400);
    assertThat(problem("/api/search?size=1000")).isEqualTo(400);
    assertThat(problem("/api/search?sort=random")).isEqualTo(400);
    assertThat(problem("/api/search?from=yesterday")).isEqualTo(400);
    assertThat(problem("/api/search?from=2020-02-01&to=2020-01-01")).isEqualTo(400);
    assertThat(problem("/api/search?country=LY)OR(*:*")).isEqualTo(400);
    assertThat(problem("/api/documents/nope")).isEqualTo(404);
  }

  @Test
  void anEmptyUploadIsARecordedFailure() throws Exception {
    JsonNode outcome = postFiles(List.of(new NamedBytes("empty.txt", new byte[0])));

    assertThat(outcome.get("documents").get(0).get("status").asText()).isEqualTo("failed");
    assertThat(outcome.get("documents").get(0).get("reason").asText()).contains("empty");
    assertThat(get("/api/ingest/failures").findValuesAsText("fileName")).contains("empty.txt");
  }

  // ---- helpers

  private record NamedBytes(String name, byte[] bytes) {}

  private String upload(String name, byte[] bytes) throws IOException {
    JsonNode response = postFiles(List.of(new NamedBytes(name, bytes)));
    JsonNode outcome = response.get("documents").get(0);
    assertThat(outcome.get("status").asText()).isIn("indexed", "duplicate");
    return outcome.get("id").asText();
  }

  private JsonNode postFiles(List<NamedBytes> files) {
    return postFiles(files, "");
  }

  private JsonNode postFiles(List<NamedBytes> files, String query) {
    return http.post().uri("/api/documents" + query).contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts(files)).retrieve().body(JsonNode.class);
  }

  private static LinkedMultiValueMap<String, Object> parts(List<NamedBytes> files) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    for (NamedBytes file : files) {
      parts.add("file", new ByteArrayResource(file.bytes()) {
        @Override
        public String getFilename() {
          return file.name();
        }
      });
    }
    return parts;
  }

  private JsonNode get(String uri) {
    return http.get().uri(encoded(uri)).retrieve().body(JsonNode.class);
  }

  private int status(String uri) {
    return http.get().uri(encoded(uri)).retrieve().toBodilessEntity().getStatusCode().value();
  }

  /** Sends the text as typed: braces and quotes are data, not URI template variables. */
  private URI encoded(String pathAndQuery) {
    return UriComponentsBuilder.fromUriString("http://localhost:" + port + pathAndQuery)
        .build().encode().toUri();
  }

  private int problem(String uri) {
    var response = http.get().uri(encoded(uri)).retrieve().toEntity(JsonNode.class);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
    return response.getStatusCode().value();
  }

  private static JsonNode facet(JsonNode result, String name) {
    for (JsonNode facet : result.get("facets")) {
      if (facet.get("name").asText().equals(name)) {
        return facet.get("values");
      }
    }
    throw new AssertionError("no facet " + name);
  }

  private static long count(JsonNode values, String id) {
    for (JsonNode value : values) {
      if (value.get("id").asText().equals(id)) {
        return value.get("count").asLong();
      }
    }
    return 0;
  }

  private static long sum(JsonNode values) {
    long sum = 0;
    for (JsonNode value : values) {
      sum += value.get("count").asLong();
    }
    return sum;
  }

  private Set<String> hitIds(String uri) {
    JsonNode result = get(uri);
    assertThat(result.get("total").asLong()).as(uri).isLessThanOrEqualTo(100);
    return new TreeSet<>(ids(result.get("hits")));
  }

  private static List<String> ids(JsonNode values) {
    List<String> ids = new ArrayList<>();
    values.forEach(v -> ids.add(v.get("id").asText()));
    return ids;
  }

  private static JsonNode first(JsonNode values, String id) {
    for (JsonNode value : values) {
      if (value.get("id").asText().equals(id)) {
        return value;
      }
    }
    throw new AssertionError(id + " not among " + values);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = DocumentApiIT.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}
