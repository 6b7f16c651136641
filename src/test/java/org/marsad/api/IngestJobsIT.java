package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.DocumentIndex;
import org.marsad.solr.SolrConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Batch ingest through HTTP against the real embedded Solr: a folder holding every test file
 * (all formats, every kind of bad file, a near-duplicate pair) gives one outcome per file, records
 * the failures with reasons, groups the near-duplicates, and the same folder again indexes nothing new.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IngestJobsIT {

  @TempDir static Path dataDir;
  @TempDir static Path inbox;
  @TempDir static Path outside;

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void authenticate() {
    org.marsad.MarsadITSupport.asAdmin(http);
  }
  @Autowired SolrConnection solr;
  @Autowired DocumentIndex index;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("marsad.data-dir", () -> dataDir.toString());
    registry.add("marsad.ingest.inboxes", () -> inbox.toString());
    registry.add("marsad.ingest.parse-timeout", () -> "30s");
    registry.add("marsad.ingest.max-characters", () -> "2000");
  }

  static int filesCopied;

  @BeforeAll
  static void copyTestFilesIntoTheInbox() throws IOException {
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:ingest/**/*.*");
    for (Resource resource : resources) {
      String url = resource.getURL().toString();
      String marker = "/test-classes/ingest/";
      int at = url.indexOf(marker);
      // The main resources have an ingest folder too (its data files): only the test files go in.
      if (at < 0) {
        continue;
      }
      String relative = url.substring(at + marker.length());
      if (relative.endsWith(".tsv") || relative.endsWith(".md")) {
        continue;
      }
      Path target = inbox.resolve("mixed").resolve(relative);
      Files.createDirectories(target.getParent());
      try (InputStream in = resource.getInputStream()) {
        Files.copy(in, target);
      }
      filesCopied++;
    }
    Files.writeString(outside.resolve("secret.txt"), "not for ingest");
  }

  @Test
  void aMixedFolderGivesOneOutcomePerFileAndGroupsNearDuplicates() throws Exception {
    Map<String, Object> job = runJob("mixed");
    assertThat(job.get("state")).isEqualTo("done");
    assertThat(((Number) job.get("total")).intValue()).isEqualTo(filesCopied);
    assertThat(((Number) job.get("done")).intValue()).isEqualTo(filesCopied);
    long indexed = ((Number) job.get("indexed")).longValue();
    long duplicates = ((Number) job.get("duplicates")).longValue();
    long failed = ((Number) job.get("failed")).longValue();
    // The bundle.zip gives two members, everything else one outcome per file.
    assertThat(indexed + duplicates + failed).isEqualTo(filesCopied + 1);
    assertThat(duplicates).as("the same article in several encodings is one document").isPositive();

    List<Map<String, Object>> failures = http.exchange("/api/ingest/failures", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(failures).extracting(f -> f.get("fileName")).contains(
        "bad/corrupt.pdf", "bad/encrypted.pdf", "bad/empty.txt", "bad/zip-bomb.zip",
        "bad/unsupported.bin", "bad/xml-bomb.xml", "bad/mojibake.txt");
    assertThat(failures).filteredOn(f -> f.get("fileName").equals("bad/zip-bomb.zip"))
        .extracting(f -> (String) f.get("reason")).allMatch(r -> r.contains("zip bomb"));
    assertThat(failures).filteredOn(f -> f.get("fileName").equals("bad/encrypted.pdf"))
        .extracting(f -> (String) f.get("reason")).allMatch(r -> r.contains("encrypted"));
    // Every failed outcome is in the log (other tests' failures have other names).
    assertThat(failures).filteredOn(f -> ((String) f.get("fileName")).startsWith("bad/")).hasSize((int) failed);

    index.commit();
    String groupA = dupGroupOf("neardup/outlet-a.txt");
    assertThat(groupA).isNotNull().isEqualTo(dupGroupOf("neardup/outlet-b.txt"));
    // The same article also comes in windows-1256: one document, under whichever file came first.
    assertThat(dupGroupOf("formats/ant-news.txt,formats/ant-news-cp1256.txt")).isNotEqualTo(groupA);
    SolrQuery collapsed = new SolrQuery("*:*")
        .addFilterQuery("{!terms f=file_name}neardup/outlet-a.txt,neardup/outlet-b.txt")
        .addFilterQuery("{!collapse field=dup_group nullPolicy=expand}");
    assertThat(solr.client().query(solr.collection(), collapsed).getResults().getNumFound()).isEqualTo(1);

    Map<String, Object> again = runJob("mixed");
    assertThat(((Number) again.get("indexed")).longValue()).as("the same files again").isZero();
    assertThat(((Number) again.get("duplicates")).longValue()).isEqualTo(indexed + duplicates);
  }

  @Test
  void aRetriedFailureLeavesTheListAndIsRecordedAgainIfItStillFails() throws Exception {
    runJob("mixed/bad");
    List<Map<String, Object>> failures = http.exchange("/api/ingest/failures", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    Map<String, Object> empty = failures.stream()
        .filter(f -> f.get("fileName").equals("empty.txt")).findFirst().orElseThrow();
    assertThat(empty.get("retryable")).isEqualTo(true);
    ResponseEntity<Map> retried = http.postForEntity(
        "/api/ingest/failures/" + empty.get("id") + "/retry", null, Map.class);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retried.getBody().toString()).contains("failed", "empty");
    List<Map<String, Object>> after = http.exchange("/api/ingest/failures", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(after).extracting(f -> f.get("id")).doesNotContain(empty.get("id"));
    assertThat(http.postForEntity("/api/ingest/failures/nope/retry", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void jobsReadOnlyInsideAnInbox() {
    for (String folder : List.of(outside.toString(), "../", "mixed/../..", "/etc")) {
      ResponseEntity<Map> response = http.postForEntity("/api/ingest/jobs", Map.of("folder", folder), Map.class);
      assertThat(response.getStatusCode()).as(folder).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }
    assertThat(http.postForEntity("/api/ingest/jobs", Map.of(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    assertThat(http.postForEntity("/api/ingest/jobs", new HttpEntity<>("{not json", headers), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/ingest/jobs/nope", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void linksOutOfTheInboxAreRecordedFailuresAndNeverRead() throws Exception {
    Path folder = inbox.resolve("links");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("article.txt"),
        "وفد ليبي في القاهرة\nبحث وفد من المجلس الرئاسي الليبي في القاهرة سبل دعم الحوار السياسي.");
    Files.writeString(outside.resolve("passwd"), "root:x:0:0:zzoutsidezz:/root:/bin/bash\n");
    Files.createSymbolicLink(folder.resolve("passwd.txt"), outside.resolve("passwd"));
    Files.createSymbolicLink(folder.resolve("elsewhere"), outside);
    Files.createSymbolicLink(folder.resolve("inside-link.txt"), folder.resolve("article.txt"));

    Map<String, Object> job = runJob("links");
    assertThat(job.get("state")).isEqualTo("done");
    assertThat(((Number) job.get("failed")).intValue()).as("the file link and the folder link").isEqualTo(2);

    List<Map<String, Object>> failures = http.exchange("/api/ingest/failures", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(failures).filteredOn(f -> f.get("fileName").equals("passwd.txt")).singleElement()
        .satisfies(f -> {
          assertThat((String) f.get("reason")).contains("out of the inbox");
          assertThat(f.get("retryable")).isEqualTo(false);
        });
    assertThat(failures).filteredOn(f -> f.get("fileName").equals("elsewhere")).singleElement()
        .satisfies(f -> assertThat((String) f.get("reason")).contains("out of the inbox"));
    index.commit();
    assertThat(solr.client().query(solr.collection(), new SolrQuery("zzoutsidezz")).getResults().getNumFound())
        .as("the linked file's text is not searchable").isZero();
    assertThat(solr.client().query(solr.collection(), new SolrQuery("*:*")
        .addFilterQuery("{!term f=file_name}passwd.txt")).getResults().getNumFound()).isZero();
  }

  /**
   * Half the members are encrypted (refused before reading: each such refusal used to keep a copy
   * of the whole archive), half are noise no parser reads.
   */
  @Test
  void aZipOfFiveHundredBadMembersIsKeptOnce() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (int i = 0; i < 500; i++) {
        byte[] noise = new byte[2200];
        new java.util.Random(i).nextBytes(noise);
        java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("member-" + i + ".bin");
        entry.setMethod(java.util.zip.ZipEntry.STORED);
        entry.setSize(noise.length);
        entry.setCompressedSize(noise.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(noise);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(noise);
        zip.closeEntry();
      }
    }
    byte[] zip = markEvenMembersEncrypted(bytes.toByteArray());
    long before = diskUse();
    List<Map<String, Object>> outcomes = upload("noise.zip", zip);
    long written = diskUse() - before;
    System.out.printf("500 bad members: ZIP %,d bytes, %,d bytes written to the data directory%n",
        zip.length, written);
    assertThat(outcomes).hasSize(500).allSatisfy(o -> assertThat(o.get("status")).isEqualTo("failed"));
    assertThat(outcomes).filteredOn(o -> ((String) o.get("reason")).contains("encrypted")).hasSize(250);
    assertThat(written).as("under twice the upload's size").isLessThan(2L * zip.length);
  }

  @Test
  void aFailedMemberIsRetriedAloneNotItsWholeArchive() throws Exception {
    String good = "ندوة عن المياه في تونس\nعقدت في تونس ندوة عن إدارة الموارد المائية بحضور خبراء.";
    byte[] zip = zipOf(2, i -> i == 0 ? good.getBytes(java.nio.charset.StandardCharsets.UTF_8) : new byte[0]);
    List<Map<String, Object>> outcomes = upload("pair.zip", zip);
    assertThat(outcomes).extracting(o -> o.get("fileName") + " " + o.get("status"))
        .containsExactlyInAnyOrder("pair.zip/member-0.txt indexed", "pair.zip/member-1.txt failed");

    List<Map<String, Object>> failures = http.exchange("/api/ingest/failures", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    Map<String, Object> failure = failures.stream()
        .filter(f -> f.get("fileName").equals("pair.zip/member-1.txt")).findFirst().orElseThrow();
    assertThat(failure.get("retryable")).isEqualTo(true);
    ResponseEntity<Map> retried = http.postForEntity(
        "/api/ingest/failures/" + failure.get("id") + "/retry", null, Map.class);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> again = (List<Map<String, Object>>) retried.getBody().get("documents");
    assertThat(again).as("the member, read again from the kept archive").singleElement().satisfies(o -> {
      assertThat(o.get("fileName")).isEqualTo("pair.zip/member-1.txt");
      assertThat(o.get("status")).isEqualTo("failed");
      assertThat((String) o.get("reason")).contains("empty");
    });
  }

  /**
   * Sets the "encrypted" flag of every other member, in its local and central headers (no library
   * writes encrypted entries; readers refuse them by the flag alone). Members are stored, so each
   * local header is followed by exactly its size in bytes.
   */
  private static byte[] markEvenMembersEncrypted(byte[] zip) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int at = 0;
    int member = 0;
    while (buffer.getInt(at) == 0x04034b50) {
      if (member % 2 == 0) {
        buffer.putShort(at + 6, (short) (buffer.getShort(at + 6) | 1));
      }
      at += 30 + buffer.getShort(at + 26) + buffer.getShort(at + 28) + buffer.getInt(at + 18);
      member++;
    }
    member = 0;
    while (buffer.getInt(at) == 0x02014b50) {
      if (member % 2 == 0) {
        buffer.putShort(at + 8, (short) (buffer.getShort(at + 8) | 1));
      }
      at += 46 + buffer.getShort(at + 28) + buffer.getShort(at + 30) + buffer.getShort(at + 32);
      member++;
    }
    return zip;
  }

  private static byte[] zipOf(int members, java.util.function.IntFunction<byte[]> content) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (int i = 0; i < members; i++) {
        zip.putNextEntry(new java.util.zip.ZipEntry("member-" + i + ".txt"));
        zip.write(content.apply(i));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Bytes under the data directory (the failure log, kept copies, job state; not Solr's index). */
  private static long diskUse() throws IOException {
    try (var files = Files.walk(dataDir)) {
      return files.filter(f -> !f.startsWith(dataDir.resolve("solr")) && Files.isRegularFile(f))
          .mapToLong(f -> f.toFile().length()).sum();
    }
  }

  @Test
  void uploadsSayIndexedDuplicateOrFailedAndRecordTruncation() throws Exception {
    String longText = "تقرير طويل عن الاقتصاد\n" + "ارتفعت صادرات الفوسفات في الربع الأول من العام. ".repeat(80);
    List<Map<String, Object>> first = upload("long-report.txt", longText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(first).singleElement().satisfies(o -> {
      assertThat(o.get("status")).isEqualTo("indexed");
      assertThat(o.get("warnings").toString()).contains("truncated at 2000");
    });
    List<Map<String, Object>> again = upload("copy-of-report.txt", longText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(again).singleElement().satisfies(o -> {
      assertThat(o.get("status")).isEqualTo("duplicate");
      assertThat(o.get("id")).isEqualTo(first.get(0).get("id"));
    });
    index.commit();
    SolrDocumentList stored = solr.client().query(solr.collection(), new SolrQuery("*:*")
        .addFilterQuery("{!term f=id}" + first.get(0).get("id")).setFields("ingest_warnings")).getResults();
    assertThat(stored.get(0).getFieldValues("ingest_warnings").toString()).contains("truncated");

    List<Map<String, Object>> failed = upload("broken.pdf", "%PDF-1.4 not really".getBytes());
    assertThat(failed).singleElement().satisfies(o -> assertThat(o.get("status")).isEqualTo("failed"));
    List<Map<String, Object>> failures = http.exchange("/api/ingest/failures", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(failures).filteredOn(f -> f.get("fileName").equals("broken.pdf"))
        .singleElement().satisfies(f -> assertThat(f.get("retryable")).isEqualTo(true));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> upload(String name, byte[] bytes) {
    org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    ResponseEntity<Map> response = http.postForEntity("/api/documents", form, Map.class);
    return (List<Map<String, Object>>) response.getBody().get("documents");
  }

  private Map<String, Object> runJob(String folder) throws InterruptedException {
    ResponseEntity<Map> started = http.postForEntity("/api/ingest/jobs", Map.of("folder", folder), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String id = (String) started.getBody().get("id");
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, Object> job = http.getForObject("/api/ingest/jobs/" + id, Map.class);
      if (job.get("state").equals("done") || job.get("state").equals("failed")) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Job " + id + " did not finish");
  }

  /** The group of the one document of these files (comma-separated names). */
  private String dupGroupOf(String fileNames) throws Exception {
    SolrDocumentList docs = solr.client()
        .query(solr.collection(), new SolrQuery("*:*")
            .addFilterQuery("{!terms f=file_name}" + fileNames).setFields("dup_group"))
        .getResults();
    assertThat(docs).as(fileNames).hasSize(1);
    return (String) docs.get(0).getFirstValue("dup_group");
  }
}
