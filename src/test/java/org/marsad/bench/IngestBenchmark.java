package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.marsad.MarsadApplication;
import org.marsad.index.DocumentIndex;
import org.marsad.ingest.BatchInput;
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
 * <p>Arguments: one or more folders (read recursively), {@code .tar.gz} archives, or folders holding
 * one {@code .tar.gz} (as ANT v1.1 comes), ingested by one job each, in order:
 * {@code -Dexec.args="../shared/data/ant-v1.1"}. A fresh temporary data directory is used and deleted
 * on exit. After the figures, the process's CPU by threads ({@link ThreadCpu}): Marsad's parsing and
 * storing, Solr's request threads, merges, commits, the JIT compilers, the garbage collector; for the
 * whole run and for its second half.
 */
public final class IngestBenchmark {

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("Usage: IngestBenchmark <folder or .tar.gz>...");
    }
    List<Path> inputs = new ArrayList<>();
    for (String arg : args) {
      inputs.add(corpus(Path.of(arg)));
    }
    Path dataDir = Files.createTempDirectory("marsad-ingest-bench");
    System.setProperty("solr.log.dir", dataDir.resolve("logs").toString());
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MarsadApplication.class)
        // Command-line arguments, not default properties: application.yml would override those.
        .run("--server.port=0", "--marsad.solr.embedded.port=0", "--marsad.data-dir=" + dataDir,
            "--marsad.sample-corpus=false", "--logging.level.root=WARN", "--logging.level.org.marsad=WARN")) {
      IngestJobs jobs = app.getBean(IngestJobs.class);
      long allFiles = 0;
      for (Path input : inputs) {
        allFiles += BatchInput.of(input, Long.MAX_VALUE).names().size();
      }
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpu = processCpu();
      long start = System.nanoTime();
      ThreadCpu threads = new ThreadCpu().start();
      // The second half of the files, apart: less of the JIT compilers' warm-up, a larger index to merge.
      Map<String, Double> atHalf = new LinkedHashMap<>();
      long[] half = new long[3]; // process CPU, files done, documents indexed at the half
      long[] before = new long[2]; // files done and documents indexed by the jobs before this one
      long done = 0;
      long indexed = 0;
      long duplicates = 0;
      long failed = 0;
      List<IngestJobStatus.State> states = new ArrayList<>();
      for (Path input : inputs) {
        long halfWay = allFiles / 2;
        IngestJobStatus result = jobs.runNow(input, s -> {
          System.out.print("\r" + input.getFileName() + " " + line(s));
          if (atHalf.isEmpty() && before[0] + s.done() >= halfWay) {
            atHalf.putAll(threads.seconds());
            half[0] = processCpu();
            half[1] = before[0] + s.done();
            half[2] = before[1] + s.indexed();
          }
        });
        System.out.println();
        states.add(result.state());
        done += result.done();
        indexed += result.indexed();
        duplicates += result.duplicates();
        failed += result.failed();
        before[0] = done;
        before[1] = indexed;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long cpuEnd = processCpu();
      double cpuSeconds = (cpuEnd - cpu) / 1e9;
      Map<String, Double> byThreads = threads.seconds();
      List<String> threadTable = threads.report(cpuSeconds, indexed);
      threads.close();
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
      System.out.printf(Locale.ROOT, "| input | %s |%n| state | %s |%n",
          inputs.stream().map(p -> p.getFileName().toString()).toList(), states);
      System.out.printf(Locale.ROOT, "| files | %d |%n| indexed | %d |%n| duplicates | %d |%n| failures | %d |%n",
          done, indexed, duplicates, failed);
      System.out.printf(Locale.ROOT, "| elapsed | %.1f s |%n| files/s | %.1f |%n| documents/s (indexed) | %.1f |%n",
          seconds, done / seconds, indexed / seconds);
      System.out.printf(Locale.ROOT, "| process CPU | %.1f s (%.2f ms/file, %.2f ms/document; %.2f cores busy) |%n",
          cpuSeconds, 1000 * cpuSeconds / done, 1000 * cpuSeconds / Math.max(1, indexed), cpuSeconds / seconds);
      System.out.printf(Locale.ROOT, "| peak heap | %d MB (max %d MB) |%n", peak >> 20, max >> 20);
      System.out.printf(Locale.ROOT, "| in index | %d |%n| collapsed on dup_group | %d |%n", inIndex, groups);
      System.out.printf(Locale.ROOT, "| without a published date | %d (%.1f%%) |%n",
          undated.getResults().getNumFound(), 100.0 * undated.getResults().getNumFound() / Math.max(1, inIndex));
      undated.getFacetField("source").getValues().forEach(c ->
          System.out.printf(Locale.ROOT, "| without a date, source %s | %d |%n", c.getName(), c.getCount()));
      System.out.printf(Locale.ROOT, "| parse threads | %d |%n", Runtime.getRuntime().availableProcessors());
      System.out.println();
      System.out.println("Process CPU by threads, whole job (per indexed document):");
      System.out.println();
      threadTable.forEach(System.out::println);
      if (!atHalf.isEmpty()) {
        long docs = indexed - half[2];
        double secondHalf = (cpuEnd - half[0]) / 1e9;
        System.out.println();
        System.out.printf(Locale.ROOT, "Second half of the job (%d files, %d documents; process CPU %.1f s, %.2f ms/doc):%n%n",
            done - half[1], docs, secondHalf, 1000 * secondHalf / Math.max(1, docs));
        System.out.println("| threads | CPU s | CPU ms/doc |");
        System.out.println("| --- | ---: | ---: |");
        byThreads.forEach((group, s) -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f |%n", group,
            s - atHalf.getOrDefault(group, 0.0), 1000 * (s - atHalf.getOrDefault(group, 0.0)) / Math.max(1, docs)));
      }
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
