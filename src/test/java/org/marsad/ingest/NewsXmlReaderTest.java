package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class NewsXmlReaderTest {

  private final NewsXmlReader reader = new NewsXmlReader();

  @Test
  void readsAnAntArticleAsNewsNotAsTags() throws IOException {
    String text = resource("/ant/JA-politic-105-20170203.txt");

    assertThat(reader.accepts(text)).isTrue();
    List<ExtractedDocument> docs = reader.read("JA-politic-105-20170203.txt", text);

    assertThat(docs).hasSize(1);
    ExtractedDocument doc = docs.get(0);
    assertThat(doc.title()).isEqualTo("الغنوشي : مستعدّ للقاء خليفة حفتر");
    assertThat(doc.source()).isEqualTo("Jawhara FM");
    assertThat(doc.category()).isEqualTo("politic");
    assertThat(doc.url()).startsWith("http://www.jawharafm.net/ar/article/");
    assertThat(doc.published()).isEqualTo(Instant.parse("2017-02-03T21:19:00Z"));
    assertThat(doc.abstractText()).startsWith("قال رئيس حركة النهضة");
    assertThat(doc.body()).contains("حفتر").doesNotContain("<TEXT>", "</TEXT>", "<DOC>");
    assertThat(doc.author()).isNull();
    assertThat(doc.fileName()).isEqualTo("JA-politic-105-20170203.txt");
  }

  @Test
  void readsEveryArticleOfAFileWithSeveral() throws IOException {
    String one = resource("/ant/JA-politic-105-20170203.txt");
    String two = resource("/ant/JA-internationalNews-1-20170121.txt");

    List<ExtractedDocument> docs = reader.read("bundle.txt", one + "\n" + two);

    assertThat(docs).extracting(ExtractedDocument::fileName)
        .containsExactly("JA-politic-105-20170203.txt", "JA-internationalNews-1-20170121.txt");
  }

  @Test
  void keepsGoingWhenTheTimeIsUnreadable() {
    String doc = "<DOC>\n<DOCNO>x-1</DOCNO>\n<TITLE>عنوان</TITLE>\n<TIME>yesterday</TIME>\n"
        + "<TEXT>نص &amp; خبر</TEXT>\n</DOC>";

    ExtractedDocument read = reader.read("x.txt", doc).get(0);

    assertThat(read.published()).isNull();
    assertThat(read.warnings()).singleElement().asString().contains("yesterday");
    assertThat(read.body()).isEqualTo("نص & خبر");
  }

  /** One synthetic article per outlet of the multi-source corpus, each in its outlet's TIME format. */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/ingest/feed-dates/outlets.tsv", delimiter = '\t')
  void readsTheTimeOfEveryOutletFormat(String file, String expected) throws IOException {
    ExtractedDocument doc = reader.read(file, resource("/ingest/feed-dates/" + file)).get(0);

    assertThat(doc.published()).isEqualTo(Instant.parse(expected));
    assertThat(doc.warnings()).isEmpty();
  }

  @Test
  void plainArabicTextIsNotNewsXml() {
    assertThat(reader.accepts("تحركات أميركية في ليبيا\n<DOC> في النص")).isFalse();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = NewsXmlReaderTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
