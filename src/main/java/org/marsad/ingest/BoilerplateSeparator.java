package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates the article's own text from "related article" headlines that news sites interleave
 * with it.
 *
 * <p>Copied pages mark them with a lone dash line before each headline (the seed article shows
 * the pattern): a short line right after a {@code -} line is a headline, not the body. The
 * dash lines go too. Everything else stays in the body, in order. Stateless and thread safe.
 */
public final class BoilerplateSeparator {

  /** A line of dashes (hyphen, en and em dash, tatweel) and nothing else. */
  private static final Pattern DASH_LINE = Pattern.compile("^\\s*[-–—ـ]+\\s*$");
  /** Related headlines are one short line; a long one after a dash is a paragraph. */
  private static final int MAX_HEADLINE_WORDS = 25;

  /** The body and what was cut from it. */
  public record Separated(String body, List<String> boilerplate) {}

  public Separated separate(String text) {
    List<String> body = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    boolean afterDash = false;
    for (String line : text.split("\\R", -1)) {
      if (DASH_LINE.matcher(line).matches()) {
        afterDash = true;
        continue;
      }
      if (afterDash && !line.isBlank() && wordCount(line) <= MAX_HEADLINE_WORDS) {
        boilerplate.add(line.strip());
      } else {
        body.add(line);
      }
      afterDash = false;
    }
    return new Separated(String.join("\n", body).strip(), boilerplate);
  }

  private static int wordCount(String line) {
    return line.strip().split("\\s+").length;
  }
}
