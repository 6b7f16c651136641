package org.marsad.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page as an article: the headline, the published date from the page's meta
 * tags, the main text, and the navigation and related links apart from it.
 *
 * <p>Tika's HTML output glues adjacent blocks into one word ({@code <nav>الرئيسية</nav><p>ويثير}
 * → الرئيسيةويثير); here every block element ends a line. Page chrome — {@code nav}, {@code header},
 * {@code footer}, {@code aside}, {@code form} and ARIA navigation — goes to the boilerplate, one
 * entry per link or line. The body is the {@code article} (or {@code main}) element when the page
 * has one, else what is left of {@code body}. Stateless and thread safe.
 */
public final class HtmlArticleReader {

  private static final FeedDateParser DATES = new FeedDateParser();
  private static final String CHROME =
      "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary]";
  private static final String[] PUBLISHED_META = {
    "meta[property=article:published_time]", "meta[name=pubdate]", "meta[name=publishdate]",
    "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=dc.date]",
    "meta[name=DC.date.issued]", "meta[property=og:published_time]"
  };
  private static final String[] AUTHOR_META = {
    "meta[name=author]", "meta[property=article:author]", "meta[name=dc.creator]"
  };

  public ExtractedDocument read(String fileName, String html) {
    Document page = Jsoup.parse(html);
    page.select("script, style, noscript, template, svg, iframe").remove();
    List<String> boilerplate = new ArrayList<>();
    for (Element chrome : page.select(CHROME)) {
      if (chrome.parents().stream().noneMatch(p -> p.is(CHROME))) {
        boilerplate.addAll(lines(chrome));
      }
    }
    page.select(CHROME).remove();
    Element main = page.selectFirst("article");
    if (main == null) {
      main = page.selectFirst("main");
    }
    if (main == null) {
      main = page.body();
    }
    String title = firstNonBlank(
        meta(page, "meta[property=og:title]"), page.title(), text(page.selectFirst("h1")));
    List<String> bodyLines = lines(main);
    // The headline is usually repeated as the page's h1: keep it once, as the title.
    if (!bodyLines.isEmpty() && bodyLines.get(0).equals(title)) {
      bodyLines.remove(0);
    }
    List<String> warnings = new ArrayList<>();
    return new ExtractedDocument(
        fileName, "text/html", title, null, String.join("\n", bodyLines), boilerplate,
        firstNonBlank(metas(page, AUTHOR_META)), published(page, warnings), null,
        meta(page, "meta[property=og:url]"), null, null, null, warnings);
  }

  /** The element's text, one line per block element (jsoup's wholeText would glue blocks). */
  private static List<String> lines(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    collect(root, line, lines);
    flush(line, lines);
    return lines;
  }

  private static void collect(Element element, StringBuilder line, List<String> lines) {
    boolean block = element.isBlock() || element.nameIs("br") || element.nameIs("li")
        || element.nameIs("a") && element.parent() != null && element.parent().nameIs("li");
    if (block) {
      flush(line, lines);
    }
    for (org.jsoup.nodes.Node child : element.childNodes()) {
      if (child instanceof org.jsoup.nodes.TextNode textNode) {
        line.append(textNode.text());
      } else if (child instanceof Element childElement) {
        collect(childElement, line, lines);
      }
    }
    if (block) {
      flush(line, lines);
    }
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String text = line.toString().replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      lines.add(text);
    }
    line.setLength(0);
  }

  private static Instant published(Document page, List<String> warnings) {
    String value = firstNonBlank(metas(page, PUBLISHED_META));
    if (value == null) {
      Element time = page.selectFirst("time[datetime]");
      value = time == null ? null : time.attr("datetime");
    }
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<Instant> date = DATES.parse(value);
    if (date.isEmpty()) {
      warnings.add("Unreadable published date '" + value + "'");
    }
    return date.orElse(null);
  }

  private static String[] metas(Document page, String[] selectors) {
    String[] values = new String[selectors.length];
    for (int i = 0; i < selectors.length; i++) {
      values[i] = meta(page, selectors[i]);
    }
    return values;
  }

  private static String meta(Document page, String selector) {
    Element meta = page.selectFirst(selector);
    return meta == null ? null : meta.attr("content");
  }

  private static String text(Element element) {
    return element == null ? null : element.text();
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
