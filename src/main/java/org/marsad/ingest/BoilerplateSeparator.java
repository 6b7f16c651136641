package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Separates the article's own text from "related article" headlines that news sites interleave
 * with it; the labelling guide does not count what they name.
 *
 * <p>Two ways of marking them are known. Copied pages put a lone dash line before each headline
 * (the seed article shows the pattern): a short line right after a {@code -} line is a headline,
 * and the dash lines go too. News sites introduce a link with a word and a separator
 * ({@code ingest/related-story-markers.txt}: اقرأ أيضا: …، قد يهمك.. …، للمزيد: …): the rest of such a
 * line is a headline, and a marker alone on its line opens a block of short headline lines below
 * it, which ends at the first line that reads as prose (long, or ending in a full stop). Everything
 * else stays in the body, in order. Immutable and thread safe.
 */
public final class BoilerplateSeparator {

  /** A line of dashes (hyphen, en and em dash, tatweel) and nothing else. */
  private static final Pattern DASH_LINE = Pattern.compile("^\\s*[-–—ـ]+\\s*$");
  /** Related headlines are one short line; a long one after a dash is a paragraph. */
  private static final int MAX_HEADLINE_WORDS = 25;
  /** What ends a marker and stands before its headline: اقرأ أيضا: …، قد يهمك.. …، للمزيد - …، قد يهمك| … */
  private static final String SEPARATORS = ":.…|/-–—";
  /** A block under a lone marker holds a few headlines (BBC lists up to four or five). */
  private static final int MAX_BLOCK_HEADLINES = 8;
  private static final String MARKERS = "/ingest/related-story-markers.txt";

  private static final ArabicNormaliser NORMALISER = new ArabicNormaliser();

  /** The markers, normalised. */
  private final Set<String> markers;
  /** A marker line is a headline with a marker in front: at most this many words longer. */
  private final int maxMarkerWords;

  /** The body and what was cut from it. */
  public record Separated(String body, List<String> boilerplate) {}

  public BoilerplateSeparator() {
    this(readMarkers());
  }

  BoilerplateSeparator(List<String> markers) {
    this.markers = markers.stream().map(NORMALISER::normalise).collect(Collectors.toUnmodifiableSet());
    this.maxMarkerWords = this.markers.stream().mapToInt(BoilerplateSeparator::wordCount).max().orElse(0);
  }

  public Separated separate(String text) {
    List<String> body = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    boolean afterDash = false;
    int blockLeft = 0;
    for (String line : text.split("\\R", -1)) {
      if (DASH_LINE.matcher(line).matches()) {
        afterDash = true;
        continue;
      }
      if (afterDash && !line.isBlank() && wordCount(line) <= MAX_HEADLINE_WORDS) {
        boilerplate.add(line.strip());
        afterDash = false;
        continue;
      }
      afterDash = false;
      String headline = afterMarker(line);
      if (headline != null) {
        if (headline.isEmpty()) {
          blockLeft = MAX_BLOCK_HEADLINES;
        } else {
          boilerplate.add(headline);
          blockLeft = 0;
        }
        continue;
      }
      if (blockLeft > 0 && !line.isBlank()) {
        if (readsAsHeadline(line)) {
          boilerplate.add(line.strip());
          blockLeft--;
          continue;
        }
        blockLeft = 0;
      }
      body.add(line);
    }
    return new Separated(String.join("\n", body).strip(), boilerplate);
  }

  /**
   * The headline a marker line introduces, "" for a marker alone on its line, or null when the
   * line does not start with a marker and its separator (or is too long to be a headline).
   */
  private String afterMarker(String line) {
    String stripped = line.strip();
    if (stripped.isEmpty() || wordCount(stripped) > MAX_HEADLINE_WORDS + maxMarkerWords) {
      return null;
    }
    int separator = 0;
    while (separator < stripped.length() && SEPARATORS.indexOf(stripped.charAt(separator)) < 0) {
      separator++;
    }
    if (separator == stripped.length() || !markers.contains(NORMALISER.normalise(stripped.substring(0, separator).strip()))) {
      return null;
    }
    int headline = separator;
    while (headline < stripped.length()
        && (SEPARATORS.indexOf(stripped.charAt(headline)) >= 0 || Character.isWhitespace(stripped.charAt(headline)))) {
      headline++;
    }
    return stripped.substring(headline);
  }

  private static boolean readsAsHeadline(String line) {
    String stripped = line.strip();
    return wordCount(stripped) <= MAX_HEADLINE_WORDS && !stripped.endsWith(".");
  }

  private static int wordCount(String line) {
    return line.strip().split("\\s+").length;
  }

  private static List<String> readMarkers() {
    try (InputStream in = BoilerplateSeparator.class.getResourceAsStream(MARKERS)) {
      if (in == null) {
        throw new IllegalStateException(MARKERS + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(MARKERS + " cannot be read", e);
    }
  }
}
