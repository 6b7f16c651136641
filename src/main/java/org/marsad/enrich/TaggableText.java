package org.marsad.enrich;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The parts of a document the tagger reads. Boilerplate is not among them: the labelling guide
 * counts only the article's own title and body.
 *
 * @param title the headline, or null
 * @param abstractText the lead given separately, or null
 * @param body the body without boilerplate
 * @param published the day the document was published, or null: an office named without its
 *     holder (الرئيس الفرنسي) names whoever held it that day
 * @param outlet who published it — the source's name or the host of its address — or null when
 *     unknown: some outlets' pages end with leads of other stories ({@link TeaserFinder})
 */
public record TaggableText(String title, String abstractText, String body, LocalDate published, String outlet) {

  /**
   * The three texts with every space character written as a plain space: a no-break space (U+00A0,
   * in about a third of the news pages, often after a comma: المصرية، حامد) is no whitespace to
   * Java's {@code isBlank} and {@code strip}, so the taggers' checks of what stands between two words
   * would read it as something else than a space. One character for one keeps every offset, so
   * evidence still points into the stored text.
   */
  public TaggableText {
    title = hashtagsAsWords(plainSpaces(title));
    abstractText = hashtagsAsWords(plainSpaces(abstractText));
    body = hashtagsAsWords(plainSpaces(body));
  }

  public TaggableText(String title, String abstractText, String body) {
    this(title, abstractText, body, null, null);
  }

  public TaggableText(String title, String abstractText, String body, LocalDate published) {
    this(title, abstractText, body, published, null);
  }

  /** A text published at {@code published} (or null), dated by its UTC day. */
  public static TaggableText of(String title, String abstractText, String body, Instant published) {
    return of(title, abstractText, body, published, null, null);
  }

  /**
   * A text published at {@code published} (or null) by an outlet known by its source name or, failing
   * that, by the host of its address (either may be null).
   */
  public static TaggableText of(String title, String abstractText, String body, Instant published,
      String source, String url) {
    return new TaggableText(title, abstractText, body,
        published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate(), outlet(source, url));
  }

  private static String plainSpaces(String text) {
    if (text == null || text.chars().noneMatch(TaggableText::otherSpace)) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (otherSpace(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /**
   * A hashtag read as the words it joins: Al Arabiya writes names so in its text (الفنانة المصرية
   * #عايدة_رياض، وزير الخارجية اليمني عبدالملك #المخلافي), and the # and the underscores between its
   * words would stand between a title and its name, or inside the name, as punctuation does. The # before
   * a letter and each underscore of the tag become spaces, one character for one, as {@link
   * #plainSpaces} keeps every offset.
   */
  static String hashtagsAsWords(String text) {
    if (text == null || text.indexOf('#') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i + 1 < chars.length; i++) {
      if (chars[i] != '#' || !Character.isLetter(chars[i + 1])) {
        continue;
      }
      chars[i] = ' ';
      int j = i + 1;
      for (; j < chars.length && (Character.isLetterOrDigit(chars[j]) || chars[j] == '_' || Character.getType(chars[j]) == Character.NON_SPACING_MARK); j++) {
        if (chars[j] == '_' && j + 1 < chars.length && Character.isLetterOrDigit(chars[j + 1])) {
          chars[j] = ' ';
        }
      }
      i = j - 1;
    }
    return new String(chars);
  }

  /** A space separator (Unicode Zs: no-break, thin, figure, ideographic) other than the plain space. */
  private static boolean otherSpace(int c) {
    return c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static String outlet(String source, String url) {
    if (source != null && !source.isBlank()) {
      return source.strip();
    }
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      return host == null || host.isBlank() ? null : host;
    } catch (IllegalArgumentException e) {
      return null; // an address that does not parse says nothing about the outlet
    }
  }
}
