package org.marsad.enrich;

import java.util.List;
import java.util.Map;

/**
 * A topic of the labelling guide's taxonomy (kb/topics.yaml).
 *
 * @param terms phrases by weight; a trailing {@code *} matches any ending of the last word
 * @param negative phrases that look like evidence but are not (تنظيم القاعدة for bases)
 * @param threshold the evidence this topic needs, when not the knowledge base's default; null for the default
 */
public record TopicEntry(
    String id, String ar, String en, Map<Integer, List<String>> terms, List<String> negative, Double threshold) {

  public TopicEntry {
    terms = terms == null ? Map.of() : Map.copyOf(terms);
    negative = negative == null ? List.of() : List.copyOf(negative);
  }

  public int termCount() {
    return terms.values().stream().mapToInt(List::size).sum();
  }
}
