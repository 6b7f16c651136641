package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format and every kind of bad file, from real files (table in extraction-cases.tsv). */
class DocumentExtractorTest {

  private static DocumentExtractor extractor;

  record Case(String file, String outcome, String contains, String title, String published) {
    @Override
    public String toString() {
      return file;
    }
  }

  @BeforeAll
  static void setUp() {
    extractor = new DocumentExtractor(
        new TikaExtractor(100_000), new NewsXmlReader(), new BoilerplateSeparator(),
        new LanguageGuesser(), 10_000_000);
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : resource("extraction-cases.tsv").toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      cases.add(new Case(f[0], f[1], f[2].replace("\\n", "\n"), f[3], f[4]));
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void extracts(Case c) throws IOException {
    ExtractResult result = extractor.extract(IngestSource.ofBytes(fileName(c.file()), bytes(c.file())));
    if (c.outcome().equals("failed")) {
      assertThat(result.failed()).as("should fail: %s", result.documents()).isTrue();
      assertThat(result.failureReason()).containsIgnoringCase(c.contains());
      return;
    }
    assertThat(result.failureReason()).isNull();
    ExtractedDocument doc = result.documents().get(0);
    assertThat(doc.body()).contains(c.contains());
    assertThat(doc.body()).doesNotContain("\uFFFD");
    if (!c.title().equals("-")) {
      assertThat(doc.title()).contains(c.title());
    }
    if (!c.published().equals("-")) {
      assertThat(doc.published()).isEqualTo(LocalDate.parse(c.published()).atStartOfDay().toInstant(ZoneOffset.UTC)
          .plusSeconds(Objects.requireNonNullElse(offsetOf(doc), 0L)));
    }
    assertThat(doc.language()).isEqualTo("ar");
  }

  /** Sources that give a time of day (news XML, e-mail, page meta) keep it. */
  private static Long offsetOf(ExtractedDocument doc) {
    return doc.published() == null ? null
        : doc.published().getEpochSecond() - doc.published().atZone(ZoneOffset.UTC).toLocalDate()
            .atStartOfDay().toInstant(ZoneOffset.UTC).getEpochSecond();
  }

  @Test
  void savedPageKeepsNavigationAndRelatedLinksOutOfTheBody() throws IOException {
    ExtractedDocument page = extractor.extract(
        IngestSource.ofBytes("saved-page.html", bytes("formats/saved-page.html"))).documents().get(0);
    assertThat(page.body()).doesNotContain("الرئيسية", "تونس تستضيف", "جميع الحقوق");
    assertThat(page.boilerplate()).contains("الرئيسية", "تونس تستضيف مؤتمرا اقتصاديا");
    assertThat(page.author()).isEqualTo("مراسل الأخبار");
  }

  @Test
  void pdfHasPageCountAndLogicalOrder() throws IOException {
    ExtractedDocument pdf = extractor.extract(
        IngestSource.ofBytes("article.pdf", bytes("formats/article.pdf"))).documents().get(0);
    assertThat(pdf.pageCount()).isPositive();
    assertThat(pdf.warnings()).noneMatch(w -> w.contains("reversed"));
  }

  @Test
  void theSameArticleInAnotherFormatOrEncodingHasTheSameId() throws IOException {
    DocumentIdentity identity = new DocumentIdentity();
    List<String> ids = new ArrayList<>();
    for (String file : List.of("formats/article-utf8.txt", "formats/article-cp1256.txt",
        "formats/article-iso8859-6.txt", "formats/article-utf16.txt", "formats/article.docx",
        "formats/article.odt", "formats/article.doc")) {
      ExtractResult result = extractor.extract(IngestSource.ofBytes(fileName(file), bytes(file)));
      ids.add(identity.idOf(result.documents().get(0)));
    }
    assertThat(ids).as("ids").containsOnly(ids.get(0));
  }

  /**
   * UTF-8 news XML is read without Tika's type and charset detection: the articles must be exactly
   * those Tika's path gives (the same file under a name Tika must detect by content), and a legacy
   * code page still goes through Tika (a case of extraction-cases.tsv).
   */
  @Test
  void newsXmlReadWithoutTikaGivesTikasArticles() throws IOException {
    for (String file : List.of("formats/ant-news.txt", "ant/JA-politic-105-20170203.txt",
        "ant/JA-internationalNews-1-20170121.txt")) {
      byte[] bytes = file.startsWith("ant/") ? antBytes(file) : bytes(file);
      List<ExtractedDocument> direct = extractor.extract(IngestSource.ofBytes("news.txt", bytes)).documents();
      List<ExtractedDocument> tika = extractor.extract(IngestSource.ofBytes("news", bytes)).documents();
      assertThat(direct).as(file).isNotEmpty();
      assertThat(direct.stream().map(d -> renamed(d, "news")).toList()).as(file).isEqualTo(tika);
    }
  }

  private static ExtractedDocument renamed(ExtractedDocument d, String fileName) {
    return new ExtractedDocument(fileName, d.contentType(), d.title(), d.abstractText(), d.body(), d.boilerplate(),
        d.author(), d.published(), d.source(), d.url(), d.language(), d.category(), d.pageCount(), d.warnings());
  }

  private static byte[] antBytes(String path) throws IOException {
    try (java.io.InputStream in = DocumentExtractorTest.class.getResourceAsStream("/" + path)) {
      return in.readAllBytes();
    }
  }

  @Test
  void reversedTextIsReported() throws IOException {
    ExtractResult result = extractor.extract(IngestSource.ofBytes("reversed.txt", bytes("bad/reversed.txt")));
    assertThat(result.documents().get(0).warnings()).anyMatch(w -> w.contains("reversed"));
  }

  @Test
  void oversizeFileFailsWithTheLimit() throws IOException {
    DocumentExtractor small = new DocumentExtractor(
        new TikaExtractor(100_000), new NewsXmlReader(), new BoilerplateSeparator(), new LanguageGuesser(), 500);
    ExtractResult result = small.extract(IngestSource.ofBytes("a.txt", bytes("formats/article-utf8.txt")));
    assertThat(result.failureReason()).contains("over the limit of 500");
  }

  @Test
  void truncationIsRecorded() throws IOException {
    DocumentExtractor tiny = new DocumentExtractor(
        new TikaExtractor(1000), new NewsXmlReader(), new BoilerplateSeparator(), new LanguageGuesser(), 10_000_000);
    String longText = "عنوان\n" + "كلمة عربية في نص طويل ".repeat(200);
    ExtractResult result = tiny.extract(IngestSource.ofBytes("long.txt", longText.getBytes(StandardCharsets.UTF_8)));
    assertThat(result.documents().get(0).warnings()).anyMatch(w -> w.contains("truncated at 1000"));
  }

  @Test
  void webPagesObeyMaxCharactersToo() throws IOException {
    DocumentExtractor tiny = new DocumentExtractor(
        new TikaExtractor(1000), new NewsXmlReader(), new BoilerplateSeparator(), new LanguageGuesser(), 10_000_000);
    String page = "<html><head><meta charset=\"utf-8\"><title>عنوان</title></head><body><article>"
        + "<p>كلمة عربية في نص طويل</p>".repeat(2000) + "</article></body></html>";
    ExtractResult result = tiny.extract(IngestSource.ofBytes("long.html", page.getBytes(StandardCharsets.UTF_8)));
    ExtractedDocument document = result.documents().get(0);
    assertThat(document.body().length()).isLessThanOrEqualTo(1000);
    assertThat(document.warnings()).anyMatch(w -> w.contains("truncated at 1000"));
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static byte[] bytes(String path) throws IOException {
    return resource(path).toByteArray();
  }

  private static java.io.ByteArrayOutputStream resource(String path) throws IOException {
    try (InputStream in = DocumentExtractorTest.class.getResourceAsStream("/ingest/" + path)) {
      assertThat(in).as(path).isNotNull();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      in.transferTo(out);
      return out;
    }
  }
}
