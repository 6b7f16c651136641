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
