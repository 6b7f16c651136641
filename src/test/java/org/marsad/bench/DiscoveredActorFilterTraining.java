package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.ActorNameModel;
import org.marsad.enrich.ActorType;
import org.marsad.enrich.DiscoveredActorFilter;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.GoldLabels.Split;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.OpenWorldSettings;
import org.marsad.enrich.Scorecard;
import org.marsad.enrich.Tag;
import org.marsad.enrich.TaggableText;
import org.marsad.enrich.TopicModel;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Learns {@link DiscoveredActorFilter}'s model on the labelled training articles (the validation and
 * holdout splits are dropped before anything is read): the shipped tagger runs with every discovered
 * actor kept, and each discovered actor is an example, right when the labels name it (as the
 * evaluation matches it) and wrong when they do not. One that another tag of the text already names
 * is left out: dropping it changes nothing. For each actor type a logistic regression over the
 * features is learnt; its L2 penalty and its threshold are chosen by 5-fold cross-validation over
 * articles, for the best actor F1 of the whole facet (all actors, known ones too). It prints the
 * cross-validated figures and writes the model.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.DiscoveredActorFilterTraining
 * -Dexec.args="<labels (.jsonl or folder)> <corpus folder or .tar.gz> [--out FILE]"}
 */
public final class DiscoveredActorFilterTraining {

  private static final int FOLDS = 5;
  private static final double[] L2 = {1e-5, 3e-5, 1e-4, 3e-4};
  /** A feature seen in fewer training examples is left out: it cannot be weighed. */
  private static final int MIN_COUNT = 3;
  private static final int SWEEPS = 60;
  private static final String[] TYPES = {ActorType.PERSON.json(), ActorType.ORGANIZATION.json()};

  /** A discovered actor of a labelled article: its type, its features, whether the labels name it. */
  private record Example(int doc, int type, Set<String> features, boolean right) {}

  private final List<Example> examples = new ArrayList<>();
  /** The whole actor facet without the filter. */
  private Scorecard.Counts unfiltered = new Scorecard.Counts();
  private int documents;

  public static void main(String[] args) throws IOException {
    List<String> paths = new ArrayList<>();
    Path out = Path.of("src/main/resources" + DiscoveredActorFilter.RESOURCE);
    Path examplesFile = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--examples" -> examplesFile = Path.of(args[++i]);
        default -> paths.add(args[i]);
      }
    }
    if (paths.size() != 2 && !(paths.isEmpty() && examplesFile != null && Files.exists(examplesFile))) {
      System.err.println("usage: DiscoveredActorFilterTraining <labels (.jsonl or folder)> <corpus> [--out FILE] [--examples FILE]\n"
          + "   or: DiscoveredActorFilterTraining --examples FILE [--out FILE]   (the examples a run with labels wrote)");
      System.exit(2);
    }
    DiscoveredActorFilterTraining training = new DiscoveredActorFilterTraining();
    if (paths.isEmpty()) {
      training.load(examplesFile);
    } else {
      training.read(Path.of(paths.get(0)), Path.of(paths.get(1)));
      if (examplesFile != null) {
        training.save(examplesFile);
      }
    }
    training.run(out);
  }

  private void read(Path labelsFile, Path corpus) throws IOException {
    List<GoldLabels> labels = GoldLabels.read(labelsFile).stream().filter(l -> l.split() == Split.TRAIN).toList();
    Set<String> docnos = new LinkedHashSet<>();
    labels.forEach(l -> docnos.add(l.docno()));
    Map<String, byte[]> files = CorpusFiles.read(corpus, docnos);
    KnowledgeBase kb = new KnowledgeBaseLoader(null, OpenWorldSettings.DEFAULT.people()).load();
    KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.DEFAULT,
        ActorNameModel.packaged(), DiscoveredActorFilter.NONE);
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    Scorecard card = new Scorecard(List.of());
    for (GoldLabels gold : labels) {
      byte[] bytes = files.get(gold.docno());
      if (bytes == null) {
        throw new IllegalStateException("Not in the corpus: " + gold.docno());
      }
      ExtractedDocument d = extractor.extract(IngestSource.ofBytes(gold.docno() + ".txt", bytes)).documents().get(0);
      KnowledgeBaseTagger.Unfiltered read = tagger.unfiltered(
          TaggableText.of(d.title(), d.abstractText(), d.body(), d.published(), d.source(), d.url()));
      card.add(gold, read.tags(), kb);
      Map<String, Integer> namedBy = new HashMap<>();
      Map<Tag, String> names = new LinkedHashMap<>();
      for (Tag t : read.tags().actors()) {
        String name = Scorecard.nameOf(t, gold, kb);
        names.put(t, name);
        namedBy.merge(name, 1, Integer::sum);
      }
      Set<String> labelled = new LinkedHashSet<>();
      gold.actors().forEach(a -> labelled.add(Scorecard.fold(a.name())));
      names.forEach((t, name) -> {
        Set<String> features = read.discovered().get(t.id());
        if (features != null && namedBy.get(name) == 1) {
          int type = t.id().startsWith(TYPES[0]) ? 0 : 1;
          examples.add(new Example(documents, type, features, labelled.contains(name)));
        }
      });
      documents++;
    }
    unfiltered = card.rows().get("actors");
  }

  /** Writes the examples and the facet's counts, so that fitting again needs no tagging. */
  private void save(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(documents + "\t" + unfiltered.tp() + "\t" + unfiltered.fp() + "\t" + unfiltered.fn());
    examples.forEach(e -> lines.add(e.doc() + "\t" + e.type() + "\t" + (e.right() ? 1 : 0) + "\t"
        + String.join("\u0001", e.features())));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private void load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] counts = lines.get(0).split("\t");
    documents = Integer.parseInt(counts[0]);
    unfiltered = new Scorecard.Counts(Integer.parseInt(counts[1]), Integer.parseInt(counts[2]), Integer.parseInt(counts[3]));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", 4);
      examples.add(new Example(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]),
          new java.util.TreeSet<>(List.of(cells[3].split("\u0001"))), "1".equals(cells[2])));
    }
  }

  private void run(Path out) throws IOException {
    System.out.printf(Locale.ROOT, "%d training articles; actors without the filter: P %.4f R %.4f F1 %.4f (tp %d, fp %d, fn %d)%n",
        documents, unfiltered.precision(), unfiltered.recall(), unfiltered.f1(), unfiltered.tp(), unfiltered.fp(), unfiltered.fn());
    for (int type = 0; type < 2; type++) {
      int t = type;
      long right = examples.stream().filter(e -> e.type() == t && e.right()).count();
      long wrong = examples.stream().filter(e -> e.type() == t && !e.right()).count();
      System.out.printf(Locale.ROOT, "discovered %s: %d right, %d wrong (precision %.3f)%n", TYPES[type], right, wrong,
          right / (double) Math.max(1, right + wrong));
    }
    // Held-out probabilities for each penalty: every example scored by a model that never saw its article.
    Map<Double, double[]> heldOut = new LinkedHashMap<>();
    for (double l2 : L2) {
      double[] p = new double[examples.size()];
      for (int fold = 0; fold < FOLDS; fold++) {
        int f = fold;
        for (int type = 0; type < 2; type++) {
          int t = type;
          List<Integer> train = indices(e -> e.type() == t && e.doc() % FOLDS != f);
          List<Integer> test = indices(e -> e.type() == t && e.doc() % FOLDS == f);
          TopicModel.Weights w = fit(train, l2);
          test.forEach(i -> p[i] = w.probability(examples.get(i).features()));
        }
      }
      heldOut.put(l2, p);
    }
    double bestF1 = -1;
    double bestL2 = 0;
    double[] bestThresholds = null;
    for (Map.Entry<Double, double[]> e : heldOut.entrySet()) {
      double[] thresholds = thresholds(e.getValue());
      Filtered filtered = filtered(e.getValue(), thresholds);
      double f = filtered.facet().f1();
      System.out.printf(Locale.ROOT, "L2 %.0e: thresholds person %.2f, organization %.2f; cross-validated actors P %.4f R %.4f F1 %.4f"
              + " (dropped %d right, %d wrong)%n", e.getKey(), thresholds[0], thresholds[1],
          filtered.facet().precision(), filtered.facet().recall(), f, filtered.droppedRight(), filtered.droppedWrong());
      if (f > bestF1) {
        bestF1 = f;
        bestL2 = e.getKey();
        bestThresholds = thresholds;
      }
    }
    System.out.printf(Locale.ROOT, "chosen: L2 %.0e, F1 %.4f against %.4f without the filter%n", bestL2, bestF1, unfiltered.f1());
    Map<String, TopicModel.Weights> model = new LinkedHashMap<>();
    for (int type = 0; type < 2; type++) {
      int t = type;
      TopicModel.Weights w = fit(indices(e -> e.type() == t), bestL2);
      model.put(TYPES[type], new TopicModel.Weights(w.bias(), bestThresholds[type], w.weights()));
    }
    List<String> lines = TopicModel.write(model, List.of(
        "Discovered actors' model (DiscoveredActorFilter): for each actor type, a logistic regression over",
        "DiscoveredActorFeatures; below the threshold a discovered actor is dropped. Learnt on " + documents
            + " labelled training articles",
        String.format(Locale.ROOT, "by DiscoveredActorFilterTraining (L2 %.0e, cross-validated actor F1 %.4f against %.4f).",
            bestL2, bestF1, unfiltered.f1()),
        "Weights are data: do not edit by hand; train again."));
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println("Wrote " + out + " (" + lines.size() + " lines)");
  }

  private List<Integer> indices(java.util.function.Predicate<Example> which) {
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (which.test(examples.get(i))) {
        chosen.add(i);
      }
    }
    return chosen;
  }

  /** A logistic regression on the examples {@code chosen}, over the features at least {@link #MIN_COUNT} of them have. */
  private TopicModel.Weights fit(List<Integer> chosen, double l2) {
    Map<String, Integer> counts = new HashMap<>();
    chosen.forEach(i -> examples.get(i).features().forEach(f -> counts.merge(f, 1, Integer::sum)));
    List<String> vocabulary = counts.entrySet().stream().filter(c -> c.getValue() >= MIN_COUNT)
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> column = new HashMap<>();
    vocabulary.forEach(f -> column.put(f, column.size()));
    List<List<Integer>> rows = new ArrayList<>();
    vocabulary.forEach(f -> rows.add(new ArrayList<>()));
    double[] y = new double[chosen.size()];
    for (int k = 0; k < chosen.size(); k++) {
      Example e = examples.get(chosen.get(k));
      y[k] = e.right() ? 1 : 0;
      for (String f : e.features()) {
        Integer j = column.get(f);
        if (j != null) {
          rows.get(j).add(k);
        }
      }
    }
    int[][] r = new int[vocabulary.size()][];
    double[][] v = new double[vocabulary.size()][];
    for (int j = 0; j < r.length; j++) {
      r[j] = rows.get(j).stream().mapToInt(Integer::intValue).toArray();
      v[j] = new double[r[j].length];
      java.util.Arrays.fill(v[j], 1.0);
    }
    double[] w = new double[vocabulary.size()];
    double bias = LogisticRegression.fit(y, r, v, w, w.length, 0, l2, SWEEPS);
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int j = 0; j < w.length; j++) {
      if (Math.abs(w[j]) >= 1e-4) {
        weights.put(vocabulary.get(j), w[j]);
      }
    }
    return new TopicModel.Weights(bias, 0.5, weights);
  }

  /** Each type's threshold with the best F1 of the whole facet, the other type's chosen before it (person first). */
  private double[] thresholds(double[] p) {
    double[] chosen = {0, 0};
    for (int type = 0; type < 2; type++) {
      double best = -1;
      for (int step = 0; step <= 60; step++) {
        double[] trial = chosen.clone();
        trial[type] = step / 100.0;
        double f = filtered(p, trial).facet().f1();
        if (f > best + 1e-9) {
          best = f;
          chosen[type] = trial[type];
        }
      }
    }
    return chosen;
  }

  /** The whole actor facet with the examples below their type's threshold dropped, and how many right and wrong were. */
  private record Filtered(Scorecard.Counts facet, int droppedRight, int droppedWrong) {}

  private Filtered filtered(double[] p, double[] thresholds) {
    int droppedRight = 0;
    int droppedWrong = 0;
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (p[i] < thresholds[e.type()]) {
        if (e.right()) {
          droppedRight++;
        } else {
          droppedWrong++;
        }
      }
    }
    Scorecard.Counts facet = new Scorecard.Counts(unfiltered.tp() - droppedRight, unfiltered.fp() - droppedWrong,
        unfiltered.fn() + droppedRight);
    return new Filtered(facet, droppedRight, droppedWrong);
  }
}
