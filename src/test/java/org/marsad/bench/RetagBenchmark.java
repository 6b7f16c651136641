package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.MarsadApplication;
import org.marsad.enrich.Enrichment;
import org.marsad.index.DocumentIndex;
import org.marsad.index.NewsDocument;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TarGzReader;
import org.marsad.ingest.TikaExtractor;
import org.marsad.pipeline.KnowledgeBaseReloads;
import org.marsad.pipeline.KnowledgeBaseReloads.ReloadJob;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time to re-tag the stored documents after a knowledge-base reload, as an admin's reload does it
 * ({@link KnowledgeBaseReloads}: read every stored text by cursor, tag, write the facet fields
 * back). The application runs with its embedded Solr in a fresh temporary data directory; the
 * first {@code N} articles of a corpus (default 10,000) are stored untagged straight through the
 * index (not timed), then a reload is started and awaited — every document then gets new tags
 * and is written (the worst case) — and a second one with the same knowledge base (every document
 * read and tagged, none written). Prints documents, seconds and docs/s, and the reload job's own
 * figure, and the CPU seconds the process (application and embedded Solr) spent: on a shared
 * machine the wall time mostly measures the other work on the cores, the CPU time does not.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.RetagBenchmark
 * -Dexec.args="../shared/data/ant-v1.1/antcorpus-v1.1.tar.gz [N]"}
 */
public final class RetagBenchmark {

  private static final int BATCH = 500;

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("Usage: RetagBenchmark <corpus .tar.gz> [documents]");
    }
    int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    List<ExtractedDocument> texts = read(Path.of(args[0]), wanted);
    Path dataDir = Files.createTempDirectory("marsad-retag-bench");
    System.setProperty("solr.log.dir", dataDir.resolve("logs").toString());
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MarsadApplication.class)
        .run("--server.port=0", "--marsad.solr.embedded.port=0", "--marsad.data-dir=" + dataDir,
            "--marsad.sample-corpus=false", "--logging.level.root=WARN", "--logging.level.org.marsad=INFO")) {
      DocumentIndex index = app.getBean(DocumentIndex.class);
      List<NewsDocument> batch = new ArrayList<>(BATCH);
      Instant now = Instant.now();
      for (int i = 0; i < texts.size(); i++) {
        String id = String.format(Locale.ROOT, "retag-%06d", i);
        batch.add(new NewsDocument(id, id, null, texts.get(i), Enrichment.NONE, now));
        if (batch.size() == BATCH || i == texts.size() - 1) {
          index.add(batch);
          batch.clear();
        }
      }
      index.commit();
      System.out.printf(Locale.ROOT, "Load average %.1f on %d cores%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "Stored %d documents (%.0f body characters on average)%n", index.count(),
          texts.stream().mapToInt(t -> t.body() == null ? 0 : t.body().length()).average().orElse(0));
      KnowledgeBaseReloads reloads = app.getBean(KnowledgeBaseReloads.class);
      System.out.println("| reload | documents | seconds | job's own ms | documents/s | CPU s (app + Solr) | load after |");
      System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
      reload(reloads, "stored untagged: every document gets new tags and is written (worst case)");
      reload(reloads, "again, same knowledge base: every document read and tagged, none written");
    } finally {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(0);
  }

  private static void reload(KnowledgeBaseReloads reloads, String what) throws Exception {
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    ReloadJob job = reloads.start();
    while (job.state() == KnowledgeBaseReloads.State.RUNNING) {
      Thread.sleep(50);
      job = reloads.job(job.id()).orElseThrow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (processCpuNanos() - cpuStarted) / 1e9;
    if (job.state() != KnowledgeBaseReloads.State.DONE) {
      throw new IllegalStateException("Reload " + job.state() + ": " + job.error());
    }
    System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %d | %.0f | %.1f | %.2f |%n", what, job.retagged(), seconds,
        job.millis(), job.retagged() / seconds, cpu, loadAverage());
  }

  /** CPU time of this process, all threads (the embedded Solr's too). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static List<ExtractedDocument> read(Path corpus, int wanted) throws Exception {
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    List<ExtractedDocument> texts = new ArrayList<>();
    new TarGzReader(corpus, 100_000_000).feed(Set.of(), 500, chunk -> chunk.forEach(s -> {
      if (texts.size() < wanted) {
        texts.addAll(extractor.extract(s).documents());
      }
    }));
    return texts.size() > wanted ? texts.subList(0, wanted) : texts;
  }

  private RetagBenchmark() {}
}
