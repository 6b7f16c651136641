package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text and metadata with Apache Tika.
 *
 * <p>Lifecycle: one instance per app, created once (building Tika's parser is costly) and shared.
 * Thread safe: {@link AutoDetectParser} is, and each call builds its own {@link ParseContext} and
 * handler.
 *
 * <p>Arabic needs two deliberate choices (Tika's defaults get both wrong): legacy encodings are
 * detected by the HTML meta charset, then ICU (Tika's default chain lets the universal detector
 * guess x-MacCyrillic for windows-1256); PDF text is sorted by position, else Arabic lines come
 * out in visual (reversed) word order.
 */
public final class TikaExtractor {

  private final AutoDetectParser parser;
  private final EncodingDetector encodingDetector;
  private final int maxCharacters;

  public TikaExtractor(int maxCharacters) {
    this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
    this.encodingDetector =
        new CompositeEncodingDetector(List.of(new HtmlEncodingDetector(), new Icu4jEncodingDetector()));
    this.maxCharacters = maxCharacters;
  }

  /** Extracts one file; never throws for a bad file, it returns a failure with the reason. */
  public TikaText extract(String fileName, InputStream in) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    BodyContentHandler handler = new BodyContentHandler(maxCharacters);
    List<String> warnings = new ArrayList<>();
    try {
      parser.parse(in, handler, metadata, context());
    } catch (EncryptedDocumentException e) {
      return TikaText.failed("The file is encrypted or password-protected");
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        warnings.add("Text truncated at " + maxCharacters + " characters");
      } else {
        return TikaText.failed("The file could not be parsed: " + e.getMessage());
      }
    } catch (TikaException e) {
      return TikaText.failed(reason(e));
    }
    return new TikaText(handler.toString(), metadata, warnings, null);
  }

  /** Characters of text kept per file. */
  public int maxCharacters() {
    return maxCharacters;
  }

  /** The charset of a text or HTML file, by the same detectors the parser uses; UTF-8 if unsure. */
  public Charset charsetOf(String fileName, byte[] bytes) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      Charset charset = encodingDetector.detect(in, metadata);
      return charset == null ? StandardCharsets.UTF_8 : charset;
    }
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(EncodingDetector.class, encodingDetector);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setSortByPosition(true);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  private static String reason(TikaException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return "The file could not be parsed (" + message + ")";
  }

  /** Tika's raw output for one file. */
  public record TikaText(String text, Metadata metadata, List<String> warnings, String failureReason) {

    static TikaText failed(String reason) {
      return new TikaText("", new Metadata(), List.of(), reason);
    }

    public String contentType() {
      return metadata.get(Metadata.CONTENT_TYPE);
    }

    public String title() {
      return blankToNull(metadata.get(TikaCoreProperties.TITLE));
    }

    public String author() {
      return blankToNull(metadata.get(TikaCoreProperties.CREATOR));
    }

    /** The creation date a format records (PDF, Office, e-mail Date header), or null. */
    public Instant published() {
      for (var property : List.of(TikaCoreProperties.CREATED, Office.CREATION_DATE)) {
        var date = metadata.getDate(property);
        if (date != null) {
          return date.toInstant();
        }
      }
      return null;
    }

    public Integer pageCount() {
      String pages = metadata.get(PagedText.N_PAGES);
      if (pages == null) {
        pages = metadata.get(Office.PAGE_COUNT);
      }
      try {
        return pages == null ? null : Integer.valueOf(pages);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
