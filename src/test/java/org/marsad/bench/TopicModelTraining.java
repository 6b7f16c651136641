package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.GoldLabels.Split;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.SampleCorpusScoreTest;
import org.marsad.enrich.SeedArticle;
import org.marsad.enrich.TaggableText;
import org.marsad.enrich.TopicEntry;
import org.marsad.enrich.TopicFeatures;
import org.marsad.enrich.TopicModel;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Learns the topic model (kb/topic-model.tsv, {@link TopicModel}) from labelled documents and
 * compares it with the rules: for each variant — the rules as shipped, per-topic rule thresholds
 * re-fitted, a linear model over terms alone, and the linear model with the rule scores as
 * features (combined) — it prints P/R/F1 overall and per topic on the training documents (as
 * fitted), cross-validated on them (5 folds: every choice, fitted within the folds), and on the
 * validation split.
 *
 * <p>Only the <b>train</b> split and unsplit dev sets are learned from. Every choice — the
 * regularisation, the probability threshold, the variant written — is made by cross-validation on
 * them; the validation split is scored and printed, never consulted. The model written is the
 * variant with the best cross-validated F1, trained on all training documents. Within a learned
 * variant the regularisation and threshold are the best cross-validated pair whose model keeps the
 * build's gates: the seed article gets exactly its labels (LABELS.md), the product's own example, and
 * the labelled sample corpus keeps its topic F1 floor. The gates are never learned from; they only
 * turn a candidate down.
 *
 * <p>The model is per topic an L1/L2-regularised logistic regression fitted by coordinate descent
 * (Newton steps per weight, as liblinear and glmnet do): features are the text's term stems and
 * stem pairs seen in at least {@link #MIN_DF} training documents, the topic's rule score and
 * whether it is a sport page ({@link TopicFeatures}); the bias and the rule and sport weights are
 * not penalised.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.TopicModelTraining
 * -Dexec.args="<labels (.jsonl or folder)> <corpus> [<dev dir with labels.jsonl and docs/>] [--out FILE] [--dry-run] [--cv-only] [--explore] [--combined-only]"};
 * the model goes to {@code src/main/resources/kb/topic-model.tsv} unless {@code --out} says otherwise;
 * {@code --cv-only} leaves the validation split out altogether and writes no model; {@code --explore} prints the
 * cross-validated F1 of the design settings (term frequency floor, word pairs, per-topic
 * thresholds) on the training documents alone; {@code --combined-only} learns and writes the combined
 * variant alone (its regularisation and threshold still chosen by cross-validation on the training
 * documents, the gates kept), without comparing the variants: for learning again on more labels
 * (under half an hour on 21k documents, where the comparison takes hours).
 */
public final class TopicModelTraining {

  /** A term must occur in this many training documents to be weighed: rarer ones are noise. */
  static final int MIN_DF = 5;
  private static final int FOLDS = 5;
  private static final long SEED = 20180101L;
  private static final int SWEEPS = 40;
  /** The (L1, L2) strengths tried; (1, ·) leaves no term, only the rule and sport weights. */
  private static final double[][] PENALTIES = {{3e-5, 1e-5}, {1e-4, 1e-5}, {1e-4, 1e-3}, {1, 1e-5}};
  /** The design's floor for a re-fitted rule threshold (as TopicThresholdFit). */
  private static final double LOWEST_RULE_THRESHOLD = 3;

  /** A labelled document as the model sees it. */
  record Doc(String docno, Split split, Set<String> topics, TopicFeatures features) {}

  /** Whether --cv-only design runs fit the terms-only variant too (slow, and far behind). */
  private static final boolean LINEAR_TOO = false;

  enum Variant { RULES, THRESHOLDS, LINEAR, COMBINED, COMBINED_OR_RULES }

  /** A learned model with the cross-validated F1 its regularisation and threshold were chosen by (within its training set). */
  private record Fit(Map<String, TopicModel.Weights> weights, double threshold, double[] penalty, boolean rulesSuffice, double cvF1) {}

  private final List<String> topics;
  private final Map<String, Double> ruleThresholds = new LinkedHashMap<>();
  /** Each topic's {@link TopicEntry#sportFactor()}, as the shipped tagger reads it. */
  private final Map<String, Double> sportFactors = new HashMap<>();
  /** Design settings (chosen by cross-validated F1 with --explore): the defaults are the choice. */
  private int minDf = MIN_DF;
  private boolean pairs = false;
  private boolean perTopicThresholds = false;
  private boolean strong = false;
  /** --explore tries every combination; otherwise only the strong-terms feature on and off. */
  private boolean exploreAll = false;
  /**
   * The seed article with the labels LABELS.md gives it: the model chosen must tag it with exactly
   * those (the product's promise on its own example), so the best cross-validated candidate that does
   * is taken. Null: no such check.
   */
  private Doc seed;
  /** The labelled sample corpus (eval/sample-labels.jsonl): a model must keep its topic F1 floor. */
  private List<Doc> sample = List.of();
  /** The floor the build holds the sample corpus's topics to. */
  private static final double SAMPLE_TOPICS_FLOOR = SampleCorpusScoreTest.FLOORS.get("topics");

  /** The short texts' setting, fitted on labelled briefs apart from the weights: written back as it was. */
  private final TopicModel.ShortText shortText;

  private TopicModelTraining(KnowledgeBase kb) {
    topics = kb.topics().stream().map(TopicEntry::id).toList();
    shortText = kb.topicModel().shortText();
    kb.topics().forEach(t -> ruleThresholds.put(t.id(), kb.threshold(t)));
    kb.topics().forEach(t -> sportFactors.put(t.id(), t.sportFactor()));
  }

  public static void main(String[] args) throws IOException {
    List<String> paths = new ArrayList<>();
    Path out = Path.of("src/main/resources/kb/topic-model.tsv");
    boolean dryRun = false;
    boolean cvOnly = false;
    boolean explore = false;
    boolean combinedOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--dry-run" -> dryRun = true;
        case "--cv-only" -> cvOnly = true;
        case "--explore" -> explore = true;
        case "--combined-only" -> combinedOnly = true;
        default -> paths.add(args[i]);
      }
    }
    if (paths.size() < 2 || paths.size() > 3) {
      System.err.println("usage: TopicModelTraining <labels (.jsonl or folder)> <corpus> [<dev dir>] [--out FILE] [--dry-run] [--cv-only] [--explore] [--combined-only]");
      System.exit(2);
    }
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE);
    List<Doc> docs = new ArrayList<>(read(tagger, Path.of(paths.get(0)), Path.of(paths.get(1))));
    if (paths.size() == 3) {
      docs.addAll(read(tagger, Path.of(paths.get(2), "labels.jsonl"), Path.of(paths.get(2), "docs")));
    }
    if (cvOnly) {
      docs.removeIf(d -> d.split().scoredOnly());
    }
    if (explore) {
      new TopicModelTraining(kb).explore(docs);
      return;
    }
    // A run without the validation split is a design run: it writes no model.
    TopicModelTraining training = new TopicModelTraining(kb);
    training.seed = seed(tagger);
    training.sample = read(tagger, Path.of("src/test/resources/eval/sample-labels.jsonl"),
        Path.of("src/main/resources/sample-corpus/ant"));
    Path written = dryRun || cvOnly ? null : out;
    if (combinedOnly) {
      training.runCombined(docs, written);
    } else {
      training.run(docs, written);
    }
  }

  /** The seed article as the pipeline extracts it, with its topics from LABELS.md. */
  private static Doc seed(KnowledgeBaseTagger tagger) throws IOException {
    return new Doc("seed", Split.TRAIN, new TreeSet<>(SeedArticle.TOPICS), tagger.topicFeatures(SeedArticle.text()));
  }

  private static List<Doc> read(KnowledgeBaseTagger tagger, Path labelsFile, Path corpus) throws IOException {
    List<GoldLabels> labels = GoldLabels.read(labelsFile);
    Set<String> docnos = new LinkedHashSet<>();
    labels.forEach(l -> docnos.add(l.docno()));
    Map<String, byte[]> files = CorpusFiles.read(corpus, docnos);
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    List<Doc> docs = new ArrayList<>();
    for (GoldLabels gold : labels) {
      byte[] bytes = files.get(gold.docno());
      if (bytes == null) {
        throw new IllegalStateException("Not in the corpus: " + gold.docno());
      }
      ExtractResult result = extractor.extract(IngestSource.ofBytes(gold.docno() + ".txt", bytes));
      ExtractedDocument d = result.documents().get(0);
      docs.add(new Doc(gold.docno(), gold.split(), gold.topics(),
          tagger.topicFeatures(new TaggableText(d.title(), d.abstractText(), d.body()))));
    }
    return docs;
  }

  /**
   * Cross-validated F1 of the combined model under each design setting (training documents only;
   * the validation split is dropped before anything is fitted).
   */
  private void explore(List<Doc> all) {
    List<Doc> train = all.stream().filter(d -> !d.split().scoredOnly()).toList();
    int[] fold = folds(train.size());
    System.out.println("| min df | pairs | per-topic thresholds | strong terms | train CV P | R | F1 |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (int df : new int[] {3, MIN_DF, 8}) {
      for (boolean p : new boolean[] {true, false}) {
        for (boolean perTopic : new boolean[] {false, true}) {
          for (boolean s : new boolean[] {true, false}) {
            if (!exploreAll && !(df == minDf && p == pairs && perTopic == perTopicThresholds)) {
              continue;
            }
            minDf = df;
            pairs = p;
            perTopicThresholds = perTopic;
            strong = s;
            List<Set<String>> crossValidated = new ArrayList<>(Collections.nCopies(train.size(), null));
            for (int k = 0; k < FOLDS; k++) {
              List<Doc> in = new ArrayList<>();
              for (int i = 0; i < train.size(); i++) {
                if (fold[i] != k) {
                  in.add(train.get(i));
                }
              }
              Predictor predictor = fitModel(in, true);
              for (int i = 0; i < train.size(); i++) {
                if (fold[i] == k) {
                  crossValidated.set(i, predictor.topics(train.get(i)));
                }
              }
            }
            System.out.printf("| %d | %s | %s | %s | %s |%n", df, p, perTopic, s, counts(train, crossValidated, null).cells());
          }
        }
      }
    }
  }

  private void run(List<Doc> all, Path out) throws IOException {
    List<Doc> train = all.stream().filter(d -> !d.split().scoredOnly()).toList();
    List<Doc> validation = all.stream().filter(d -> d.split() == Split.VALIDATION).toList();
    System.out.printf("Training documents (train + dev): %d; validation (scored only): %d%n%n", train.size(), validation.size());
    Map<Variant, Map<String, List<Set<String>>>> results = new LinkedHashMap<>();
    Map<Variant, Double> cvF1 = new LinkedHashMap<>();
    Map<Variant, Fit> fits = new LinkedHashMap<>();
    int[] fold = folds(train.size());
    for (Variant variant : Variant.values()) {
      if (validation.isEmpty() && variant == Variant.LINEAR && !LINEAR_TOO) {
        continue;
      }
      long started = System.nanoTime();
      List<Set<String>> crossValidated = new ArrayList<>(Collections.nCopies(train.size(), null));
      for (int k = 0; k < FOLDS; k++) {
        List<Doc> in = new ArrayList<>();
        List<Integer> heldOut = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] == k) {
            heldOut.add(i);
          } else {
            in.add(train.get(i));
          }
        }
        Predictor p = fit(variant, in);
        for (int i : heldOut) {
          crossValidated.set(i, p.topics(train.get(i)));
        }
      }
      Predictor full = fit(variant, train);
      Map<String, List<Set<String>>> r = new LinkedHashMap<>();
      r.put("train", train.stream().map(full::topics).toList());
      r.put("train CV", crossValidated);
      r.put("validation", validation.stream().map(full::topics).toList());
      results.put(variant, r);
      cvF1.put(variant, counts(train, crossValidated, null).f1());
      fits.put(variant, full.fit());
      System.out.printf("%s fitted in %.1f s%s%n", variant, (System.nanoTime() - started) / 1e9,
          full.fit() == null ? "" : String.format(Locale.ROOT, " (L1 %.0e, L2 %.0e, probability threshold %.2f)",
              full.fit().penalty()[0], full.fit().penalty()[1], full.fit().threshold()));
    }
    System.out.println();
    printTable(results, train, validation);
    Variant best = cvF1.entrySet().stream().filter(e -> fits.get(e.getKey()) != null)
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    System.out.printf("%nBest cross-validated learned variant: %s (train CV F1 %.3f)%n", best, cvF1.get(best));
    if (out != null) {
      write(out, best, fits.get(best), train.size());
    }
  }

  /** Learns the combined variant alone on the training documents and writes it, comparing nothing. */
  private void runCombined(List<Doc> all, Path out) throws IOException {
    List<Doc> train = all.stream().filter(d -> !d.split().scoredOnly()).toList();
    System.out.printf("Training documents (train + dev): %d%n", train.size());
    long started = System.nanoTime();
    Predictor model = fit(Variant.COMBINED, train);
    Fit fit = model.fit();
    System.out.printf(Locale.ROOT, "COMBINED fitted in %.1f s (L1 %.0e, L2 %.0e, probability threshold %.2f; 5-fold CV F1 %.4f);"
            + " train (as fitted) %s%n",
        (System.nanoTime() - started) / 1e9, fit.penalty()[0], fit.penalty()[1], fit.threshold(), fit.cvF1(),
        counts(train, train.stream().map(model::topics).toList(), null).cells());
    if (out != null) {
      write(out, Variant.COMBINED, fit, train.size());
    }
  }

  private void write(Path out, Variant variant, Fit fit, int documents) throws IOException {
    List<String> header = List.of(
        "Learned topic model: per topic a logistic regression over TopicFeatures (rule = log(1 + rule score),",
        "sport = sport page, w: = a word's stem, b: = two joined words' stems, each worth 1/sqrt(distinct terms)).",
        "Written by org.marsad.bench.TopicModelTraining from the train split of eval/news-2018-labels/",
        "and the dev set (" + documents + " documents); variant " + variant.name().toLowerCase(Locale.ROOT)
            + String.format(Locale.ROOT, ", L1 %.0e, L2 %.0e, threshold %.2f, chosen by %d-fold cross-validation on them.",
                fit.penalty()[0], fit.penalty()[1], fit.threshold(), FOLDS),
        "Weights are data: do not edit by hand; train again.");
    Map<String, TopicModel.Weights> written = new LinkedHashMap<>();
    fit.weights().forEach((topic, w) -> written.put(topic, new TopicModel.Weights(w.bias(), w.threshold(),
        w.weights(), fit.rulesSuffice())));
    Files.write(out, TopicModel.write(written, header, shortText), StandardCharsets.UTF_8);
    System.out.println("Wrote " + out);
  }

  // ---- fitting

  /** Topics for a document, from a fitted variant. */
  private interface Predictor {
    Set<String> topics(Doc doc);

    default Fit fit() {
      return null;
    }
  }

  private Predictor fit(Variant variant, List<Doc> train) {
    return switch (variant) {
      case RULES -> doc -> ruleTopics(doc, ruleThresholds);
      case THRESHOLDS -> {
        Map<String, Double> fitted = fitRuleThresholds(train);
        yield doc -> ruleTopics(doc, fitted);
      }
      case LINEAR, COMBINED -> fitModel(train, variant == Variant.COMBINED);
      case COMBINED_OR_RULES -> {
        Predictor model = fitModel(train, true);
        Fit fit = new Fit(model.fit().weights(), model.fit().threshold(), model.fit().penalty(), true, model.fit().cvF1());
        yield new Predictor() {
          @Override
          public Set<String> topics(Doc doc) {
            Set<String> tagged = new LinkedHashSet<>(model.topics(doc));
            tagged.addAll(ruleTopics(doc, ruleThresholds));
            return tagged;
          }

          @Override
          public Fit fit() {
            return fit;
          }
        };
      }
    };
  }

  private Set<String> ruleTopics(Doc doc, Map<String, Double> thresholds) {
    Set<String> tagged = new LinkedHashSet<>();
    thresholds.forEach((topic, t) -> {
      double score = doc.features().ruleScores().getOrDefault(topic, 0.0);
      if (score > 0 && score >= t * (doc.features().sport() ? sportFactors.get(topic) : 1)) {
        tagged.add(topic);
      }
    });
    return tagged;
  }

  private Map<String, Double> fitRuleThresholds(List<Doc> train) {
    Map<String, Double> fitted = new LinkedHashMap<>();
    for (String topic : topics) {
      double current = ruleThresholds.get(topic);
      double best = current;
      double bestF1 = -1;
      for (double t = LOWEST_RULE_THRESHOLD; t <= 16; t += 0.5) {
        Map<String, Double> one = Map.of(topic, t);
        Counts c = new Counts();
        for (Doc d : train) {
          c.add(d.topics().contains(topic), ruleTopics(d, one).contains(topic));
        }
        double f1 = c.f1();
        if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) < 1e-9 && Math.abs(t - current) < Math.abs(best - current))) {
          best = t;
          bestF1 = f1;
        }
      }
      fitted.put(topic, best);
    }
    return fitted;
  }

  /**
   * The model for one training set: the L1 strength and the probability threshold (one for all
   * topics) are chosen by an inner cross-validation on that set alone.
   */
  private Predictor fitModel(List<Doc> train, boolean withRules) {
    Set<String> vocabulary = vocabulary(train);
    int[] fold = folds(train.size());
    List<Candidate> candidates = new ArrayList<>();
    for (double[] penalty : PENALTIES) {
      List<Map<String, Double>> probabilities = new ArrayList<>(Collections.nCopies(train.size(), null));
      for (int k = 0; k < FOLDS; k++) {
        List<Doc> in = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] != k) {
            in.add(train.get(i));
          }
        }
        Map<String, TopicModel.Weights> w = train(in, vocabulary(in), withRules, penalty);
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] == k) {
            probabilities.set(i, probabilities(w, train.get(i)));
          }
        }
      }
      for (double t = 0.2; t <= 0.8001; t += 0.05) {
        candidates.add(new Candidate(penalty, t, modelCounts(train, probabilities, t, null).f1(), probabilities));
      }
    }
    // Best cross-validated F1 first (the earlier candidate on a tie); the first whose model, trained on
    // every training document, tags the seed article with exactly its labels is taken.
    candidates.sort(Comparator.comparingDouble(c -> -Math.round(c.f1() * 1e9) / 1e9));
    Map<double[], Map<String, TopicModel.Weights>> trained = new HashMap<>();
    Candidate chosen = candidates.get(0);
    for (Candidate c : candidates) {
      Map<String, TopicModel.Weights> w = trained.computeIfAbsent(c.penalty(), pen -> train(train, vocabulary, withRules, pen));
      if (keepsTheGates(w, c.threshold())) {
        chosen = c;
        break;
      }
    }
    if (chosen != candidates.get(0)) {
      System.out.printf(Locale.ROOT, "  (the best CV candidate, L1 %.0e L2 %.0e threshold %.2f F1 %.4f, fails a gate (the seed"
              + " article's labels, the sample corpus's floor); taken: L1 %.0e L2 %.0e threshold %.2f F1 %.4f)%n",
          candidates.get(0).penalty()[0], candidates.get(0).penalty()[1], candidates.get(0).threshold(), candidates.get(0).f1(),
          chosen.penalty()[0], chosen.penalty()[1], chosen.threshold(), chosen.f1());
    }
    double[] bestPenalty = chosen.penalty();
    double bestThreshold = chosen.threshold();
    List<Map<String, Double>> bestProbabilities = chosen.probabilities();
    Map<String, Double> thresholds = new HashMap<>();
    for (String topic : topics) {
      double t = bestThreshold;
      if (perTopicThresholds) {
        double topicBest = modelCounts(train, bestProbabilities, t, topic).f1();
        for (double c = 0.2; c <= 0.8001; c += 0.05) {
          double f1 = modelCounts(train, bestProbabilities, c, topic).f1();
          if (f1 > topicBest + 1e-9) {
            topicBest = f1;
            t = c;
          }
        }
      }
      thresholds.put(topic, t);
    }
    Map<String, TopicModel.Weights> weights = new LinkedHashMap<>();
    trained.get(bestPenalty).forEach((topic, w) ->
        weights.put(topic, new TopicModel.Weights(w.bias(), thresholds.get(topic), w.weights())));
    Fit fit = new Fit(weights, bestThreshold, bestPenalty, false, chosen.f1());
    return new Predictor() {
      @Override
      public Set<String> topics(Doc doc) {
        Set<String> tagged = new LinkedHashSet<>();
        Map<String, Double> p = probabilities(weights, doc);
        weights.forEach((topic, w) -> {
          if (tags(p, doc, topic, w.threshold())) {
            tagged.add(topic);
          }
        });
        return tagged;
      }

      @Override
      public Fit fit() {
        return fit;
      }
    };
  }

  /** One regularisation and threshold with its cross-validated F1 and held-out probabilities. */
  private record Candidate(double[] penalty, double threshold, double f1, List<Map<String, Double>> probabilities) {}

  /**
   * Whether a model keeps the build's gates on topics: the seed article gets exactly its labels
   * (SeedArticleTest) and the labelled sample corpus stays at its topic F1 floor (SampleCorpusScoreTest).
   * Neither set is learned from; they only turn a candidate down.
   */
  private boolean keepsTheGates(Map<String, TopicModel.Weights> weights, double threshold) {
    if (seed != null && !seedTopics(weights, threshold).equals(seed.topics())) {
      return false;
    }
    if (sample.isEmpty()) {
      return true;
    }
    List<Map<String, Double>> probabilities = sample.stream().map(d -> probabilities(weights, d)).toList();
    return modelCounts(sample, probabilities, threshold, null).f1() >= SAMPLE_TOPICS_FLOOR;
  }

  /** The topics a model gives the seed article at a threshold. */
  private Set<String> seedTopics(Map<String, TopicModel.Weights> weights, double threshold) {
    Map<String, Double> p = probabilities(weights, seed);
    Set<String> tagged = new TreeSet<>();
    topics.stream().filter(topic -> tags(p, seed, topic, threshold)).forEach(tagged::add);
    return tagged;
  }

  /** Whether a model with these probabilities tags a topic at a threshold, as the shipped tagger does. */
  private boolean tags(Map<String, Double> probabilities, Doc doc, String topic, double threshold) {
    return probabilities.get(topic) >= threshold && sportGuard(doc, topic);
  }

  /** As the shipped tagger: on a sport page the rules must pass at the topic's sport factor times their threshold too. */
  private boolean sportGuard(Doc doc, String topic) {
    return !doc.features().sport()
        || doc.features().ruleScores().getOrDefault(topic, 0.0) >= ruleThresholds.get(topic) * sportFactors.get(topic);
  }

  /** Counts over all topics, or over one when {@code only} is given. */
  private Counts modelCounts(List<Doc> docs, List<Map<String, Double>> probabilities, double threshold, String only) {
    Counts c = new Counts();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      for (String topic : only == null ? topics : List.of(only)) {
        boolean predicted = tags(probabilities.get(i), d, topic, threshold);
        c.add(d.topics().contains(topic), predicted);
      }
    }
    return c;
  }

  private Map<String, Double> probabilities(Map<String, TopicModel.Weights> weights, Doc doc) {
    Map<String, Double> p = new LinkedHashMap<>();
    weights.forEach((topic, w) -> p.put(topic, w.probability(doc.features().of(topic))));
    return p;
  }

  private Set<String> vocabulary(List<Doc> docs) {
    Map<String, Integer> df = new HashMap<>();
    docs.forEach(d -> d.features().terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
    Set<String> vocabulary = new LinkedHashSet<>();
    df.forEach((t, n) -> {
      if (n >= minDf && (pairs || !t.startsWith("b:"))) {
        vocabulary.add(t);
      }
    });
    return vocabulary;
  }

  /** One logistic regression per topic over the same design matrix. */
  private Map<String, TopicModel.Weights> train(List<Doc> docs, Set<String> vocabulary, boolean withRules, double[] penalty) {
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String t : vocabulary) {
      index.put(t, names.size());
      names.add(t);
    }
    int termCount = names.size();
    if (withRules) {
      names.add(TopicFeatures.RULE);
      names.add(TopicFeatures.SPORT);
      if (strong) {
        names.add(TopicFeatures.STRONG);
      }
    }
    Map<String, TopicModel.Weights> weights = new LinkedHashMap<>();
    for (String topic : topics) {
      // Column-major: for each feature, the documents that have it and its value there.
      List<List<Integer>> columnDocs = new ArrayList<>();
      List<List<Double>> columnValues = new ArrayList<>();
      for (int j = 0; j < names.size(); j++) {
        columnDocs.add(new ArrayList<>());
        columnValues.add(new ArrayList<>());
      }
      double[] y = new double[docs.size()];
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        y[i] = d.topics().contains(topic) ? 1 : 0;
        double value = d.features().termValue();
        for (String t : d.features().terms().keySet()) {
          Integer j = index.get(t);
          if (j != null) {
            columnDocs.get(j).add(i);
            columnValues.get(j).add(value);
          }
        }
        if (withRules) {
          double rule = Math.log1p(d.features().ruleScores().getOrDefault(topic, 0.0));
          if (rule > 0) {
            columnDocs.get(termCount).add(i);
            columnValues.get(termCount).add(rule);
          }
          if (d.features().sport()) {
            columnDocs.get(termCount + 1).add(i);
            columnValues.get(termCount + 1).add(1.0);
          }
          double strongTerms = Math.log1p(d.features().strongTerms().getOrDefault(topic, 0.0));
          if (strong && strongTerms > 0) {
            columnDocs.get(termCount + 2).add(i);
            columnValues.get(termCount + 2).add(strongTerms);
          }
        }
      }
      int[][] rows = new int[names.size()][];
      double[][] values = new double[names.size()][];
      for (int j = 0; j < names.size(); j++) {
        rows[j] = columnDocs.get(j).stream().mapToInt(Integer::intValue).toArray();
        values[j] = columnValues.get(j).stream().mapToDouble(Double::doubleValue).toArray();
      }
      double[] w = new double[names.size()];
      double bias = LogisticRegression.fit(y, rows, values, w, termCount, penalty[0], penalty[1], SWEEPS);
      Map<String, Double> nonZero = new HashMap<>();
      for (int j = 0; j < w.length; j++) {
        if (w[j] != 0) {
          nonZero.put(names.get(j), w[j]);
        }
      }
      weights.put(topic, new TopicModel.Weights(bias, 0.5, nonZero));
    }
    return weights;
  }

  private static int[] folds(int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    int[] fold = new int[n];
    for (int k = 0; k < n; k++) {
      fold[order.get(k)] = k % FOLDS;
    }
    return fold;
  }

  // ---- scoring

  private static final class Counts {
    int tp;
    int fp;
    int fn;

    void add(boolean labelled, boolean predicted) {
      if (labelled && predicted) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (labelled) {
        fn++;
      }
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    String cells() {
      return String.format(Locale.ROOT, "%.3f | %.3f | %.3f", precision(), recall(), f1());
    }
  }

  /** Micro counts over all topics, or over one topic when {@code topic} is given. */
  private Counts counts(List<Doc> docs, List<Set<String>> predicted, String topic) {
    Counts c = new Counts();
    for (int i = 0; i < docs.size(); i++) {
      for (String t : topic == null ? topics : List.of(topic)) {
        c.add(docs.get(i).topics().contains(t), predicted.get(i).contains(t));
      }
    }
    return c;
  }

  private void printTable(Map<Variant, Map<String, List<Set<String>>>> results, List<Doc> train, List<Doc> validation) {
    System.out.println("| variant | row | train P | R | F1 | train CV P | R | F1 | validation P | R | F1 |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    List<String> rows = new ArrayList<>();
    rows.add(null);
    rows.addAll(topics);
    results.forEach((variant, r) -> {
      for (String row : rows) {
        System.out.printf("| %s | %s | %s | %s | %s |%n", variant.name().toLowerCase(Locale.ROOT),
            row == null ? "topics" : row,
            counts(train, r.get("train"), row).cells(),
            counts(train, r.get("train CV"), row).cells(),
            counts(validation, r.get("validation"), row).cells());
      }
    });
  }
}
