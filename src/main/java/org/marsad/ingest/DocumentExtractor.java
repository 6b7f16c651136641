package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one file into articles: Tika extracts the text and metadata, news XML is read as
 * articles, and related-article boilerplate is separated from the body. Thread safe.
 */
public final class DocumentExtractor {

  private final TikaExtractor tika;
  private final NewsXmlReader newsXml;
  private final BoilerplateSeparator boilerplate;

  public DocumentExtractor(TikaExtractor tika, NewsXmlReader newsXml, BoilerplateSeparator boilerplate) {
    this.tika = tika;
    this.newsXml = newsXml;
    this.boilerplate = boilerplate;
  }

  public ExtractResult extract(IngestSource source) {
    if (source.size() == 0) {
      return ExtractResult.failed("The file is empty");
    }
    TikaExtractor.TikaText raw;
    try (InputStream in = source.open()) {
      raw = tika.extract(source.fileName(), in);
    } catch (IOException e) {
      return ExtractResult.failed("The file could not be read: " + e.getMessage());
    }
    if (raw.failureReason() != null) {
      return ExtractResult.failed(raw.failureReason());
    }
    String text = raw.text().strip();
    if (newsXml.accepts(text)) {
      List<ExtractedDocument> articles = newsXml.read(source.fileName(), text);
      return articles.isEmpty()
          ? ExtractResult.failed("News XML without a complete <DOC> element")
          : new ExtractResult(articles.stream().map(this::separate).toList(), null);
    }
    if (text.isEmpty()) {
      return ExtractResult.failed("No text could be extracted (a scanned image or an empty document?)");
    }
    return ExtractResult.of(separate(fromTika(source.fileName(), raw, text)));
  }

  private ExtractedDocument fromTika(String fileName, TikaExtractor.TikaText raw, String text) {
    String title = raw.title();
    String body = text;
    if (title == null && isPlainText(raw.contentType())) {
      // Plain-text articles put the headline on the first line.
      int end = text.indexOf('\n');
      if (end > 0 && end < 300) {
        title = text.substring(0, end).strip();
        body = text.substring(end + 1).strip();
      }
    }
    return new ExtractedDocument(
        fileName, raw.contentType(), title, null, body, List.of(), raw.author(), raw.published(),
        null, null, null, null, raw.pageCount(), raw.warnings());
  }

  private ExtractedDocument separate(ExtractedDocument document) {
    BoilerplateSeparator.Separated separated = boilerplate.separate(document.body());
    if (separated.boilerplate().isEmpty()) {
      return document;
    }
    List<String> cut = new ArrayList<>(document.boilerplate());
    cut.addAll(separated.boilerplate());
    return new ExtractedDocument(
        document.fileName(), document.contentType(), document.title(), document.abstractText(),
        separated.body(), cut, document.author(), document.published(), document.source(),
        document.url(), document.language(), document.category(), document.pageCount(),
        document.warnings());
  }

  private static boolean isPlainText(String contentType) {
    return contentType != null && contentType.startsWith("text/plain");
  }
}
