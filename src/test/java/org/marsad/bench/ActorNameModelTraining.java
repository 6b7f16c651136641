package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.marsad.enrich.ActorNameModel;
import org.marsad.enrich.ActorNameSamples;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.GoldLabels.Split;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.OpenWorldSettings;
import org.marsad.enrich.Scorecard;
import org.marsad.enrich.TaggableText;
import org.marsad.enrich.WordClassesSerializer;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TarGzReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Trains the actor name model ({@link ActorNameModel}, Apache OpenNLP's maximum-entropy name finder)
 * and writes it where the jar takes it from. Training sentences ({@link ActorNameSamples}):
 * <ul>
 *   <li>the <b>train</b> split of the labelled news, every sentence, the labels' surfaces marked
 *       (repeated {@value #GOLD_WEIGHT} times: hand labels weigh more than distant ones);
 *   <li>distant supervision: sentences of the corpora (the multi-source corpus and ANT v1.1) where the
 *       knowledge base and the open-world rules tag an actor. Articles of the <b>validation</b> and <b>holdout</b> splits
 *       are left out (every labelled article is), so they stay unseen.
 * </ul>
 * Features: the word and its neighbours (two each side), the first and last letters of each word
 * (Arabic marks names and clitics there), the previous outcome and the name's bigrams; words seen
 * fewer than {@value #CUTOFF} times are dropped, which keeps the model small. The model holds these
 * features and weights, never text.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.ActorNameModelTraining
 * -Dexec.args="src/test/resources/eval/news-2018-labels <multi-source folder or .tar.gz>
 * ../shared/data/ant-v1.1/antcorpus-v1.1.tar.gz [out.bin]"} — the default output is
 * {@code src/main/resources/org/marsad/enrich/actor-names-ar.bin}. {@code -Dsentences=N} caps the
 * distant sentences (default {@value #MAX_DISTANT}); {@code -Diterations=N} the training iterations;
 * {@code -Devery=N} reads every N-th unlabelled article only (a quicker, smaller sample); {@code -Dcutoff=N}
 * drops features seen fewer than N times (default {@value #CUTOFF}; higher makes a smaller model);
 * {@code -Ddistant=FILE} keeps the distant sentences in a file (written when missing, read when
 * present: normalised words and name marks only); {@code -Dextra=a.jsonl,b.jsonl} adds labelled
 * articles without a split as train; {@code -Dclusters=FILE} adds the word classes of FILE as features
 * ({@link WordClusterTraining}: the class of each word and its neighbours, {@code -DclusterWindow=N}
 * words each side, default 1; the classes travel inside the model); {@code -Dfinal=false} writes no model.
 *
 * <p>Choosing how the tagger uses the model ({@link OpenWorldSettings}: the least probability of its
 * people and of its organisations) is done within the train articles, never on validation:
 * {@code -Dfolds=K} trains K models, each without one fold's labels, and tags that fold with the
 * whole tagger at each pair of thresholds; {@code -Dholdout=FILE} does it once, holding out the
 * train articles listed in FILE (labelled after the knowledge base and rules were written, so the
 * knowledge base knows them no better than unseen news). It prints P/R/F1 per setting, what the
 * model adds over the rules alone, and the setting with the best F1 whose precision, and the
 * precision of whose additions, stay at least 0.85 and 0.75 (the model's names are one source among
 * several; 0.85 for them too kept nearly all of them out). {@code -Dmodel=FILE} scores a model already
 * trained instead (one that never saw the held-out labels).
 */
public final class ActorNameModelTraining {

  static final int GOLD_WEIGHT = 3;
  static final double LEAST_PRECISION = 0.85;
  static final double LEAST_ADDED_PRECISION = 0.75;
  static final int CUTOFF = 4;
  static final int MAX_DISTANT = 120_000;
  private static final long SEED = 20180101L;

  private static final String FEATURES = """
      <featureGenerators cache="true" name="nameFinder">
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
        </generator>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">1</int>
          <int name="nextLength">1</int>
          <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
            <int name="length">3</int>
          </generator>
        </generator>
        <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
          <int name="length">3</int>
        </generator>
        <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
        %s
        <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
          <bool name="begin">true</bool>
          <bool name="end">false</bool>
        </generator>
      </featureGenerators>
      """;

  /**
   * Lexicon features (-Dlexicon=true): whether a word, or the one before or after it, is a known
   * given name, and whether one of the two words before it is a title — they reach names whose
   * words the training never saw.
   */
  private static final String LEXICON_FEATURES = """
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">1</int>
          <int name="nextLength">1</int>
          <generator class="opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory">
            <str name="dict">given-names.dictionary</str>
            <str name="prefix">given</str>
          </generator>
        </generator>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">0</int>
          <generator class="opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory">
            <str name="dict">titles.dictionary</str>
            <str name="prefix">title</str>
          </generator>
        </generator>
      """;

  /**
   * Word-class features (-Dclusters=FILE, one "word class" a line, {@link WordClusterTraining}): the
   * class of the word and of its neighbours, so that a name's context generalises to words the
   * labels never showed next to a name.
   */
  private static final String CLUSTER_FEATURES = """
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">%d</int>
          <int name="nextLength">%d</int>
          <generator class="opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory">
            <str name="dict">word-classes.clusters</str>
            <bool name="lowerCase">false</bool>
          </generator>
        </generator>
      """;

  /** The feature generators' descriptor and the lexicons it names. */
  private record Features(String xml, Map<String, Object> resources) {}

  /**
   * Word classes whose model entry is written and read by {@link WordClassesSerializer}, which leaves
   * the model archive open (OpenNLP's own serializer closes it, and the model cannot be written or read).
   */
  private static final class WordClasses extends opennlp.tools.util.featuregen.WordClusterDictionary {
    WordClasses(InputStream in) throws IOException {
      super(in);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
      return WordClassesSerializer.class;
    }
  }

  /** The features -Dlexicon and -Dclusters ask for (neither: words, affixes and outcomes only). */
  private static Features features(ActorNameSamples builder) throws IOException {
    StringBuilder extra = new StringBuilder();
    Map<String, Object> resources = new java.util.HashMap<>();
    if (Boolean.parseBoolean(System.getProperty("lexicon", "false"))) {
      extra.append(LEXICON_FEATURES);
      resources.put("given-names.dictionary", builder.givenNames());
      resources.put("titles.dictionary", builder.titles());
    }
    String clusters = System.getProperty("clusters");
    if (clusters != null) {
      int window = Integer.getInteger("clusterWindow", 1);
      extra.append(CLUSTER_FEATURES.formatted(window, window));
      try (InputStream in = Files.newInputStream(Path.of(clusters))) {
        resources.put("word-classes.clusters", new WordClasses(in));
      }
    }
    return new Features(FEATURES.formatted(extra), resources);
  }

  /**
   * The document numbers of labelled articles, with the bundled sample corpus's: what corpus-wide
   * counts and distant supervision leave out, so that no labelled text teaches what it is scored on.
   */
  static Set<String> labelled(List<GoldLabels> labels) throws IOException {
    Set<String> held = new HashSet<>();
    labels.forEach(l -> held.add(l.docno()));
    try (InputStream in = ActorNameModelTraining.class.getResourceAsStream("/eval/sample-labels.jsonl")) {
      if (in != null) {
        GoldLabels.read(in).forEach(l -> held.add(l.docno()));
      }
    }
    return held;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: ActorNameModelTraining <labels (.jsonl or folder)> <multi-source corpus> <ANT v1.1 .tar.gz> [out.bin]");
      System.exit(2);
    }
    Path labelsFile = Path.of(args[0]);
    Path out = Path.of(args.length > 3 ? args[3] : "src/main/resources" + ActorNameModel.RESOURCE);
    int maxDistant = Integer.getInteger("sentences", MAX_DISTANT);
    int iterations = Integer.getInteger("iterations", 100);
    int every = Integer.getInteger("every", 1);
    int folds = Integer.getInteger("folds", 0);
    String cache = System.getProperty("distant");

    List<GoldLabels> labels = new ArrayList<>(GoldLabels.read(labelsFile));
    // More labelled training articles (files without a split): train, like the train split.
    for (String extra : System.getProperty("extra", "").split(",")) {
      if (!extra.isBlank() && Files.exists(Path.of(extra))) {
        GoldLabels.read(Path.of(extra)).forEach(l -> labels.add(
            new GoldLabels(l.docno(), Split.TRAIN, l.countries(), l.actors(), l.topics())));
      }
    }
    // Labelled articles (every split, and the sample corpus's) are never distant supervision.
    Set<String> held = labelled(labels);
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    ActorNameSamples builder = new ActorNameSamples(kb, Boolean.parseBoolean(System.getProperty("leaveOutUnknown", "true")));
    Features features = features(builder);
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());

    long started = System.nanoTime();
    List<Article> train = new ArrayList<>();
    Map<String, byte[]> labelled = CorpusFiles.read(Path.of(args[1]), held);
    Set<String> taken = new HashSet<>();
    for (GoldLabels l : labels) {
      if (l.split() == Split.TRAIN && labelled.containsKey(l.docno()) && taken.add(l.docno())) {
        TaggableText text = text(extractor, l.docno(), labelled.get(l.docno()));
        train.add(new Article(l, text, builder.gold(text, l)));
      }
    }
    List<NameSample> distant = cache != null && Files.exists(Path.of(cache))
        ? readSamples(Path.of(cache))
        : distant(builder, extractor, Path.of(args[1]), Path.of(args[2]), held, every, maxDistant);
    if (cache != null && !Files.exists(Path.of(cache))) {
      writeSamples(Path.of(cache), distant);
    }
    if (distant.size() > maxDistant) {
      // A cache written from more articles: a uniform sample of it.
      java.util.Collections.shuffle(distant, new Random(SEED));
      distant = new ArrayList<>(distant.subList(0, maxDistant));
    }
    System.out.printf("%d train articles (%d gold sentences); %d distant sentences; %d s%n", train.size(),
        train.stream().mapToInt(a -> a.gold().size()).sum(), distant.size(), (System.nanoTime() - started) / 1_000_000_000);

    Set<String> holdout = new HashSet<>();
    for (String file : System.getProperty("holdout", "").split(",")) {
      if (!file.isBlank()) {
        GoldLabels.read(Path.of(file)).forEach(l -> holdout.add(l.docno()));
      }
    }
    if (!holdout.isEmpty()) {
      List<List<Article>> one = List.of(train.stream().filter(a -> holdout.contains(a.labels().docno())).toList());
      crossValidate(kb, train, one, distant, iterations, features);
    } else if (folds > 1) {
      List<List<Article>> parts = new ArrayList<>();
      for (int k = 0; k < folds; k++) {
        int fold = k;
        parts.add(java.util.stream.IntStream.range(0, train.size()).filter(i -> i % folds == fold).mapToObj(train::get).toList());
      }
      crossValidate(kb, train, parts, distant, iterations, features);
    }
    if (Boolean.parseBoolean(System.getProperty("final", "true"))) {
      TokenNameFinderModel model = train(distant, train, iterations, features);
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream os = Files.newOutputStream(out)) {
        model.serialize(os);
      }
      System.out.printf("Wrote %s (%d KB)%n", out, Files.size(out) / 1024);
    }
  }

  /** A labelled training article: its labels, its text and its sentences with the labels marked. */
  private record Article(GoldLabels labels, TaggableText text, List<NameSample> gold) {}

  /** Thresholds tried for the model's people and organisations; {@link OpenWorldSettings#NEVER} = that type unused. */
  private static final double[] THRESHOLDS = {0.6, 0.7, 0.8, 0.9, OpenWorldSettings.NEVER};
  /** Least words of a model person tried (-DpersonWords=1,2: any, or two). */
  private static final int[] PERSON_WORDS =
      java.util.Arrays.stream(System.getProperty("personWords", "1").split(",")).mapToInt(Integer::parseInt).toArray();

  /**
   * K-fold cross-validation within the training articles: for each fold a model is trained on the
   * distant sentences and the other folds' labels, and the whole tagger (knowledge base, rules and
   * that model at each pair of thresholds) tags the fold's articles. Prints the pooled P/R/F1 per
   * setting and the precision of what the model adds over the rules alone; picks the setting with
   * the best F1 whose precision stays at least {@value #LEAST_PRECISION} and whose additions' at least
   * {@value #LEAST_ADDED_PRECISION}.
   */
  private static void crossValidate(KnowledgeBase kb, List<Article> train, List<List<Article>> parts,
      List<NameSample> distant, int iterations, Features features) {
    Map<String, Scorecard> cards = new java.util.LinkedHashMap<>();
    for (int w : PERSON_WORDS) {
      for (double p : THRESHOLDS) {
        for (double o : THRESHOLDS) {
          cards.put(key(p, o, w), new Scorecard(List.of()));
        }
      }
    }
    int heldOut = 0;
    // -Dmodel=FILE scores a model already trained (it must not have seen the held-out labels) instead of training one.
    ActorNameModel trained = null;
    if (System.getProperty("model") != null) {
      try (InputStream in = Files.newInputStream(Path.of(System.getProperty("model")))) {
        trained = ActorNameModel.read(in, Integer.getInteger("beam", 3));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    for (List<Article> fold : parts) {
      List<Article> rest = train.stream().filter(a -> !fold.contains(a)).toList();
      heldOut += fold.size();
      long started = System.nanoTime();
      ActorNameModel model = trained == null ? ActorNameModel.of(train(distant, rest, iterations, features)) : trained;
      System.out.printf("fold of %d: trained on %d articles in %d s%n", fold.size(), rest.size(),
          (System.nanoTime() - started) / 1_000_000_000);
      for (int w : PERSON_WORDS) {
        for (double p : THRESHOLDS) {
          for (double o : THRESHOLDS) {
            KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE,
                OpenWorldSettings.DEFAULT.withModel(p, o, w), model);
            Scorecard card = cards.get(key(p, o, w));
            fold.forEach(a -> card.add(a.labels(), tagger.enrich(a.text()), kb));
          }
        }
      }
    }
    Scorecard.Counts base = cards.get(key(OpenWorldSettings.NEVER, OpenWorldSettings.NEVER, 1)).row("actors");
    System.out.printf("%nHeld out (%d parts, %d articles), actors:%n", parts.size(), heldOut);
    System.out.println("| person p | org p | person words | P | R | F1 | person R | org R | added tp | added fp | added P |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    String best = null;
    double bestF1 = -1;
    for (Map.Entry<String, Scorecard> e : cards.entrySet()) {
      Scorecard.Counts c = e.getValue().row("actors");
      int addedTp = c.tp() - base.tp();
      int addedFp = c.fp() - base.fp();
      double addedP = addedTp + addedFp == 0 ? 1 : addedTp / (double) (addedTp + addedFp);
      System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d | %.3f |%n", e.getKey().replace(" ", " | "),
          c.precision(), c.recall(), c.f1(), e.getValue().row("actors: person").recall(),
          e.getValue().row("actors: organization").recall(), addedTp, addedFp, addedP);
      if (c.precision() >= LEAST_PRECISION && addedP >= LEAST_ADDED_PRECISION && c.f1() > bestF1) {
        bestF1 = c.f1();
        best = e.getKey();
      }
    }
    System.out.printf("Chosen (best held-out F1 with P >= %.2f and added P >= %.2f): person, organisation, person words = %s%n",
        LEAST_PRECISION, LEAST_ADDED_PRECISION, best);
  }

  private static String key(double person, double organisation, int personWords) {
    return label(person) + " " + label(organisation) + " " + personWords;
  }

  private static String label(double p) {
    return p > 1 ? "off" : String.format(java.util.Locale.ROOT, "%.2f", p);
  }

  /** A model from the distant sentences and the articles' labelled sentences ({@value #GOLD_WEIGHT} times). */
  private static TokenNameFinderModel train(List<NameSample> distant, List<Article> articles, int iterations, Features features) {
    List<NameSample> samples = new ArrayList<>(distant);
    for (int i = 0; i < GOLD_WEIGHT; i++) {
      articles.forEach(a -> samples.addAll(a.gold()));
    }
    java.util.Collections.shuffle(samples, new Random(SEED));
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("cutoff", CUTOFF));
    params.put(TrainingParameters.THREADS_PARAM, 2);
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(features.xml().getBytes(StandardCharsets.UTF_8), features.resources(), new BioCodec());
    long started = System.nanoTime();
    try {
      TokenNameFinderModel model =
          NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
      System.out.printf("Trained on %d sentences in %d s%n", samples.size(), (System.nanoTime() - started) / 1_000_000_000);
      return model;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A uniform sample of the distant sentences of every {@code every}-th unlabelled article (reservoir sampling: memory stays bounded). */
  private static List<NameSample> distant(ActorNameSamples builder, DocumentExtractor extractor, Path multiSource,
      Path ant, Set<String> held, int every, int maxDistant) throws IOException {
    List<NameSample> distant = new ArrayList<>();
    Random random = new Random(SEED);
    long[] seen = {0, 0};
    TextSink sink = t -> {
      if (++seen[0] % 1000 == 0) {
        System.out.printf("%d articles, %d distant sentences%n", seen[0], seen[1]);
      }
      for (NameSample s : builder.distant(t)) {
        long n = ++seen[1];
        if (distant.size() < maxDistant) {
          distant.add(s);
        } else {
          long j = (long) (random.nextDouble() * n);
          if (j < maxDistant) {
            distant.set((int) j, s);
          }
        }
      }
    };
    feed(multiSource, held, every, extractor, sink);
    feed(ant, held, every, extractor, sink);
    System.out.printf("%d of %d distant sentences from %d articles%n", distant.size(), seen[1], seen[0]);
    return distant;
  }

  /** Distant sentences one a line in OpenNLP's name-sample format (normalised words and marks, no running text). */
  private static void writeSamples(Path file, List<NameSample> samples) throws IOException {
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (NameSample s : samples) {
        w.write(new NameSample(s.getSentence(), s.getNames(), false).toString());
        w.write('\n');
      }
    }
  }

  private static List<NameSample> readSamples(Path file) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        NameSample s = NameSample.parse(line, false);
        samples.add(new NameSample(s.getSentence(), s.getNames(), true));
      }
    }
    return samples;
  }

  interface TextSink {
    void accept(TaggableText text);
  }

  /** Every {@code every}-th article of a corpus folder or tarball, except the held-out (labelled) ones. */
  static void feed(Path corpus, Set<String> held, int every, DocumentExtractor extractor, TextSink sink)
      throws IOException {
    long[] offered = {0};
    if (TarGzReader.isTarGz(corpus)) {
      new TarGzReader(corpus, 200_000_000).feed(Set.of(), 500, chunk -> chunk.forEach(source -> {
        if (offered[0]++ % every == 0 && !held.contains(docno(source.fileName()))) {
          texts(extractor.extract(source)).forEach(sink::accept);
        }
      }));
      return;
    }
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).toList()) {
        if (offered[0]++ % every == 0 && !held.contains(docno(f.getFileName().toString()))) {
          texts(extractor.extract(IngestSource.ofBytes(f.getFileName().toString(), Files.readAllBytes(f)))).forEach(sink::accept);
        }
      }
    }
  }

  private static String docno(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
  }

  private static List<TaggableText> texts(ExtractResult result) {
    List<TaggableText> texts = new ArrayList<>();
    if (!result.failed()) {
      for (ExtractedDocument d : result.documents()) {
        texts.add(TaggableText.of(d.title(), d.abstractText(), d.body(), d.published(), d.source(), d.url()));
      }
    }
    return texts;
  }

  private static TaggableText text(DocumentExtractor extractor, String docno, byte[] bytes) {
    List<TaggableText> texts = texts(extractor.extract(IngestSource.ofBytes(docno + ".txt", bytes)));
    if (texts.isEmpty()) {
      throw new IllegalStateException("Cannot extract " + docno);
    }
    return texts.get(0);
  }

  private ActorNameModelTraining() {}
}
