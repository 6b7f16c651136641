package org.marsad.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads TREC-style news XML, as the ANT corpora use: one or more {@code <DOC>} elements with
 * DOCNO, URL, SRC, CAT, TITLE, TIME, AUTHOR, ABSTRACT and TEXT.
 *
 * <p>The files are not well-formed XML (raw {@code &} in URLs, stray markup in text), so the
 * elements are read by pattern rather than with an XML parser. Stateless and thread safe.
 */
public final class NewsXmlReader {

  private static final FeedDateParser DATES = new FeedDateParser();
  private static final Pattern DOC = Pattern.compile("<DOC>(.*?)</DOC>", Pattern.DOTALL);
  private static final Pattern LOOKS_LIKE_NEWS_XML =
      Pattern.compile("\\A\\s*<DOC>\\s*<DOCNO>", Pattern.DOTALL);

  /** True when the text starts like a TREC {@code <DOC>} file. */
  public boolean accepts(String text) {
    return LOOKS_LIKE_NEWS_XML.matcher(text).lookingAt();
  }

  public List<ExtractedDocument> read(String fileName, String text) {
    List<ExtractedDocument> documents = new ArrayList<>();
    Matcher doc = DOC.matcher(text);
    List<String> bodies = new ArrayList<>();
    while (doc.find()) {
      bodies.add(doc.group(1));
    }
    for (String body : bodies) {
      documents.add(readOne(fileName, body, bodies.size() > 1));
    }
    return documents;
  }

  /**
   * One article. A file of one article keeps its own name; in a file of several, each article is
   * named after its DOCNO ({@code DOCNO.txt}), as ANT names its one-article files.
   */
  private ExtractedDocument readOne(String fileName, String doc, boolean oneOfMany) {
    List<String> warnings = new ArrayList<>();
    String docno = element(doc, "DOCNO");
    String abstractText = element(doc, "ABSTRACT");
    String body = element(doc, "TEXT");
    return new ExtractedDocument(
        oneOfMany && docno != null ? docno + ".txt" : fileName,
        "application/x-trec-news+xml",
        element(doc, "TITLE"),
        abstractText,
        body == null ? "" : body,
        List.of(),
        element(doc, "AUTHOR"),
        parseTime(element(doc, "TIME"), warnings),
        element(doc, "SRC"),
        element(doc, "URL"),
        null,
        element(doc, "CAT"),
        null,
        warnings);
  }

  private static String element(String doc, String name) {
    Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(doc);
    if (!m.find()) {
      return null;
    }
    String value = HtmlUtils.htmlUnescape(m.group(1)).strip();
    // Line breaks inside a paragraph are the crawler's wrapping, not the author's.
    value = value.replaceAll("[ \\t]*\\r?\\n[ \\t]*(?=\\S)", "\n").replaceAll("[ \\t]+", " ");
    return value.isEmpty() ? null : value;
  }

  /** RFC 1123 (the multi-source outlets: {@code Sun, 18 Feb 2018 17:21:49 GMT}) or ISO-8601 (ANT v1.1). */
  private static Instant parseTime(String time, List<String> warnings) {
    if (time == null) {
      return null;
    }
    return DATES.parse(time).orElseGet(() -> {
      warnings.add("Unreadable TIME '" + time + "'");
      return null;
    });
  }
}
