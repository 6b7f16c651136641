package org.marsad.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.FacetParams;
import org.apache.solr.common.params.StatsParams;
import org.marsad.index.DocumentField;
import org.marsad.solr.SolrConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facet counts of the whole index — every value of actor, country, topic and source with its
 * number of documents — counted off the request path. Solr keeps no facet counts between requests,
 * and counting four multi-valued fields over every document grows with the index (about 250 ms at
 * a million documents): the browse page (no text, no filter) and the search box's suggestions ask
 * for exactly these counts, so they are counted once per index version, on a background thread,
 * and read by requests.
 *
 * <p>The index version is a {@link Signature}: the number of visible documents and the newest
 * {@code _version_} among them. Every add, update or delete that a new searcher makes visible
 * changes one of the two, so counts of the same signature are Solr's own counts. The signature
 * query ({@code *:*}, one row, newest version first) is answered from Solr's query-result cache
 * while the searcher stays the same, and re-run by Solr's cache warming when a new one opens.
 *
 * <p>Lifecycle: {@link #start()} checks the signature every {@code refresh} and recounts when it
 * changed; {@link #close()} stops the thread. Thread safe: the snapshot is immutable and replaced
 * whole.
 */
public final class IndexFacetCounts implements AutoCloseable {

  /** Identifies what a searcher holds: visible documents and the newest {@code _version_}. */
  public record Signature(long documents, long newestVersion) {}

  /**
   * The first and the last publication instant in the index: the date histogram counts only the
   * periods between them ({@link SearchQueryBuilder#page}), not decades of empty months.
   */
  public record PublishedSpan(Instant earliest, Instant latest) {}

  /** One value of a facet and how many documents of the whole index have it. */
  public record ValueCount(String value, long count) {}

  /**
   * The counts of one index version, per facet, in Solr's order (most documents first, then by
   * value), every value with at least one document; and by value, for lookups (a suggestion ranks
   * hundreds of candidates per keystroke among tens of thousands of actors). Immutable.
   */
  public static final class Snapshot {

    private final Signature signature;
    private final Map<Facet, List<ValueCount>> counts;
    private final Map<Facet, Map<String, Long>> byValue;
    private final PublishedSpan published;

    Snapshot(Signature signature, Map<Facet, List<ValueCount>> counts, PublishedSpan published) {
      this.signature = signature;
      this.published = published;
      this.counts = Map.copyOf(counts);
      Map<Facet, Map<String, Long>> lookup = new EnumMap<>(Facet.class);
      this.counts.forEach((facet, values) -> {
        Map<String, Long> map = new HashMap<>(values.size() * 2);
        values.forEach(v -> map.put(v.value(), v.count()));
        lookup.put(facet, map);
      });
      this.byValue = lookup;
    }

    public Signature signature() {
      return signature;
    }

    /** When the index's documents were published; empty when none has a date. */
    public Optional<PublishedSpan> published() {
      return Optional.ofNullable(published);
    }

    /** The values of one facet, in Solr's order. */
    public List<ValueCount> values(Facet facet) {
      return counts.getOrDefault(facet, List.of());
    }

    /** The number of documents with this value of the facet, 0 if none. */
    public long count(Facet facet, String value) {
      return byValue.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(IndexFacetCounts.class);
  private static final String VERSION = "_version_";
  private static final String PUBLISHED = DocumentField.PUBLISHED.field();
  /** The pause after a counting, in multiples of the time it took. */
  private static final int SPACING = 4;
  /** How many times the pause between checks doubles while nothing changes: at most 16× {@code refresh}. */
  private static final int MAX_IDLE_DOUBLINGS = 4;

  private final SolrConnection solr;
  private final Duration refresh;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
  private final List<Consumer<Optional<Snapshot>>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong countings = new AtomicLong();
  private final AtomicLong checks = new AtomicLong();
  private final Object refreshing = new Object();
  private ScheduledExecutorService scheduler;
  /** Whether the last background check failed (logged once per outage). */
  private volatile boolean failing;
  /** Background checks in a row that found the index unchanged: the pause doubles with each. */
  private int quietChecks;
  private ScheduledFuture<?> next;

  public IndexFacetCounts(SolrConnection solr, Duration refresh) {
    if (refresh.isNegative() || refresh.isZero()) {
      throw new IllegalArgumentException("The refresh of index-wide facet counts must be positive, was " + refresh);
    }
    this.solr = solr;
    this.refresh = refresh;
  }

  /** Starts checking and recounting in the background, the first time at once. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "marsad-index-facet-counts");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.execute(this::check);
  }

  /**
   * One background check, then the next one after {@code refresh}, or later when counting is slow:
   * during a bulk load Solr opens a searcher every second, and counting a large index each time
   * would take a core from the load. Waiting {@value #SPACING}× the last counting's time keeps it
   * to a fifth of one core at most. While the index stays the same the pause doubles, up to 16×
   * {@code refresh}: an idle server does not ask Solr every second (that
   * was a tenth of a core, the app's and Solr's request handling together). A write through the
   * app ({@link #indexWritten()}) brings the checks back to every {@code refresh}; one by another
   * writer is seen at the next check, and a request never uses counts of an older index version
   * ({@link #current()} asks Solr).
   */
  private void check() {
    long started = System.nanoTime();
    long countingsBefore = countings.get();
    refreshQuietly();
    long took = countings.get() == countingsBefore ? 0 : System.nanoTime() - started;
    synchronized (this) {
      quietChecks = took == 0 ? quietChecks + 1 : 0;
      long idle = refresh.toNanos() << Math.min(quietChecks, MAX_IDLE_DOUBLINGS);
      schedule(Math.max(idle, SPACING * took));
      checks.incrementAndGet();
    }
  }

  private synchronized void schedule(long delayNanos) {
    if (scheduler != null) {
      next = scheduler.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * The app wrote to the index (the index calls this after each write): check again within
   * {@code refresh}, and every {@code refresh} until the index is quiet again.
   */
  public synchronized void indexWritten() {
    quietChecks = 0;
    if (next != null && next.getDelay(TimeUnit.NANOSECONDS) > refresh.toNanos() && next.cancel(false)) {
      schedule(refresh.toNanos());
    }
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  /**
   * Calls {@code listener} on the background thread after every check, with the latest counts
   * (empty until the first counting succeeded), whether they changed or not.
   */
  public void afterEachCheck(Consumer<Optional<Snapshot>> listener) {
    listeners.add(listener);
  }

  /** The latest counts, whatever index version they are of; empty before the first counting. */
  public Optional<Snapshot> latest() {
    return Optional.ofNullable(snapshot.get());
  }

  /**
   * The latest counts if they are of the index version searches see now (one cheap, cached
   * query); empty when the index changed since and they are being recounted, or Solr failed.
   */
  public Optional<Snapshot> current() {
    Snapshot latest = snapshot.get();
    if (latest == null) {
      return Optional.empty();
    }
    try {
      return latest.signature().equals(signature()) ? Optional.of(latest) : Optional.empty();
    } catch (SolrServerException | IOException | RuntimeException e) {
      log.debug("Index signature check failed", e);
      return Optional.empty();
    }
  }

  /** How many background checks have run (tests). */
  public long checks() {
    return checks.get();
  }

  /** How many times the whole index has been counted (tests, benchmarks). */
  public long countings() {
    return countings.get();
  }

  /**
   * Checks the index version now and recounts if it changed, then tells the listeners. The
   * background thread calls this; tests and tools may call it to be sure the counts are current.
   */
  public void refreshNow() throws SolrServerException, IOException {
    synchronized (refreshing) {
      Snapshot latest = snapshot.get();
      if (latest == null || !latest.signature().equals(signature())) {
        Snapshot counted = count();
        countings.incrementAndGet();
        snapshot.set(counted);
        log.debug("Counted facets of the whole index at {}", counted.signature());
      }
    }
    Optional<Snapshot> now = latest();
    for (Consumer<Optional<Snapshot>> listener : listeners) {
      listener.accept(now);
    }
  }

  private void refreshQuietly() {
    try {
      refreshNow();
      failing = false;
    } catch (Exception e) {
      // Solr down or starting: keep the old counts (requests check the signature) and try again.
      if (!failing) {
        log.info("Could not count the index's facets, will retry: {}", e.getMessage());
      }
      failing = true;
      log.debug("Counting failed", e);
    }
  }

  /** Asked of the client searches use (in-process on the embedded node): browsing pays no HTTP exchange for it. */
  private Signature signature() throws SolrServerException, IOException {
    return signatureOf(solr.searchClient().query(solr.collection(), newestFirst()));
  }

  /** Every value of every facet, and the signature of the same searcher, in one request. */
  private Snapshot count() throws SolrServerException, IOException {
    SolrQuery query = newestFirst();
    query.setFacet(true);
    query.setFacetLimit(-1);
    query.setFacetMinCount(1);
    // With no limit Solr would sort by value; browsing shows the most frequent first.
    query.setFacetSort(FacetParams.FACET_SORT_COUNT);
    for (Facet facet : Facet.values()) {
      query.addFacetField(facet.field());
    }
    query.set(StatsParams.STATS, true);
    query.add(StatsParams.STATS_FIELD, "{!min=true max=true}" + PUBLISHED);
    QueryResponse response = solr.searchClient().query(solr.collection(), query);
    Map<Facet, List<ValueCount>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<ValueCount> values = new ArrayList<>();
      FacetField field = response.getFacetField(facet.field());
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(c -> values.add(new ValueCount(c.getName(), c.getCount())));
      }
      counts.put(facet, List.copyOf(values));
    }
    return new Snapshot(signatureOf(response), counts, publishedSpan(response));
  }

  private static PublishedSpan publishedSpan(QueryResponse response) {
    FieldStatsInfo stats = response.getFieldStatsInfo() == null ? null : response.getFieldStatsInfo().get(PUBLISHED);
    if (stats == null || !(stats.getMin() instanceof Date min) || !(stats.getMax() instanceof Date max)) {
      return null;
    }
    return new PublishedSpan(min.toInstant(), max.toInstant());
  }

  private static SolrQuery newestFirst() {
    SolrQuery query = new SolrQuery("*:*");
    query.setRows(1);
    query.setFields(VERSION);
    query.setSort(VERSION, SolrQuery.ORDER.desc);
    return query;
  }

  private static Signature signatureOf(QueryResponse response) {
    SolrDocumentList docs = response.getResults();
    long newest = docs.isEmpty() ? 0 : ((Number) docs.get(0).getFirstValue(VERSION)).longValue();
    return new Signature(docs.getNumFound(), newest);
  }
}
