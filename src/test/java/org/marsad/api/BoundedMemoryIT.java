package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.marsad.MarsadITSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The upload that used to kill the heap: a 12 MB ZIP within every limit (each member under the
 * file-size limit, ratio about 71 under 100, unpacked under the archive cap) whose members, held
 * in memory together, did not fit. Run by the {@code memory-it} profile in a JVM with a small heap
 * ({@code -Xmx768m}, app, Solr node and test together): the server must answer with an outcome
 * per member and keep working.
 */
class BoundedMemoryIT extends MarsadITSupport {

  /**
   * Text kept per member: the input is the same, only indexing 12 members of 5 million characters
   * each (minutes on two cores) is spared; what is measured is holding the archive.
   */
  @DynamicPropertySource
  static void limits(DynamicPropertyRegistry registry) {
    registry.add("marsad.ingest.max-characters", () -> "100000");
  }

  static final int MEMBERS = 12;
  static final long MEMBER_BYTES = 70L << 20;

  @LocalServerPort int port;

  @Test
  void aTwelveMegabyteZipOfLargeCompressibleMembersGetsAnOutcomePerMemberAndTheServerKeepsWorking()
      throws Exception {
    Path zip = Files.createTempFile("many-large-members", ".zip");
    try {
      long unpacked = writeZip(zip);
      long size = Files.size(zip);
      System.out.printf("ZIP: %,d bytes, unpacks to %,d (ratio %.0f), max heap %,d MB%n",
          size, unpacked, (double) unpacked / size, Runtime.getRuntime().maxMemory() >> 20);
      assertThat(size).as("about 12 MB").isBetween(8L << 20, 16L << 20);
      assertThat(unpacked / size).as("within the ratio limit of 100").isBetween(50L, 99L);
      assertThat(unpacked).as("within the unpacked cap").isLessThan(1L << 30);

      RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
          .requestFactory(new JdkClientHttpRequestFactory())
          .defaultHeader("Authorization", "Bearer " + BOOTSTRAP_KEY).build();
      resetPeaks();
      ResponseEntity<JsonNode> response = upload(http, new FileSystemResource(zip) {
        @Override
        public String getFilename() {
          return "many-large-members.zip";
        }
      });
      System.out.printf("Upload answered %d; old generation peak %,d MB%n",
          response.getStatusCode().value(), oldGenerationPeak() >> 20);

      assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
      List<String> members = new ArrayList<>();
      response.getBody().get("documents").forEach(o -> {
        members.add(o.get("fileName").asText());
        assertThat(o.get("status").asText()).isIn("indexed", "duplicate", "failed");
      });
      assertThat(members).hasSize(MEMBERS).allMatch(n -> n.startsWith("many-large-members.zip/report-"));

      // Still working: a search answers and a small upload is indexed.
      assertThat(http.get().uri("/api/search?q=report").retrieve().toBodilessEntity().getStatusCode().value())
          .isEqualTo(200);
      ResponseEntity<JsonNode> small = upload(http, new ByteArrayResource(
          "خبر قصير\nوصل وفد إلى طرابلس لبحث الأزمة الليبية مع المجلس الرئاسي".getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
          return "small.txt";
        }
      });
      assertThat(small.getBody().get("documents").get(0).get("status").asText()).isEqualTo("indexed");
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private static ResponseEntity<JsonNode> upload(RestClient http, Object file) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", file);
    return http.post().uri("/api/documents").contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .retrieve().onStatus(s -> true, (request, resp) -> { }).toEntity(JsonNode.class);
  }

  /**
   * Members of highly repetitive news text (six lines, one in thirty with a number added), written
   * line by line so the test itself holds no member in memory. Returns the bytes unpacked.
   */
  private static long writeZip(Path zip) throws IOException {
    String[] words = ("ليبيا حفتر طرابلس بنغازي المجلس الرئاسي الحكومة الانتخابات مصر روسيا الاقتصاد "
        + "النفط الجيش الوطني الأمم المتحدة").split(" ");
    Random random = new Random(71);
    String[] lines = new String[6];
    for (int i = 0; i < lines.length; i++) {
      StringBuilder line = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        line.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      lines[i] = line.toString();
    }
    long total = 0;
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int m = 0; m < MEMBERS; m++) {
        out.putNextEntry(new ZipEntry(String.format("report-%02d.txt", m)));
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String headline = "تقرير رقم " + m + "\n";
        text.write(headline);
        long written = headline.getBytes(StandardCharsets.UTF_8).length;
        while (written < MEMBER_BYTES) {
          String line = lines[random.nextInt(lines.length)];
          if (random.nextInt(100) < 3) {
            line = line + " " + random.nextInt(100_000);
          }
          text.write(line);
          text.write('\n');
          written += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        text.flush();
        out.closeEntry();
        total += written;
      }
    }
    return total;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The old generation's peak since {@link #resetPeaks()}: what stayed alive past young collections. */
  private static long oldGenerationPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
