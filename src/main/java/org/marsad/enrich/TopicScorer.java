package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Decides the topics of a text from weighted evidence: each topic term found adds its weight (half
 * of it the second time, nothing after {@link #MAX_COUNT} times; twice as much in the title), negative phrases consume
 * their words and add nothing, and a topic is tagged when its score reaches the threshold — so one
 * passing word does not tag a topic, one explicit phrase or a sentence of related words does.
 *
 * <p>When the knowledge base has a learned {@link TopicModel}, a topic it weighs is decided by the
 * model instead: a logistic regression over the topic's rule score and the text's terms
 * ({@link TopicFeatures}). Such a tag's evidence is its strongest: the rule spans (when the model
 * weighs the rules up) and the spans of the {@link #TERM_EVIDENCE} terms that add most; a topic
 * with no span that speaks for it is not tagged; when the model says its rules suffice
 * ({@link TopicModel.Weights#rulesSuffice()}), a topic whose rules pass is tagged as they tag it. On a sport page a topic must also pass its rules
 * at its {@link TopicEntry#sportFactor()} times the threshold, so that ambiguous words (ذهاب, a first
 * leg) do not give a match report political topics. Immutable and thread safe.
 */
final class TopicScorer {

  /**
   * A term of a topic; weight 0 for a negative phrase. {@code phrase} is normalised and without the
   * article, so that الاتفاق and اتفاق, listed both, count as one term said twice.
   */
  private record Term(String topic, int weight, String phrase) {}

  /** The rule evidence a topic needs: on most pages, and on a sport page ({@link TopicEntry#sportFactor()} times as much). */
  private record Thresholds(double usual, double onSportPage) {}

  /** Repeating one word makes a text no more about a topic after the second time. */
  private static final int MAX_COUNT = 2;
  private static final double TITLE_FACTOR = 2;
  /** A word said again adds half its weight: repeating one light word is not a discussion. */
  private static final double REPEAT_FACTOR = 0.5;

  /** How many of the terms that add most to a model's tag are given as its evidence. */
  static final int TERM_EVIDENCE = 5;
  /** A term of this weight or more is a statement on its topic (a feature of the learned model). */
  static final int STRONG = 3;

  private final PhraseDictionary<Term> terms;
  /** Each topic's rule evidence needed, in the knowledge base's order. */
  private final Map<String, Thresholds> thresholds = new LinkedHashMap<>();
  private final TopicModel model;
  /**
   * Words that explain no topic to a reader, folded: Lucene's Arabic stop words and the weekdays. The
   * model may weigh them (التي for terrorism), but a tag's evidence shows its informative terms.
   */
  private final Set<String> uninformative;

  TopicScorer(KnowledgeBase kb, ArabicNormaliser normaliser) {
    model = kb.topicModel();
    uninformative = uninformativeWords(normaliser);
    terms = new PhraseDictionary<>(normaliser);
    for (TopicEntry topic : kb.topics()) {
      double threshold = kb.threshold(topic);
      thresholds.put(topic.id(), new Thresholds(threshold, threshold * topic.sportFactor()));
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
    score(fields, scores, new LinkedHashMap<>(), new HashMap<>());
    return scores;
  }

  /** What the learned model reads from the text (for training it on labelled text). */
  TopicFeatures features(List<TaggedField> fields, boolean sportPage) {
    Map<String, Double> scores = new HashMap<>();
    Map<String, Double> strong = new HashMap<>();
    score(fields, scores, new LinkedHashMap<>(), strong);
    return new TopicFeatures(scores, strong, sportPage, TopicFeatures.terms(fields));
  }

  /** @param sportPage whether the text is a sport page ({@link SportPage}) */
  List<Tag> tag(List<TaggedField> fields, boolean sportPage) {
    Map<String, Double> scores = new HashMap<>();
    Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    Map<String, Double> strong = new HashMap<>();
    score(fields, scores, evidence, strong);
    Map<String, TopicFeatures.Place> found = model.isEmpty() ? Map.of() : TopicFeatures.terms(fields);
    List<WeighedTerm> weighed = weighed(found);
    List<Tag> tags = new ArrayList<>();
    thresholds.forEach((topic, needs) -> {
      double score = scores.getOrDefault(topic, 0.0);
      double rulesNeed = sportPage ? needs.onSportPage() : needs.usual();
      TopicModel.Weights weights = model.weights(topic);
      if (weights == null) {
        if (score > 0 && score >= rulesNeed) {
          tags.add(new Tag(topic, score, evidence.get(topic)));
        }
      } else if (weights.rulesSuffice() && score > 0 && score >= rulesNeed) {
        tags.add(new Tag(topic, score, evidence.get(topic)));
      } else if (!sportPage || score >= rulesNeed) {
        Tag tag = modelTag(topic, weights, model.place(topic), score, strong.getOrDefault(topic, 0.0),
            evidence.getOrDefault(topic, List.of()), found.size(), weighed, fields, sportPage);
        if (tag != null) {
          tags.add(tag);
        }
      }
    });
    tags.sort(Comparator.comparingDouble(Tag::score).reversed().thenComparing(Tag::id));
    return tags;
  }

  /** A term of the text some topic weighs: where it first occurs, and its weight for each topic ({@link TopicModel#weightsOf}). */
  private record WeighedTerm(String term, TopicFeatures.Place place, double[] weights) {}

  /**
   * The text's terms some topic weighs, in the text's order: most terms no topic weighs, and leaving
   * them out once, with one lookup a term for all topics, spares each topic looking them up (each
   * topic's sum adds the same weights in the same order, so the same bits).
   */
  private List<WeighedTerm> weighed(Map<String, TopicFeatures.Place> found) {
    List<WeighedTerm> weighed = new ArrayList<>();
    found.forEach((term, place) -> {
      double[] weights = model.weightsOf(term);
      if (weights != null) {
        weighed.add(new WeighedTerm(term, place, weights));
      }
    });
    return weighed;
  }

  /**
   * @param place the topic's place in each term's weights
   * @param distinctTerms the text's distinct terms; each term feature's value is 1/√ of them
   * @param found the text's terms some topic weighs
   */
  private Tag modelTag(String topic, TopicModel.Weights weights, int place, double score, double strong,
      List<Evidence> ruleEvidence, int distinctTerms,
      List<WeighedTerm> found, List<TaggedField> fields, boolean sportPage) {
    double value = distinctTerms == 0 ? 0 : 1 / Math.sqrt(distinctTerms);
    double ruleWeight = weights.weights().getOrDefault(TopicFeatures.RULE, 0.0);
    double z = weights.bias() + ruleWeight * Math.log1p(score)
        + weights.weights().getOrDefault(TopicFeatures.STRONG, 0.0) * Math.log1p(strong)
        + (sportPage ? weights.weights().getOrDefault(TopicFeatures.SPORT, 0.0) : 0);
    for (WeighedTerm term : found) {
      // A weight of 0 is one the topic does not have (the file leaves zeros out): nothing is added.
      double w = term.weights()[place];
      if (w != 0) {
        z += w * value;
      }
    }
    double probability = 1 / (1 + Math.exp(-z));
    if (probability < model.threshold(weights, distinctTerms)) {
      return null;
    }
    List<Evidence> spans = new ArrayList<>(ruleWeight > 0 ? ruleEvidence : List.of());
    // The terms that add to the topic, the strongest first, looked for only once it is tagged.
    List<WeighedTerm> adding = found.stream().filter(term -> term.weights()[place] > 0)
        .sorted(Comparator.<WeighedTerm>comparingDouble(term -> term.weights()[place]).reversed()
            .thenComparing(WeighedTerm::term))
        .toList();
    // The strongest terms a reader learns something from; only when there are none, the strongest of all.
    List<WeighedTerm> informative = adding.stream().filter(term -> informative(term.place(), fields)).toList();
    List<WeighedTerm> shown = informative.isEmpty() ? adding : informative;
    for (WeighedTerm term : shown.subList(0, Math.min(TERM_EVIDENCE, shown.size()))) {
      TopicFeatures.Place first = term.place();
      Evidence span = fields.get(first.field()).evidence(first.first(), first.count());
      if (spans.stream().noneMatch(e -> overlaps(e, span))) {
        spans.add(span);
      }
    }
    if (spans.isEmpty()) {
      return null;
    }
    spans.sort(Evidence.IN_TEXT_ORDER);
    return new Tag(topic, Math.round(probability * 1000) / 1000.0, spans);
  }

  /** Lucene's Arabic stop words and the weekdays, folded: words no topic's evidence shows. */
  static Set<String> uninformativeWords(ArabicNormaliser normaliser) {
    Set<String> words = new HashSet<>(ActorCues.luceneStopWords(normaliser));
    words.addAll(WordList.folded(normaliser, "weekdays.txt"));
    return Set.copyOf(words);
  }

  /** Whether a term's first place in the text has a word other than a stop word or a weekday. */
  private boolean informative(TopicFeatures.Place place, List<TaggedField> fields) {
    List<String> words = fields.get(place.field()).normalised();
    for (int t = place.first(); t < place.first() + place.count(); t++) {
      if (!uninformative.contains(words.get(t)) && !uninformative.contains(ArabicMorphology.withoutConjunction(words.get(t)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Evidence a, Evidence b) {
    return a.field().equals(b.field()) && a.start() < b.end() && b.start() < a.end();
  }

  /** @param strong per topic, how many different terms of weight {@link #STRONG} or more were found */
  private void score(List<TaggedField> fields, Map<String, Double> scores, Map<String, List<Evidence>> evidence,
      Map<String, Double> strong) {
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
          if (seen == 1 && term.weight() >= STRONG) {
            strong.merge(term.topic(), 1.0, Double::sum);
          }
          scores.merge(term.topic(), term.weight() * factor * repeat, Double::sum);
          evidence.computeIfAbsent(term.topic(), t -> new ArrayList<>()).add(field.evidence(m.first(), m.count()));
        }
      }
    }
  }
}
