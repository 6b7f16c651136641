package org.marsad.enrich;

import java.util.Comparator;
import java.util.List;

/**
 * Where in the stored text a tag was found.
 *
 * @param field the stored field the offsets refer to: {@code title}, {@code abstract} or {@code body}
 * @param start offset of the first character (UTF-16 code units, as Java and JavaScript count)
 * @param end offset after the last character
 * @param text the matched text as written (the mention), e.g. {@code وحفتر}
 */
public record Evidence(String field, int start, int end, String text) {

  /** The order a reader meets evidence in: field by field (title, abstract, body), then by offset. */
  static final Comparator<Evidence> IN_TEXT_ORDER = Comparator
      .comparingInt((Evidence e) -> List.of("title", "abstract", "body").indexOf(e.field()))
      .thenComparingInt(Evidence::start);

  /** Whether this evidence takes in all of {@code other}: the same field, and its span inside this one. */
  boolean holds(Evidence other) {
    return field.equals(other.field) && start <= other.start && other.end <= end;
  }
}
