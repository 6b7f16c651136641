package org.marsad.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.WordForms;

/**
 * What the learned topic model ({@link TopicModel}) reads from a text: each topic's rule score (the
 * weighted evidence {@link TopicScorer} finds), whether it is a sport page ({@link SportPage}), and
 * its terms — the stems of its words ({@code w:} + the stem by {@link ArabicMorphology#stem}, as the
 * index stems them) and of each two joined words ({@code b:} + both stems). Terms count once per
 * text, each worth 1/√(distinct terms) so that long texts do not weigh more; each keeps the place
 * of its first occurrence, the evidence it gives. Words before a dateline and after the article's
 * end are not read, as for the rules.
 *
 * @param ruleScores each topic's rule score (topics without evidence are absent)
 * @param strongTerms per topic, how many different strong rule terms (weight 3 or more) the text has
 * @param sport whether the text is a sport page
 * @param terms each term of the text → where it first occurs
 */
public record TopicFeatures(Map<String, Double> ruleScores, Map<String, Double> strongTerms, boolean sport, Map<String, Place> terms) {

  /** Feature: the topic's own rule score, as log(1 + score). */
  public static final String RULE = "rule";
  /** Feature: how many different strong rule terms of the topic, as log(1 + count). */
  public static final String STRONG = "strong";
  /** Feature: 1 on a sport page. */
  public static final String SPORT = "sport";
  static final String WORD = "w:";
  static final String PAIR = "b:";
  /** Shorter stems are mostly particles. */
  private static final int MIN_STEM = 2;
  /** The stems of the words read lately, or null for a word too short to weigh: news repeats its words. */
  private static final WordForms<Stemmed> STEMS = new WordForms<>(TopicFeatures::stem, 1 << 14);

  /** Where a term first occurs: a field (as in the tagger's list) and its tokens. */
  public record Place(int field, int first, int count) {}

  public TopicFeatures {
    ruleScores = Map.copyOf(ruleScores);
    strongTerms = Map.copyOf(strongTerms);
    terms = Map.copyOf(terms);
  }

  /** The value of each term feature: 1/√(distinct terms). */
  public double termValue() {
    return terms.isEmpty() ? 0 : 1 / Math.sqrt(terms.size());
  }

  /** The features of one topic with their values, as the model weighs them (for training). */
  public Map<String, Double> of(String topic) {
    Map<String, Double> features = new HashMap<>(terms.size() * 2);
    double value = termValue();
    terms.keySet().forEach(t -> features.put(t, value));
    features.put(RULE, Math.log1p(ruleScores.getOrDefault(topic, 0.0)));
    features.put(STRONG, Math.log1p(strongTerms.getOrDefault(topic, 0.0)));
    if (sport) {
      features.put(SPORT, 1.0);
    }
    return features;
  }

  /** Reads the terms of the tagger's fields. */
  static Map<String, Place> terms(List<TaggedField> fields) {
    Map<String, Place> terms = new HashMap<>();
    for (int f = 0; f < fields.size(); f++) {
      TaggedField field = fields.get(f);
      String previous = null;
      for (int i = field.firstTagged(); i < field.normalised().size(); i++) {
        Stemmed stemmed = STEMS.of(field.normalised().get(i));
        if (stemmed == null) {
          previous = null;
          continue;
        }
        String stem = stemmed.stem();
        terms.putIfAbsent(stemmed.term(), new Place(f, i, 1));
        if (previous != null) {
          terms.putIfAbsent(PAIR + previous + " " + stem, new Place(f, i - 1, 2));
        }
        previous = field.joined(i) ? stem : null;
      }
    }
    return terms;
  }

  /** A word's stem and its term ({@link #WORD} + the stem), kept together so that the term is built once. */
  private record Stemmed(String stem, String term) {}

  private static Stemmed stem(String normalised) {
    if (normalised.length() < MIN_STEM || !Character.isLetter(normalised.charAt(0))) {
      return null;
    }
    String stem = ArabicMorphology.PLAIN.stem(normalised);
    return stem.length() < MIN_STEM ? null : new Stemmed(stem, WORD + stem);
  }
}
