package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.marsad.MarsadApplication;
import org.marsad.index.DocumentIndex;
import org.marsad.pipeline.IngestJobStatus;
import org.marsad.ingest.TarGzReader;
import org.marsad.pipeline.ConsoleProgress;
import org.marsad.pipeline.IngestJobs;
import org.marsad.solr.SolrConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingests a corpus through the full pipeline (extract → enrich → index into the embedded Solr, with
 * duplicate and near-duplicate detection) and prints files/s, documents/s, failures, peak heap,
 * elapsed time, the process's CPU time per file (the app, Tika, the in-process Solr node and GC: the
 * figure to compare on a busy machine, where wall time mostly measures the wait for a core) and the
 * articles left without a published date (per source).
 *
 * <p>Argument: a folder (read recursively), a {@code .tar.gz}, or a folder holding one {@code .tar.gz}
 * (as ANT v1.1 comes): {@code -Dexec.args="../shared/data/ant-v1.1"}. A fresh temporary data
 * directory is used and deleted on exit.
 */
public final class IngestBenchmark {

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: IngestBenchmark <folder or .tar.gz>");
    }
    Path input = corpus(Path.of(args[0]));
    Path dataDir = Files.createTempDirectory("marsad-ingest-bench");
    System.setProperty("solr.log.dir", dataDir.resolve("logs").toString());
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MarsadApplication.class)
        // Command-line arguments, not default properties: application.yml would override those.
        .run("--server.port=0", "--marsad.solr.embedded.port=0", "--marsad.data-dir=" + dataDir,
            "--marsad.sample-corpus=false", "--logging.level.root=WARN", "--logging.level.org.marsad=WARN")) {
      IngestJobs jobs = app.getBean(IngestJobs.class);
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpu = processCpu();
      long start = System.nanoTime();
      IngestJobStatus result = jobs.runNow(input, s -> System.out.print("\r" + line(s)));
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpu() - cpu) / 1e9;
      app.getBean(DocumentIndex.class).commit();
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long max = Runtime.getRuntime().maxMemory();
      SolrConnection solr = app.getBean(SolrConnection.class);
      long inIndex = solr.client().query(solr.collection(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
      long groups = solr.client().query(solr.collection(), new SolrQuery("*:*").setRows(0)
          .addFilterQuery("{!collapse field=dup_group}")).getResults().getNumFound();
      SolrQuery undatedQuery = new SolrQuery("*:*").setRows(0).addFilterQuery("-published:[* TO *]")
          .setFacet(true).addFacetField("source").setFacetMinCount(1);
      var undated = solr.client().query(solr.collection(), undatedQuery);
      System.out.println();
      System.out.printf(Locale.ROOT, "| input | %s |%n| state | %s |%n", input.getFileName(), result.state());
      System.out.printf(Locale.ROOT, "| files | %d |%n| indexed | %d |%n| duplicates | %d |%n| failures | %d |%n",
          result.done(), result.indexed(), result.duplicates(), result.failed());
      System.out.printf(Locale.ROOT, "| elapsed | %.1f s |%n| files/s | %.1f |%n| documents/s (indexed) | %.1f |%n",
          seconds, result.done() / seconds, result.indexed() / seconds);
      System.out.printf(Locale.ROOT, "| process CPU | %.1f s (%.2f ms/file; %.2f cores busy) |%n",
          cpuSeconds, 1000 * cpuSeconds / result.done(), cpuSeconds / seconds);
      System.out.printf(Locale.ROOT, "| peak heap | %d MB (max %d MB) |%n", peak >> 20, max >> 20);
      System.out.printf(Locale.ROOT, "| in index | %d |%n| collapsed on dup_group | %d |%n", inIndex, groups);
      System.out.printf(Locale.ROOT, "| without a published date | %d (%.1f%%) |%n",
          undated.getResults().getNumFound(), 100.0 * undated.getResults().getNumFound() / Math.max(1, inIndex));
      undated.getFacetField("source").getValues().forEach(c ->
          System.out.printf(Locale.ROOT, "| without a date, source %s | %d |%n", c.getName(), c.getCount()));
      System.out.printf(Locale.ROOT, "| parse threads | %d |%n", Runtime.getRuntime().availableProcessors());
    } finally {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(0);
  }

  /** CPU time of the whole process (app, Tika, the in-process Solr node, GC), nanoseconds. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Path corpus(Path path) throws Exception {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        List<Path> archives = files.filter(TarGzReader::isTarGz).toList();
        if (archives.size() == 1) {
          return archives.get(0);
        }
      }
    }
    return path;
  }

  private static String line(IngestJobStatus s) {
    return String.format(Locale.ROOT, "%d/%d  %.1f files/s  failures %d  ETA %s   ", s.done(), s.total(),
        s.docsPerSecond(), s.failed(), s.etaSeconds() == null ? "?" : ConsoleProgress.humanDuration(s.etaSeconds()));
  }
}
