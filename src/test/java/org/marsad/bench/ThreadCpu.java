package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CPU time of this process's threads, read from Linux's {@code /proc/self/task/<tid>/stat}
 * (user + system ticks; the thread's name as the OS knows it, at most 15 characters), grouped by
 * what the threads do: Marsad's ingest threads, Solr's request threads (analysis and indexing),
 * Lucene's merges, commits, the JIT compilers, the garbage collector. Unlike {@code ThreadMXBean}
 * it sees the JVM's own threads (GC, JIT). Threads come and go (a Lucene merge thread ends with its
 * merge), so {@link #start()} reads every thread every {@value #READ_EVERY_MS} ms on a thread of its own and keeps
 * the last figure of each: what a thread spent after the last read before it ended is missed, and
 * {@link #report} shows it as the difference to the process's own CPU time.
 *
 * <p>Not thread safe apart from the reading thread it starts; one instance per measurement.
 */
final class ThreadCpu implements AutoCloseable {

  /** A group of threads, by name. Order matters: the first that matches. */
  private record Group(String name, Pattern threads) {}

  private static final List<Group> GROUPS = List.of(
      new Group("Marsad parsing threads (extract, tag, identity, SimHash)", Pattern.compile("ingest-parse-.*")),
      new Group("Marsad job thread (tar, spooling, batching, job state)", Pattern.compile("ingest-job|main|java")),
      new Group("Marsad store thread (duplicate check, groups, mapping, SolrJ)", Pattern.compile("ingest-store")),
      new Group("Solr request threads (update: analysis, indexing; /get)", Pattern.compile("(solr-jetty|qtp).*")),
      new Group("SolrJ HTTP/2 client threads", Pattern.compile("(h2sc|HttpClient|Http2).*")),
      new Group("Lucene merges", Pattern.compile("Lucene Merge.*")),
      new Group("commits (autoCommit, commitWithin: flush, new searcher)", Pattern.compile("commitSchedul.*")),
      new Group("searcher warming", Pattern.compile("searcherExec.*")),
      new Group("index facet counts, suggestions", Pattern.compile("marsad-index-f.*")),
      new Group("JIT compilers", Pattern.compile("C[12] CompilerTh.*")),
      new Group("garbage collector", Pattern.compile("(GC Thread|G1 |VM Thread|GC ).*")),
      new Group("benchmark's own reader", Pattern.compile("thread-cpu-read")));
  private static final String OTHER = "other threads";
  private static final long READ_EVERY_MS = 250;
  private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

  /** Last figure per thread id: name and CPU nanoseconds. */
  private final Map<Integer, Object[]> last = new HashMap<>();
  private final Map<Integer, Long> atStart = new HashMap<>();
  private Thread reader;
  private volatile boolean stop;

  /** Takes the threads' figures now as the baseline, and keeps reading them until {@link #close}. */
  ThreadCpu start() {
    readAll().forEach((tid, v) -> atStart.put(tid, (Long) v[1]));
    reader = new Thread(() -> {
      while (!stop) {
        synchronized (last) {
          last.putAll(readAll());
        }
        try {
          Thread.sleep(READ_EVERY_MS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "thread-cpu-read");
    reader.setDaemon(true);
    reader.start();
    return this;
  }

  /** CPU seconds per group since {@link #start()}, in {@link #GROUPS} order, then the others. */
  Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    GROUPS.forEach(g -> out.put(g.name(), 0.0));
    out.put(OTHER, 0.0);
    Map<Integer, Object[]> now;
    synchronized (last) {
      last.putAll(readAll());
      now = new HashMap<>(last);
    }
    now.forEach((tid, v) -> {
      String name = (String) v[0];
      long nanos = (Long) v[1] - atStart.getOrDefault(tid, 0L);
      String group = GROUPS.stream().filter(g -> g.threads().matcher(name).matches())
          .map(Group::name).findFirst().orElse(OTHER);
      out.merge(group, nanos / 1e9, Double::sum);
    });
    return out;
  }

  /**
   * The table of {@link #seconds()} per document, against the process's CPU seconds over the same
   * time; the rest is what threads spent after their last read.
   */
  List<String> report(double processSeconds, long documents) {
    List<String> lines = new ArrayList<>();
    lines.add("| threads | CPU s | CPU ms/doc | share |");
    lines.add("| --- | ---: | ---: | ---: |");
    double[] sum = {0};
    seconds().forEach((group, s) -> {
      sum[0] += s;
      lines.add(row(group, s, processSeconds, documents));
    });
    lines.add(row("not seen (threads that ended between reads)", processSeconds - sum[0], processSeconds, documents));
    lines.add(row("whole process", processSeconds, processSeconds, documents));
    return lines;
  }

  private static String row(String name, double seconds, double total, long documents) {
    return String.format(java.util.Locale.ROOT, "| %s | %.1f | %.2f | %.0f%% |", name, seconds,
        1000 * seconds / Math.max(1, documents), 100 * seconds / total);
  }

  @Override
  public void close() throws InterruptedException {
    stop = true;
    if (reader != null) {
      reader.interrupt();
      reader.join();
    }
  }

  private static Map<Integer, Object[]> readAll() {
    Map<Integer, Object[]> out = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(task -> {
        try {
          String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
          // pid (comm) state ... : the name may hold spaces and parentheses, so split at the last ')'.
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          String[] rest = stat.substring(close + 2).split(" ");
          long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]); // utime, stime
          out.put(Integer.parseInt(task.getFileName().toString()),
              new Object[] {stat.substring(open + 1, close), ticks * NANOS_PER_TICK});
        } catch (IOException | RuntimeException e) {
          // the thread ended while being read
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read /proc/self/task (Linux only)", e);
    }
    return out;
  }
}
