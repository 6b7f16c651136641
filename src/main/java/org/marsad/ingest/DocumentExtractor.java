package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one file into articles: saved web pages are read by {@link HtmlArticleReader}, everything
 * else by Tika; news XML is read as articles; related-article boilerplate is separated from the
 * body; then the text is checked ({@link ArabicTextCheck}) and the language and, when the file's
 * metadata has none, the published date from the dateline ({@link ArabicDateFinder}) are added.
 * Thread safe.
 */
public final class DocumentExtractor {

  private final TikaExtractor tika;
  private final NewsXmlReader newsXml;
  private final BoilerplateSeparator boilerplate;
  private final HtmlArticleReader html = new HtmlArticleReader();
  private final ArabicTextCheck textCheck = new ArabicTextCheck();
  private final ArabicDateFinder dates = new ArabicDateFinder();
  private final LanguageGuesser language;
  private final long maxFileSize;
  /** Bytes read to detect a web page's charset (its meta tag, or ICU's guess). */
  private static final int CHARSET_SNIFF = 64 * 1024;
  /** Characters of HTML read per character of text kept: room for markup, bounded all the same. */
  static final int HTML_PER_TEXT = 4;
  /** A first line longer than this is a paragraph, not a headline. */
  private static final int MAX_HEADLINE = 200;

  public DocumentExtractor(TikaExtractor tika, NewsXmlReader newsXml, BoilerplateSeparator boilerplate) {
    this(tika, newsXml, boilerplate, new LanguageGuesser(), Long.MAX_VALUE);
  }

  public DocumentExtractor(
      TikaExtractor tika, NewsXmlReader newsXml, BoilerplateSeparator boilerplate,
      LanguageGuesser language, long maxFileSize) {
    this.tika = tika;
    this.newsXml = newsXml;
    this.boilerplate = boilerplate;
    this.language = language;
    this.maxFileSize = maxFileSize;
  }

  public ExtractResult extract(IngestSource source) {
    long size = source.size();
    if (size == 0) {
      return ExtractResult.failed("The file is empty");
    }
    if (size > maxFileSize) {
      return ExtractResult.failed(
          "The file is " + size + " bytes, over the limit of " + maxFileSize + " (marsad.ingest.max-file-size)");
    }
    ExtractResult raw;
    try {
      raw = isHtml(source.fileName()) ? readHtml(source) : readNewsXmlOrTika(source);
    } catch (IOException e) {
      return ExtractResult.failed("The file could not be read: " + e.getMessage());
    }
    if (raw.failed()) {
      return raw;
    }
    List<ExtractedDocument> checked = new ArrayList<>();
    for (ExtractedDocument document : raw.documents()) {
      ExtractedDocument separated = separate(document);
      ArabicTextCheck.Checked body = textCheck.check(separated.body());
      if (body.mojibake() != null) {
        return ExtractResult.failed(body.mojibake());
      }
      String title = separated.title() == null ? null
          : ArabicTextCheck.normalisePresentationForms(separated.title());
      String text = body.text();
      String lang = separated.language() != null ? separated.language() : language.guess(text);
      var published = separated.published() != null ? separated.published()
          : dates.find((title == null ? "" : title + "\n") + text);
      checked.add(separated.withText(title, text, lang, published, body.warnings()));
    }
    return new ExtractResult(checked, null);
  }

  /**
   * A web page obeys {@code max-characters} as Tika's formats do: at most {@link #HTML_PER_TEXT}
   * times that many characters of HTML are read (markup included), and the main text is cut at
   * the limit, with a warning either way.
   */
  private ExtractResult readHtml(IngestSource source) throws IOException {
    byte[] head;
    try (InputStream in = source.open()) {
      head = in.readNBytes(CHARSET_SNIFF);
    }
    Charset charset = tika.charsetOf(source.fileName(), head);
    long maxHtml = (long) tika.maxCharacters() * HTML_PER_TEXT;
    StringBuilder markup = new StringBuilder();
    boolean cut = false;
    try (Reader reader = new InputStreamReader(source.open(), charset)) {
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) > 0) {
        if (markup.length() + n > maxHtml) {
          markup.append(buffer, 0, (int) (maxHtml - markup.length()));
          cut = true;
          break;
        }
        markup.append(buffer, 0, n);
      }
    }
    ExtractedDocument page = html.read(source.fileName(), markup.toString());
    markup.setLength(0);
    if (page.body().isBlank()) {
      return ExtractResult.failed("The web page has no main text");
    }
    if (!cut && page.body().length() <= tika.maxCharacters()) {
      return ExtractResult.of(page);
    }
    String body = page.body().length() <= tika.maxCharacters() ? page.body()
        : page.body().substring(0, tika.maxCharacters());
    List<String> warnings = new ArrayList<>(page.warnings());
    warnings.add("Text truncated at " + tika.maxCharacters() + " characters");
    return ExtractResult.of(new ExtractedDocument(
        page.fileName(), page.contentType(), page.title(), page.abstractText(), body, page.boilerplate(),
        page.author(), page.published(), page.source(), page.url(), page.language(), page.category(),
        page.pageCount(), warnings));
  }

  /**
   * News XML in UTF-8 (the ANT corpora: TREC {@code <DOC>} files named {@code .txt}) is read
   * without Tika. For such a file Tika would detect the type by its magic bytes and the charset by
   * running ICU's detector over every single-byte code page — two thirds of extraction's time,
   * measured — to hand back the very same text. Only a {@code .txt} file within the character limit
   * that starts like news XML and decodes as strict UTF-8 takes this path; anything else (legacy
   * charsets included) goes through Tika, as before.
   */
  private ExtractResult readNewsXmlOrTika(IngestSource source) throws IOException {
    long size = source.size();
    if (size > 0 && size <= tika.maxCharacters() && source.fileName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      byte[] bytes;
      try (InputStream in = source.open()) {
        bytes = in.readNBytes(tika.maxCharacters() + 1);
      }
      String text = strictUtf8(bytes);
      if (text != null) {
        text = text.strip();
        if (newsXml.accepts(text)) {
          return newsXml(source.fileName(), text);
        }
      }
    }
    return readWithTika(source);
  }

  /** The bytes as UTF-8 without a byte-order mark, or null if they are not valid UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private ExtractResult newsXml(String fileName, String text) {
    List<ExtractedDocument> articles = newsXml.read(fileName, text);
    return articles.isEmpty()
        ? ExtractResult.failed("News XML without a complete <DOC> element")
        : new ExtractResult(articles, null);
  }

  private ExtractResult readWithTika(IngestSource source) throws IOException {
    TikaExtractor.TikaText raw;
    try (InputStream in = source.open()) {
      raw = tika.extract(source.fileName(), in);
    }
    if (raw.failureReason() != null) {
      return ExtractResult.failed(raw.failureReason());
    }
    String text = raw.text().strip();
    if (newsXml.accepts(text)) {
      return newsXml(source.fileName(), text);
    }
    if (text.isEmpty()) {
      String type = raw.contentType();
      if (type == null || type.startsWith("application/octet-stream")) {
        return ExtractResult.failed("The file's format is not supported (no text could be recognised)");
      }
      return ExtractResult.failed(
          "No text could be extracted from this " + type + " file (a scanned image or an empty document?)");
    }
    return ExtractResult.of(fromTika(source.fileName(), raw, text));
  }

  private ExtractedDocument fromTika(String fileName, TikaExtractor.TikaText raw, String text) {
    String title = raw.title();
    String body = text;
    if (title != null && text.startsWith(title)) {
      // Office files often repeat their metadata title as the first heading: keep it once.
      int end = text.indexOf('\n');
      if (end < 0 ? text.strip().equals(title) : text.substring(0, end).strip().equals(title)) {
        body = end < 0 ? "" : text.substring(end + 1).strip();
      }
    } else if (title == null && !isMail(raw.contentType())) {
      // Articles put the headline on the first line (plain text, and office files whose
      // metadata has no title); taking it the same way everywhere gives the same article the
      // same id whatever the format.
      int end = text.indexOf('\n');
      if (end > 0 && end < MAX_HEADLINE) {
        title = text.substring(0, end).strip();
        body = text.substring(end + 1).strip();
      }
    }
    // An e-mail's Date header is when it was sent; an office file's creation date is often just
    // when someone saved or converted it, so a dateline in its text wins.
    var published = isMail(raw.contentType()) ? raw.published() : dates.find(text);
    return new ExtractedDocument(
        fileName, raw.contentType(), title, null, body, List.of(), raw.author(),
        published != null ? published : raw.published(),
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

  private static boolean isHtml(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
  }

  private static boolean isMail(String contentType) {
    return contentType != null && contentType.startsWith("message/");
  }

}
