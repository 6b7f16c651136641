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
 * corpus is extracted first, then tagged once to warm up and {@code rounds} times measured, on one
 * thread. Prints the average per document for each open-world variant, in CPU time of the tagging
 * thread (what the target is judged by on a shared machine) and wall time.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.TaggingBenchmark
 * -Dexec.args="../shared/data/ant-v1.1/antcorpus-v1.1.tar.gz [rounds]"}
 */
public final class TaggingBenchmark {

  /** Tagging runs on this one thread: its CPU time is the figure a shared machine does not distort. */
  private static final java.lang.management.ThreadMXBean THREAD = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    List<TaggableText> texts = new ArrayList<>();
    if (TarGzReader.isTarGz(corpus)) {
      new TarGzReader(corpus, 100_000_000).feed(Set.of(), 500, chunk -> chunk.forEach(s -> add(texts, extractor.extract(s))));
    } else {
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          add(texts, extractor.extract(org.marsad.ingest.IngestSource.ofBytes(f.getFileName().toString(), Files.readAllBytes(f))));
        }
      }
    }
    long chars = texts.stream().mapToLong(t -> t.body() == null ? 0 : t.body().length()).sum();
    System.out.printf("%d documents, %.0f body characters on average%n", texts.size(), (double) chars / texts.size());
    for (String variant : System.getProperty("variants", "kb-only,rules+lexicons+people,rules+lexicons+people+model").split(",")) {
      OpenWorldSettings settings = OpenWorldSettings.named(variant);
      KnowledgeBaseTagger tagger =
          new KnowledgeBaseTagger(new KnowledgeBaseLoader(null, settings.people()).load(), NameDiscovery.NONE, settings,
              settings.model() ? model() : org.marsad.enrich.ActorNameModel.NONE);
      texts.forEach(tagger::enrich);
      long started = System.nanoTime();
      long cpuStarted = THREAD.getCurrentThreadCpuTime();
      for (int r = 0; r < rounds; r++) {
        texts.forEach(tagger::enrich);
      }
      double ms = (System.nanoTime() - started) / 1e6 / rounds / texts.size();
      double cpuMs = (THREAD.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / rounds / texts.size();
      System.out.printf("%s: %.3f ms CPU, %.3f ms wall per document (%d rounds)%n", variant, cpuMs, ms, rounds);
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
