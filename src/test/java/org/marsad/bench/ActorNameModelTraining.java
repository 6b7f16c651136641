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
import org.marsad.enrich.TaggableText;
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
 *       knowledge base and the open-world rules tag an actor. Articles of the <b>validation</b> split
 *       are left out, so validation stays unseen.
 * </ul>
 * Features: the word and its neighbours (two each side), the first and last letters of each word
 * (Arabic marks names and clitics there), the previous outcome and the name's bigrams; words seen
 * fewer than {@value #CUTOFF} times are dropped, which keeps the model small. The model holds these
 * features and weights, never text.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.ActorNameModelTraining
 * -Dexec.args="src/test/resources/eval/news-2018-labels.jsonl <multi-source folder or .tar.gz>
 * ../shared/data/ant-v1.1/antcorpus-v1.1.tar.gz [out.bin]"} — the default output is
 * {@code src/main/resources/org/marsad/enrich/actor-names-ar.bin}. {@code -Dsentences=N} caps the
 * distant sentences (default {@value #MAX_DISTANT}); {@code -Diterations=N} the training iterations;
 * {@code -Devery=N} reads every N-th unlabelled article only (a quicker, smaller sample).
 */
public final class ActorNameModelTraining {

  static final int GOLD_WEIGHT = 3;
  static final int CUTOFF = 3;
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
        <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
          <bool name="begin">true</bool>
          <bool name="end">false</bool>
        </generator>
      </featureGenerators>
      """;

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: ActorNameModelTraining <labels.jsonl> <multi-source corpus> <ANT v1.1 .tar.gz> [out.bin]");
      System.exit(2);
    }
    Path labelsFile = Path.of(args[0]);
    Path out = Path.of(args.length > 3 ? args[3] : "src/main/resources" + ActorNameModel.RESOURCE);
    int maxDistant = Integer.getInteger("sentences", MAX_DISTANT);
    int iterations = Integer.getInteger("iterations", 100);
    int every = Integer.getInteger("every", 1);

    List<GoldLabels> labels;
    try (InputStream in = Files.newInputStream(labelsFile)) {
      labels = GoldLabels.read(in);
    }
    // Labelled articles (both splits, and the sample corpus's) are never distant supervision.
    Set<String> held = new HashSet<>();
    labels.forEach(l -> held.add(l.docno()));
    try (InputStream in = ActorNameModelTraining.class.getResourceAsStream("/eval/sample-labels.jsonl")) {
      if (in != null) {
        GoldLabels.read(in).forEach(l -> held.add(l.docno()));
      }
    }
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    ActorNameSamples builder = new ActorNameSamples(kb);
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());

    long started = System.nanoTime();
    List<NameSample> gold = new ArrayList<>();
    Map<String, byte[]> labelled = CorpusFiles.read(Path.of(args[1]), held);
    for (GoldLabels l : labels) {
      if (l.split() == Split.TRAIN && labelled.containsKey(l.docno())) {
        gold.addAll(builder.gold(text(extractor, l.docno(), labelled.get(l.docno())), l));
      }
    }
    // A uniform sample of the distant sentences (reservoir sampling), so memory stays bounded.
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
    feed(Path.of(args[1]), held, every, extractor, sink);
    feed(Path.of(args[2]), held, every, extractor, sink);
    System.out.printf("%d gold sentences (train split); %d of %d distant sentences from %d articles; %d s%n",
        gold.size(), distant.size(), seen[1], seen[0], (System.nanoTime() - started) / 1_000_000_000);
    List<NameSample> samples = new ArrayList<>(distant);
    for (int i = 0; i < GOLD_WEIGHT; i++) {
      samples.addAll(gold);
    }
    java.util.Collections.shuffle(samples, new Random(SEED));

    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 2);
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(FEATURES.getBytes(StandardCharsets.UTF_8), Map.of(), new BioCodec());
    started = System.nanoTime();
    TokenNameFinderModel model =
        NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    System.out.printf("Trained on %d sentences in %d s%n", samples.size(), (System.nanoTime() - started) / 1_000_000_000);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
    System.out.printf("Wrote %s (%d KB)%n", out, Files.size(out) / 1024);
  }

  private interface TextSink {
    void accept(TaggableText text);
  }

  /** Every {@code every}-th article of a corpus folder or tarball, except the held-out (labelled) ones. */
  private static void feed(Path corpus, Set<String> held, int every, DocumentExtractor extractor, TextSink sink)
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
        texts.add(TaggableText.of(d.title(), d.abstractText(), d.body(), d.published()));
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
