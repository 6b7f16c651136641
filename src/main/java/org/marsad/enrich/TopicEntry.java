package org.marsad.enrich;

import java.util.List;
import java.util.Map;

/**
 * A topic of the labelling guide's taxonomy (kb/topics.yaml).
 *
 * @param terms phrases by weight; a trailing {@code *} matches any ending of the last word
 * @param negative phrases that look like evidence but are not (تنظيم القاعدة for bases)
 * @param threshold the evidence this topic needs, when not the knowledge base's default; null for the default
 * @param sportFactor on a sport page, how many times its threshold the topic's rule evidence must reach;
 *     null for {@link #DEFAULT_SPORT_FACTOR}
 */
public record TopicEntry(
    String id, String ar, String en, Map<Integer, List<String>> terms, List<String> negative, Double threshold,
    Double sportFactor) {

  /**
   * A match report uses some topics' words otherwise (ذهاب a first leg, هجوم an attack on goal), so on
   * a sport page a topic needs twice its evidence unless its entry says otherwise.
   */
  public static final double DEFAULT_SPORT_FACTOR = 2;

  public TopicEntry {
    terms = terms == null ? Map.of() : Map.copyOf(terms);
    negative = negative == null ? List.of() : List.copyOf(negative);
    sportFactor = sportFactor == null ? DEFAULT_SPORT_FACTOR : sportFactor;
  }

  public int termCount() {
    return terms.values().stream().mapToInt(List::size).sum();
  }
}
