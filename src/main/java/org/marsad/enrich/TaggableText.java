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
 */
public record TaggableText(String title, String abstractText, String body, LocalDate published) {

  public TaggableText(String title, String abstractText, String body) {
    this(title, abstractText, body, null);
  }

  /** A text published at {@code published} (or null), dated by its UTC day. */
  public static TaggableText of(String title, String abstractText, String body, Instant published) {
    return new TaggableText(title, abstractText, body, published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate());
  }
}
