package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A learned topic model (kb/topic-model.tsv): for each topic a logistic regression over the
 * features {@link TopicFeatures} reads from a text, and the probability from which the topic is
 * tagged. Weights are data, written by the training command ({@code org.marsad.bench.TopicModelTraining})
 * from labelled documents, never edited by hand. Immutable and thread safe.
 *
 * <p>File format, one weight a line: {@code topic<TAB>feature<TAB>weight}; the features
 * {@value #BIAS} and {@value #THRESHOLD} of a topic are its intercept and the probability it needs;
 * {@value #RULES_SUFFICE} 1 tags the topic also when its rules alone pass their threshold;
 * {@code #} starts a comment line. A topic the file does not list is decided by its rules alone.
 * The rows of the topic {@value #ALL_TOPICS} hold settings for every topic: {@value #SHORT_TERMS} and
 * {@value #SHORT_THRESHOLD}, the probability a text with fewer distinct terms needs ({@link ShortText}).
 */
public final class TopicModel {

  static final String BIAS = "@bias";
  static final String THRESHOLD = "@threshold";
  static final String RULES_SUFFICE = "@rules-suffice";
  static final String ALL_TOPICS = "*";
  static final String SHORT_TERMS = "@short-terms";
  static final String SHORT_THRESHOLD = "@short-threshold";

  /** No model: every topic is decided by its rules. */
  public static final TopicModel NONE = new TopicModel(Map.of());

  /**
   * The probability a short text needs, for every topic: a brief of two or three sentences gives a
   * topic one phrase or two where an article gives it a paragraph, so the model, learnt on articles,
   * is less sure of a brief's topics than its labels are. Fitted on labelled briefs, not learnt with
   * the weights.
   *
   * @param terms a text with fewer distinct terms ({@link TopicFeatures#terms}) is short; 0 for none
   * @param threshold the probability from which a short text's topic is tagged
   */
  public record ShortText(int terms, double threshold) {
    public static final ShortText NONE = new ShortText(0, 0);
  }

  /**
   * One topic's weights.
   *
   * @param bias the intercept
   * @param threshold the probability from which the topic is tagged
   * @param weights feature → weight (features with weight 0 are left out)
   * @param rulesSuffice whether the topic is also tagged when its rules pass their threshold
   */
  public record Weights(double bias, double threshold, Map<String, Double> weights, boolean rulesSuffice) {

    public Weights {
      weights = Map.copyOf(weights);
    }

    public Weights(double bias, double threshold, Map<String, Double> weights) {
      this(bias, threshold, weights, false);
    }

    /** The probability of the topic for a text with these feature values. */
    public double probability(Map<String, Double> features) {
      double z = bias;
      for (Map.Entry<String, Double> f : features.entrySet()) {
        z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
      }
      return logistic(z);
    }

    /** The probability for a text whose features are all binary: those present have the value 1. */
    public double probability(Collection<String> present) {
      double z = bias;
      for (String f : present) {
        z += weights.getOrDefault(f, 0.0);
      }
      return logistic(z);
    }

    private static double logistic(double z) {
      return 1 / (1 + Math.exp(-z));
    }
  }

  private final Map<String, Weights> topics;
  private final ShortText shortText;
  /** The topics in a fixed order: the places of their weights in {@link #byFeature}. */
  private final List<String> order;
  /**
   * Each feature any topic weighs → its weight for each topic in {@link #order} (0 where a topic does
   * not weigh it): a text's term is looked up once for all topics, not once per topic.
   */
  private final Map<String, double[]> byFeature = new HashMap<>();

  public TopicModel(Map<String, Weights> topics) {
    this(topics, ShortText.NONE);
  }

  public TopicModel(Map<String, Weights> topics, ShortText shortText) {
    this.topics = Map.copyOf(topics);
    this.shortText = shortText;
    this.order = List.copyOf(topics.keySet());
    for (int t = 0; t < order.size(); t++) {
      int topic = t;
      topics.get(order.get(t)).weights().forEach((feature, weight) ->
          byFeature.computeIfAbsent(feature, f -> new double[order.size()])[topic] = weight);
    }
  }

  public boolean isEmpty() {
    return topics.isEmpty();
  }

  /** The weights of a topic, or null when its rules decide it. */
  public Weights weights(String topic) {
    return topics.get(topic);
  }

  public ShortText shortText() {
    return shortText;
  }

  /** The probability from which a topic is tagged in a text with this many distinct terms. */
  double threshold(Weights topic, int distinctTerms) {
    return distinctTerms < shortText.terms() ? shortText.threshold() : topic.threshold();
  }

  /** The feature's weight for each topic in the order {@link #place} gives, or null when no topic weighs it. */
  double[] weightsOf(String feature) {
    return byFeature.get(feature);
  }

  /** A topic's place in the arrays {@link #weightsOf} answers, or -1 when the model does not weigh it. */
  int place(String topic) {
    return order.indexOf(topic);
  }

  /** Reads the file's lines; a malformed line fails with its number. */
  public static TopicModel read(List<String> lines, String source) {
    Map<String, Double> bias = new LinkedHashMap<>();
    Map<String, Double> threshold = new HashMap<>();
    Map<String, Double> rulesSuffice = new HashMap<>();
    Map<String, Map<String, Double>> weights = new HashMap<>();
    Map<String, Double> all = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 3) {
        throw new IllegalArgumentException(source + " line " + (n + 1) + ": expected topic, feature and weight"
            + " separated by tabs, got: " + line);
      }
      double value;
      try {
        value = Double.parseDouble(cells[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " line " + (n + 1) + ": not a number: " + cells[2], e);
      }
      if (cells[0].equals(ALL_TOPICS)) {
        if (!cells[1].equals(SHORT_TERMS) && !cells[1].equals(SHORT_THRESHOLD)) {
          throw new IllegalArgumentException(source + " line " + (n + 1) + ": not a setting of every topic: " + cells[1]);
        }
        all.put(cells[1], value);
        continue;
      }
      switch (cells[1]) {
        case BIAS -> bias.put(cells[0], value);
        case THRESHOLD -> threshold.put(cells[0], value);
        case RULES_SUFFICE -> rulesSuffice.put(cells[0], value);
        default -> weights.computeIfAbsent(cells[0], t -> new HashMap<>()).put(cells[1], value);
      }
    }
    Map<String, Weights> topics = new LinkedHashMap<>();
    for (String topic : bias.keySet()) {
      if (!threshold.containsKey(topic)) {
        throw new IllegalArgumentException(source + ": topic " + topic + " has a bias but no " + THRESHOLD);
      }
      topics.put(topic, new Weights(bias.get(topic), threshold.get(topic), weights.getOrDefault(topic, Map.of()),
          rulesSuffice.getOrDefault(topic, 0.0) > 0));
    }
    weights.keySet().stream().filter(t -> !bias.containsKey(t)).findFirst().ifPresent(t -> {
      throw new IllegalArgumentException(source + ": topic " + t + " has weights but no " + BIAS);
    });
    if (all.containsKey(SHORT_TERMS) != all.containsKey(SHORT_THRESHOLD)) {
      throw new IllegalArgumentException(source + ": " + SHORT_TERMS + " and " + SHORT_THRESHOLD + " go together");
    }
    ShortText shortText = all.isEmpty() ? ShortText.NONE
        : new ShortText((int) Math.round(all.get(SHORT_TERMS)), all.get(SHORT_THRESHOLD));
    return new TopicModel(topics, shortText);
  }

  /** The file's lines, topics in the given order, each topic's features by falling weight. */
  public static List<String> write(Map<String, Weights> topics, List<String> header) {
    return write(topics, header, ShortText.NONE);
  }

  /** As {@link #write(Map, List)}, with the short texts' setting first unless it is {@link ShortText#NONE}. */
  public static List<String> write(Map<String, Weights> topics, List<String> header, ShortText shortText) {
    List<String> lines = new ArrayList<>();
    header.forEach(h -> lines.add("# " + h));
    if (shortText.terms() > 0) {
      lines.add(ALL_TOPICS + "\t" + SHORT_TERMS + "\t" + shortText.terms());
      lines.add(String.format(Locale.ROOT, "%s\t%s\t%.4f", ALL_TOPICS, SHORT_THRESHOLD, shortText.threshold()));
    }
    topics.forEach((topic, w) -> {
      lines.add(String.format(Locale.ROOT, "%s\t%s\t%.6f", topic, BIAS, w.bias()));
      lines.add(String.format(Locale.ROOT, "%s\t%s\t%.4f", topic, THRESHOLD, w.threshold()));
      if (w.rulesSuffice()) {
        lines.add(topic + "\t" + RULES_SUFFICE + "\t1");
      }
      w.weights().entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> lines.add(String.format(Locale.ROOT, "%s\t%s\t%.6f", topic, e.getKey(), e.getValue())));
    });
    return lines;
  }
}
