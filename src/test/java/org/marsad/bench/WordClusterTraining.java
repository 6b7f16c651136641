package org.marsad.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.marsad.enrich.ActorNameSamples;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Learns word classes for the actor name model's features ({@code ActorNameModelTraining
 * -Dclusters=FILE}): words that the news corpora use in the same contexts share a class (the
 * leaders ترامب، ماكرون، أردوغان; the heads وزارة، وكالة، هيئة; the verbs of saying), so a name's
 * context the labels never showed still looks like one they did.
 *
 * <p>Each word seen at least {@code -DminCount} times (default {@value #MIN_COUNT}) is described by
 * the words around it — the one before and after, and at half weight the second before and after —
 * counted over the {@code -Dcontexts} (default {@value #CONTEXTS}) most frequent words, weighed by
 * positive pointwise mutual information (context counts smoothed to the power 0.75), projected onto
 * {@code -Ddimensions} (default {@value #DIMENSIONS}) random directions and grouped into
 * {@code -Dclasses} (default {@value #CLASSES}) classes by spherical k-means. Words are read as the
 * tagger reads them ({@link ActorNameSamples#sentences}: normalised, clitics attached); labelled
 * articles (every split) are left out, as for distant supervision. Seeded: the same corpora give the
 * same classes. The output has one "word class" a line, words only, no text.
 *
 * <p>{@code MAVEN_OPTS=-Xmx6g ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.WordClusterTraining
 * -Dexec.args="src/test/resources/eval/news-2018-labels <multi-source corpus> <ANT v1.1 .tar.gz> <out>"}
 */
public final class WordClusterTraining {

  static final int MIN_COUNT = 8;
  static final int CONTEXTS = 2500;
  static final int DIMENSIONS = 300;
  static final int CLASSES = 400;
  private static final int ITERATIONS = 30;
  private static final long SEED = 20180101L;
  /** Context positions: the word before, after, second before, second after; their weights. */
  private static final int[] OFFSETS = {-1, 1, -2, 2};
  private static final float[] WEIGHTS = {1f, 1f, 0.5f, 0.5f};

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: WordClusterTraining <labels (.jsonl or folder)> <multi-source corpus> <ANT v1.1 .tar.gz> <out>");
      System.exit(2);
    }
    Set<String> held = ActorNameModelTraining.labelled(GoldLabels.read(Path.of(args[0])));
    long started = System.nanoTime();
    Corpus corpus = new Corpus();
    ActorNameSamples reader = new ActorNameSamples(new KnowledgeBaseLoader(null).load());
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    ActorNameModelTraining.TextSink sink = t -> reader.sentences(t).forEach(corpus::add);
    ActorNameModelTraining.feed(Path.of(args[1]), held, 1, extractor, sink);
    ActorNameModelTraining.feed(Path.of(args[2]), held, 1, extractor, sink);
    System.out.printf("%d words read, %d distinct; %d s%n", corpus.size, corpus.words.size(), seconds(started));

    int[] vocabulary = corpus.byCount(Integer.getInteger("minCount", MIN_COUNT), Integer.MAX_VALUE);
    int[] contexts = corpus.byCount(1, Integer.getInteger("contexts", CONTEXTS));
    float[][] vectors = projected(corpus, vocabulary, contexts, Integer.getInteger("dimensions", DIMENSIONS));
    System.out.printf("%d words described by %d context words; %d s%n", vocabulary.length, contexts.length, seconds(started));
    int[] classOf = sphericalKMeans(vectors, Integer.getInteger("classes", CLASSES));
    try (Writer w = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      for (int i = 0; i < vocabulary.length; i++) {
        w.write(corpus.spelling.get(vocabulary[i]) + " c" + classOf[i] + "\n");
      }
    }
    System.out.printf("Wrote %s: %d words in %d classes; %d s%n", args[3], vocabulary.length,
        Arrays.stream(classOf).distinct().count(), seconds(started));
  }

  /** The corpus as word ids, sentences ended by -1, with each word's count. */
  private static final class Corpus {
    final Map<String, Integer> words = new HashMap<>();
    final List<String> spelling = new ArrayList<>();
    int[] counts = new int[1 << 16];
    int[] tokens = new int[1 << 24];
    int size;

    void add(List<String> sentence) {
      for (String word : sentence) {
        int id = words.computeIfAbsent(word, w -> {
          spelling.add(w);
          return spelling.size() - 1;
        });
        if (id >= counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[id]++;
        append(id);
      }
      append(-1);
    }

    private void append(int id) {
      if (size == tokens.length) {
        tokens = Arrays.copyOf(tokens, tokens.length * 2);
      }
      tokens[size++] = id;
    }

    /** Ids counted at least {@code least} times, most frequent first (ties by spelling), at most {@code limit}. */
    int[] byCount(int least, int limit) {
      // A word that folds to nothing (a run of tatweel) is no word of the dictionary's "word class" lines.
      return IntStream.range(0, spelling.size()).filter(id -> counts[id] >= least && !spelling.get(id).isBlank()).boxed()
          .sorted(Comparator.<Integer>comparingInt(id -> -counts[id]).thenComparing(spelling::get))
          .limit(limit).mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Each vocabulary word's PPMI-weighed context counts, projected onto random Gaussian directions.
   * Co-occurrences are gathered as (row, column) codes and sorted, so memory grows with the corpus,
   * not with words × contexts.
   */
  private static float[][] projected(Corpus corpus, int[] vocabulary, int[] contexts, int dimensions) {
    int[] row = new int[corpus.spelling.size()];
    int[] column = new int[corpus.spelling.size()];
    Arrays.fill(row, -1);
    Arrays.fill(column, -1);
    for (int i = 0; i < vocabulary.length; i++) {
      row[vocabulary[i]] = i;
    }
    for (int i = 0; i < contexts.length; i++) {
      column[contexts[i]] = i;
    }
    int width = OFFSETS.length * contexts.length;
    long[] pairs = new long[1 << 20];
    int n = 0;
    int[] t = corpus.tokens;
    for (int i = 0; i < corpus.size; i++) {
      if (t[i] < 0 || row[t[i]] < 0) {
        continue;
      }
      for (int o = 0; o < OFFSETS.length; o++) {
        int j = neighbour(t, corpus.size, i, OFFSETS[o]);
        if (j >= 0 && column[t[j]] >= 0) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[n++] = (long) row[t[i]] * width + (long) o * contexts.length + column[t[j]];
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    // Weighted counts per (row, column), the cells written over the sorted codes; then the sums PPMI needs.
    int cells = 0;
    long[] cell = pairs;
    float[] count = new float[n];
    for (int i = 0; i < n; i++) {
      float weight = WEIGHTS[(int) (pairs[i] % width) / contexts.length];
      if (cells > 0 && cell[cells - 1] == pairs[i]) {
        count[cells - 1] += weight;
      } else {
        cell[cells] = pairs[i];
        count[cells++] = weight;
      }
    }
    double[] rowSum = new double[vocabulary.length];
    double[] columnSum = new double[width];
    double total = 0;
    for (int i = 0; i < cells; i++) {
      rowSum[(int) (cell[i] / width)] += count[i];
      columnSum[(int) (cell[i] % width)] += count[i];
      total += count[i];
    }
    // Smoothed context probabilities (Levy, Goldberg and Dagan 2015): rare contexts weigh less.
    double smoothedTotal = Arrays.stream(columnSum).map(c -> Math.pow(c, 0.75)).sum();
    double[] contextProbability = Arrays.stream(columnSum).map(c -> Math.pow(c, 0.75) / smoothedTotal).toArray();

    Random random = new Random(SEED);
    float[][] directions = new float[width][dimensions];
    for (float[] d : directions) {
      for (int k = 0; k < dimensions; k++) {
        d[k] = (float) random.nextGaussian();
      }
    }
    float[][] vectors = new float[vocabulary.length][dimensions];
    for (int i = 0; i < cells; i++) {
      int r = (int) (cell[i] / width);
      int c = (int) (cell[i] % width);
      double pmi = Math.log(count[i] / (rowSum[r] * contextProbability[c]));
      if (pmi > 0) {
        float[] v = vectors[r];
        float[] d = directions[c];
        for (int k = 0; k < dimensions; k++) {
          v[k] += (float) pmi * d[k];
        }
      }
    }
    for (float[] v : vectors) {
      normalise(v);
    }
    return vectors;
  }

  /** The token {@code offset} places from {@code i} within its sentence, or -1. */
  private static int neighbour(int[] tokens, int size, int i, int offset) {
    int step = Integer.signum(offset);
    int j = i;
    for (int k = 0; k < Math.abs(offset); k++) {
      j += step;
      if (j < 0 || j >= size || tokens[j] < 0) {
        return -1;
      }
    }
    return j;
  }

  /** K-means on the unit sphere (cosine similarity), seeded with K distinct words. */
  private static int[] sphericalKMeans(float[][] vectors, int classes) {
    int dimensions = vectors[0].length;
    Random random = new Random(SEED);
    float[][] centroids = new float[classes][];
    int[] order = IntStream.range(0, vectors.length).toArray();
    for (int i = 0; i < classes; i++) {
      int j = i + random.nextInt(order.length - i);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
      centroids[i] = vectors[order[i]].clone();
    }
    int[] classOf = new int[vectors.length];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      float[][] current = centroids;
      IntStream.range(0, vectors.length).parallel().forEach(i -> classOf[i] = nearest(vectors[i], current));
      float[][] sums = new float[classes][dimensions];
      for (int i = 0; i < vectors.length; i++) {
        float[] s = sums[classOf[i]];
        for (int k = 0; k < dimensions; k++) {
          s[k] += vectors[i][k];
        }
      }
      for (int c = 0; c < classes; c++) {
        if (norm(sums[c]) > 0) {
          normalise(sums[c]);
          centroids[c] = sums[c];
        }
      }
    }
    return classOf;
  }

  private static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    float bestDot = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float dot = 0;
      float[] centroid = centroids[c];
      for (int k = 0; k < v.length; k++) {
        dot += v[k] * centroid[k];
      }
      if (dot > bestDot) {
        bestDot = dot;
        best = c;
      }
    }
    return best;
  }

  private static double norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }

  private static void normalise(float[] v) {
    double n = norm(v);
    if (n > 0) {
      for (int k = 0; k < v.length; k++) {
        v[k] /= (float) n;
      }
    }
  }

  private static long seconds(long started) {
    return (System.nanoTime() - started) / 1_000_000_000;
  }
}
