package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Decides the topics of a text from weighted evidence: each topic term found adds its weight (half
 * of it the second time, nothing after {@link #MAX_COUNT} times; twice as much in the title), negative phrases consume
 * their words and add nothing, and a topic is tagged when its score reaches the threshold — so one
 * passing word does not tag a topic, one explicit phrase or a sentence of related words does.
 * Immutable and thread safe.
 */
final class TopicScorer {

  /**
   * A term of a topic; weight 0 for a negative phrase. {@code phrase} is normalised and without the
   * article, so that الاتفاق and اتفاق, listed both, count as one term said twice.
   */
  private record Term(String topic, int weight, String phrase) {}

  /** Repeating one word makes a text no more about a topic after the second time. */
  private static final int MAX_COUNT = 2;
  private static final double TITLE_FACTOR = 2;
  /** A word said again adds half its weight: repeating one light word is not a discussion. */
  private static final double REPEAT_FACTOR = 0.5;

  private final PhraseDictionary<Term> terms;
  private final Map<String, Double> thresholds = new HashMap<>();

  TopicScorer(KnowledgeBase kb, ArabicNormaliser normaliser) {
    terms = new PhraseDictionary<>(normaliser);
    for (TopicEntry topic : kb.topics()) {
      thresholds.put(topic.id(), topic.threshold() == null ? kb.threshold() : topic.threshold());
      topic.terms().forEach((weight, phrases) ->
          phrases.forEach(p -> terms.add(p, new Term(topic.id(), weight, canonical(normaliser, p)))));
      topic.negative().forEach(p -> terms.add(p, new Term(topic.id(), 0, canonical(normaliser, p))));
    }
  }

  private static String canonical(ArabicNormaliser normaliser, String phrase) {
    return ArabicMorphology.withoutArticle(normaliser.fold(phrase.strip()));
  }

  /** Every topic's weighted evidence, tagged or not (for fitting thresholds on labelled text). */
  Map<String, Double> scores(List<TaggedField> fields) {
    Map<String, Double> scores = new HashMap<>();
    score(fields, scores, new LinkedHashMap<>());
    return scores;
  }

  /** @param factor how many times its threshold a topic needs (2 on sport pages, else 1) */
  List<Tag> tag(List<TaggedField> fields, double factor) {
    Map<String, Double> scores = new HashMap<>();
    Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    score(fields, scores, evidence);
    List<Tag> tags = new ArrayList<>();
    scores.forEach((topic, score) -> {
      if (score >= thresholds.get(topic) * factor) {
        tags.add(new Tag(topic, score, evidence.get(topic)));
      }
    });
    tags.sort(Comparator.comparingDouble(Tag::score).reversed().thenComparing(Tag::id));
    return tags;
  }

  private void score(List<TaggedField> fields, Map<String, Double> scores, Map<String, List<Evidence>> evidence) {
    Map<Term, Integer> counts = new HashMap<>();
    for (TaggedField field : fields) {
      double factor = "title".equals(field.name()) ? TITLE_FACTOR : 1;
      for (PhraseDictionary.Match<Term> m : terms.find(field.normalised(), field.readings())) {
        if (m.first() < field.firstTagged()) {
          continue;
        }
        for (Term term : m.values()) {
          int seen = term.weight() == 0 ? MAX_COUNT + 1 : counts.merge(term, 1, Integer::sum);
          if (seen > MAX_COUNT) {
            continue;
          }
          double repeat = seen == 1 ? 1 : REPEAT_FACTOR;
          scores.merge(term.topic(), term.weight() * factor * repeat, Double::sum);
          evidence.computeIfAbsent(term.topic(), t -> new ArrayList<>()).add(field.evidence(m.first(), m.count()));
        }
      }
    }
  }
}
