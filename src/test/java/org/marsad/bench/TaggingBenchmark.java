package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.OpenWorldSettings;
import org.marsad.enrich.TaggableText;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TarGzReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Tagging time alone (knowledge base, open-world actors, topics), without extraction or Solr: the
 * corpus is extracted first, then tagged once by each variant to warm up and {@code rounds} times
 * measured, the variants taking turns, on one thread. Prints the average per document for each open-world variant, in CPU time of the tagging
 * thread (what the target is judged by on a shared machine) and wall time.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.TaggingBenchmark
 * -Dexec.args="../shared/data/ant-v1.1/antcorpus-v1.1.tar.gz [rounds]"}; {@code -Dvariants=a,b} names the
 * variants ({@link OpenWorldSettings#named}), and {@code NAME@FILE} reads the name model from a file,
 * so that two models are timed in turns in one run ({@code -Dvariants=default,default@other.bin}).
 */
public final class TaggingBenchmark {

  /** Tagging runs on this one thread: its CPU time is the figure a shared machine does not distort. */
  private static final java.lang.management.ThreadMXBean THREAD = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    List<TaggableText> extracted = new ArrayList<>();
    if (TarGzReader.isTarGz(corpus)) {
      new TarGzReader(corpus, 100_000_000).feed(Set.of(), 500, chunk -> chunk.forEach(s -> add(extracted, extractor.extract(s))));
    } else {
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          add(extracted, extractor.extract(org.marsad.ingest.IngestSource.ofBytes(f.getFileName().toString(), Files.readAllBytes(f))));
        }
      }
    }
    // -Dlimit=N tags only the first N documents: a quicker comparison of two builds
    List<TaggableText> texts = extracted.subList(0, Math.min(extracted.size(), Integer.getInteger("limit", Integer.MAX_VALUE)));
    long chars = texts.stream().mapToLong(t -> t.body() == null ? 0 : t.body().length()).sum();
    System.out.printf("%d documents, %.0f body characters on average%n", texts.size(), (double) chars / texts.size());
    // Every variant is built and warmed first, then the rounds alternate between them: a machine
    // that slows down for a while slows every variant alike, and the median round is quoted.
    List<String> variants = List.of(System.getProperty("variants", "kb-only,rules+lexicons+people,rules+lexicons+people+model").split(","));
    List<KnowledgeBaseTagger> taggers = new ArrayList<>();
    for (String variant : variants) {
      // A variant NAME@FILE reads the name model from FILE: two models compared in one run.
      String[] parts = variant.split("@", 2);
      OpenWorldSettings settings = OpenWorldSettings.named(parts[0]);
      KnowledgeBaseTagger tagger =
          new KnowledgeBaseTagger(new KnowledgeBaseLoader(null, settings.people()).load(), NameDiscovery.NONE, settings,
              !settings.model() ? org.marsad.enrich.ActorNameModel.NONE : parts.length > 1 ? model(parts[1]) : model());
      texts.forEach(tagger::enrich);
      taggers.add(tagger);
    }
    double[][] cpu = new double[variants.size()][rounds];
    double[][] wall = new double[variants.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < variants.size(); v++) {
        long started = System.nanoTime();
        long cpuStarted = THREAD.getCurrentThreadCpuTime();
        texts.forEach(taggers.get(v)::enrich);
        wall[v][r] = (System.nanoTime() - started) / 1e6 / texts.size();
        cpu[v][r] = (THREAD.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / texts.size();
      }
    }
    for (int v = 0; v < variants.size(); v++) {
      System.out.printf("%s: %.3f ms CPU, %.3f ms wall per document (median of %d rounds; CPU per round %s)%n",
          variants.get(v), median(cpu[v]), median(wall[v]), rounds,
          java.util.Arrays.stream(cpu[v]).mapToObj(c -> String.format("%.2f", c)).toList());
      printSlowest(taggers.get(v), texts, Integer.getInteger("slowest", 0));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  /** -Dslowest=N: the N documents that took longest to tag once more, with their CPU time and length. */
  private static void printSlowest(KnowledgeBaseTagger tagger, List<TaggableText> texts, int count) {
    if (count <= 0) {
      return;
    }
    record Timed(int index, long nanos) {}
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      long cpuStarted = THREAD.getCurrentThreadCpuTime();
      tagger.enrich(texts.get(i));
      timed.add(new Timed(i, THREAD.getCurrentThreadCpuTime() - cpuStarted));
    }
    timed.sort(java.util.Comparator.comparingLong(Timed::nanos).reversed());
    for (Timed t : timed.subList(0, Math.min(count, timed.size()))) {
      TaggableText text = texts.get(t.index());
      System.out.printf("  %8.2f ms  document %d, %d body characters: %s%n", t.nanos() / 1e6, t.index(),
          text.body() == null ? 0 : text.body().length(), text.title());
    }
  }

  private static org.marsad.enrich.ActorNameModel model(String file) throws java.io.IOException {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
      return org.marsad.enrich.ActorNameModel.read(in);
    }
  }

  /** The packaged name model, with the search beam {@code -Dbeam=N} when given. */
  private static org.marsad.enrich.ActorNameModel model() throws java.io.IOException {
    Integer beam = Integer.getInteger("beam");
    if (beam == null) {
      return org.marsad.enrich.ActorNameModel.packaged();
    }
    try (java.io.InputStream in = TaggingBenchmark.class.getResourceAsStream(org.marsad.enrich.ActorNameModel.RESOURCE)) {
      return org.marsad.enrich.ActorNameModel.read(in, beam);
    }
  }

  private static void add(List<TaggableText> texts, ExtractResult result) {
    for (ExtractedDocument d : result.documents()) {
      texts.add(new TaggableText(d.title(), d.abstractText(), d.body(),
          d.published() == null ? null : d.published().atZone(ZoneOffset.UTC).toLocalDate()));
    }
  }
}
