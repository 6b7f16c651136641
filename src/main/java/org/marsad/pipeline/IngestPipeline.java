package org.marsad.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.TaggableText;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IndexException;
import org.marsad.index.IndexUnavailableException;
import org.marsad.index.NearDuplicateGroups;
import org.marsad.index.NewsDocument;
import org.marsad.ingest.ArchiveReader;
import org.marsad.ingest.BoundedWorkers;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.InFlightBytes;
import org.marsad.ingest.IngestFailure;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline: archives are opened into their members ({@link ArchiveReader}); each file is
 * extracted ({@link DocumentExtractor}) and enriched ({@link Enricher}) in parallel with a hard
 * time-out ({@link BoundedWorkers}); then, one batch at a time, documents already in the index
 * are told apart as duplicates, near-duplicates are grouped ({@link NearDuplicateGroups}) and the
 * rest are indexed ({@link DocumentIndex}).
 *
 * <p>Memory is bounded whatever comes in: archive members are spooled to temporary files one at a
 * time, and a batch is parsed only once its bytes fit the {@link InFlightBytes} cap shared by
 * every ingest in the server.
 *
 * <p>Every file gets an outcome: N files in, N or more outcomes out (an archive gives one per
 * member, a news XML file one per article); failures are also recorded in the {@link FailureLog}
 * with what is needed to retry them, once every batch is stored: when Solr is unavailable nothing
 * is recorded and {@link #ingest} says so. Thread safe: the store step is serialised, so two batches
 * holding the same document cannot both index it.
 */
public final class IngestPipeline {

  private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
  /** Files parsed per batch: enough to keep every parser busy. */
  static final int BATCH_FILES = 64;

  private final DocumentExtractor extractor;
  private final DocumentIdentity identity;
  private final Enricher enricher;
  private final DocumentIndex index;
  private final FailureLog failures;
  private final Clock clock;
  private final ArchiveReader archives;
  private final BoundedWorkers workers;
  private final NearDuplicateGroups groups;
  private final InFlightBytes inFlight;
  private final Object storeLock = new Object();
  /** Store parsed batches while the next ones are parsed (one at a time per call; daemon threads). */
  private final ExecutorService storers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "ingest-store");
    t.setDaemon(true);
    return t;
  });

  public IngestPipeline(
      DocumentExtractor extractor,
      DocumentIdentity identity,
      Enricher enricher,
      DocumentIndex index,
      FailureLog failures,
      Clock clock,
      ArchiveReader archives,
      BoundedWorkers workers,
      NearDuplicateGroups groups,
      InFlightBytes inFlight) {
    this.extractor = extractor;
    this.identity = identity;
    this.enricher = enricher;
    this.index = index;
    this.failures = failures;
    this.clock = clock;
    this.archives = archives;
    this.workers = workers;
    this.groups = groups;
    this.inFlight = inFlight;
  }

  /**
   * What extraction and enrichment made of one file (with each document's near-duplicate
   * fingerprint, worked out by the parsing thread), or why it failed.
   */
  private record Prepared(List<NewsDocument> documents, List<Long> fingerprints, String failureReason) {}

  /**
   * Ingests files; a file that fails does not stop the others. Archives are read one member at a
   * time; files are parsed in batches of at most {@link #BATCH_FILES} files and the in-flight byte
   * cap, each batch stored before the next is read.
   *
   * <p>If Solr is unavailable, nothing is recorded and the exception says so: the caller keeps the
   * files for later ({@link #keepForRetry}) or tries the same files again (ids are content hashes,
   * so documents stored before the outage come back as duplicates, never twice).
   */
  public List<IngestOutcome> ingest(List<IngestSource> sources) throws IndexUnavailableException {
    return ingest(sources, false);
  }

  /**
   * As {@link #ingest(List)}, for a batch job ({@code bulk}): its documents become searchable within
   * Solr's bulk interval rather than about a second; the job commits when it ends.
   */
  public List<IngestOutcome> ingest(List<IngestSource> sources, boolean bulk) throws IndexUnavailableException {
    Run run = new Run(bulk);
    try {
      try {
        for (IngestSource source : sources) {
          run.take(source);
        }
        run.flush();
      } finally {
        run.discard();
        run.awaitStored();
      }
    } catch (Unavailable e) {
      throw e.unavailable;
    }
    run.collect();
    run.recordFailures();
    return run.outcomes;
  }

  /**
   * Records each file as a failure that can be retried ({@code POST /api/ingest/failures/{id}/retry}):
   * for uploads that arrived while Solr was unavailable. An upload is kept (copied).
   */
  public List<IngestFailure> keepForRetry(List<IngestSource> sources, String reason) {
    List<IngestFailure> kept = new ArrayList<>();
    for (IngestSource source : sources) {
      Path where = source.path() != null ? source.path() : failures.keep(source);
      kept.add(failures.record(source.fileName(), reason, where, source.entries()));
    }
    return kept;
  }

  /** Carries Solr's unavailability out of the archive reader's callbacks, which cannot throw it. */
  private static final class Unavailable extends RuntimeException {
    private final transient IndexUnavailableException unavailable;

    Unavailable(IndexUnavailableException unavailable) {
      super(unavailable.getMessage(), unavailable, false, false);
      this.unavailable = unavailable;
    }
  }

  /** A failure to record once every batch is stored (not at all if Solr turns out to be down). */
  private record PendingFailure(IngestSource source, String reason) {}

  /**
   * One call of {@link #ingest}: its outcomes, the batch waiting to be parsed, copies kept. A parsed
   * batch is stored by a thread of {@link #storers} while the next batch is parsed, so parsing and
   * Solr's indexing overlap; at most one batch of a call is being stored at a time, and the call
   * returns only once its last batch is stored. Outcomes keep the order they had when each batch
   * was parsed and then stored before the next one was read: a batch reserves its place.
   */
  private final class Run implements ArchiveReader.MemberSink {
    /** In order: each part is one file's outcome, or one batch's outcomes (filled as it is stored). */
    private final List<List<IngestOutcome>> parts = new ArrayList<>();
    private final List<IngestOutcome> outcomes = new ArrayList<>();
    private final List<IngestSource> pending = new ArrayList<>();
    private long pendingBytes;
    /** A failed upload is kept once, however many of its members fail. */
    private final Map<IngestSource, Path> keptCopies = new IdentityHashMap<>();
    /** Added to by this call's thread and by the thread storing its batch. */
    private final List<PendingFailure> pendingFailures = java.util.Collections.synchronizedList(new ArrayList<>());
    /** The batch being stored, if any. */
    private Future<?> storing;
    private final boolean bulk;

    Run(boolean bulk) {
      this.bulk = bulk;
    }

    void take(IngestSource source) {
      if (source instanceof IngestSource.Refused refused) {
        // Never opened, so nothing to keep: the failure is not retryable.
        failures.record(refused.fileName(), refused.reason());
        parts.add(List.of(IngestOutcome.failed(refused.fileName(), refused.reason())));
        return;
      }
      IngestSource file = source;
      if (source instanceof IngestSource.InArchive member) {
        ArchiveReader.Extracted extracted = archives.extract(member);
        if (extracted.failureReason() != null) {
          fail(member, extracted.failureReason());
          return;
        }
        file = extracted.member();
      }
      if (!archives.accepts(file.fileName())) {
        add(file);
        return;
      }
      try {
        String failure = archives.read(file, this);
        if (failure != null) {
          fail(file, failure);
        }
      } finally {
        deleteSpooled(file);
      }
    }

    @Override
    public void accept(IngestSource.Member member) {
      add(member);
    }

    @Override
    public void rejected(IngestSource.InArchive member, String reason) {
      fail(member, reason);
    }

    private void add(IngestSource file) {
      long size = Math.max(0, file.size());
      if (!pending.isEmpty() && (pending.size() >= BATCH_FILES || pendingBytes + size > inFlight.capacity())) {
        flush();
      }
      pending.add(file);
      pendingBytes += size;
    }

    /** Parses the pending batch once its bytes fit the in-flight cap, then hands it to be stored. */
    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<IngestOutcome> batch = new ArrayList<>();
      parts.add(batch);
      try (InFlightBytes.Held held = inFlight.acquire(pendingBytes)) {
        parse(List.copyOf(pending), batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pending.forEach(f -> fail(f, "Ingest was interrupted", batch));
      } finally {
        discard();
      }
    }

    /** Waits for the batch being stored; Solr's unavailability comes out here. */
    void awaitStored() {
      if (storing == null) {
        return;
      }
      boolean interrupted = false;
      try {
        while (true) {
          try {
            storing.get();
            return;
          } catch (InterruptedException e) {
            interrupted = true; // a store is bounded by Solr's request time-out: let it finish
          } catch (ExecutionException e) {
            if (e.getCause() instanceof Unavailable unavailable) {
              throw unavailable;
            }
            throw new IllegalStateException("Storing a batch failed: " + e.getCause().getMessage(), e.getCause());
          }
        }
      } finally {
        storing = null;
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /** Once every batch is stored: the outcomes in order. */
    void collect() {
      parts.forEach(outcomes::addAll);
    }

    void discard() {
      pending.forEach(IngestPipeline::deleteSpooled);
      pending.clear();
      pendingBytes = 0;
    }

    private void parse(List<IngestSource> files, List<IngestOutcome> batch) {
      List<Callable<Prepared>> tasks = files.stream().<Callable<Prepared>>map(f -> () -> prepare(f)).toList();
      List<Prepared> prepared = workers.runAll(tasks, reason -> new Prepared(List.of(), List.of(), reason));
      Map<String, NewsDocument> fresh = new LinkedHashMap<>();
      Map<String, Long> fingerprints = new HashMap<>();
      Map<String, IngestSource> fileOf = new LinkedHashMap<>();
      for (int i = 0; i < files.size(); i++) {
        IngestSource file = files.get(i);
        Prepared result = prepared.get(i);
        if (result.failureReason() != null) {
          fail(file, result.failureReason(), batch);
          continue;
        }
        for (int d = 0; d < result.documents().size(); d++) {
          NewsDocument document = result.documents().get(d);
          if (fresh.containsKey(document.id())) {
            batch.add(IngestOutcome.duplicate(file.fileName(), document.id()));
          } else {
            fresh.put(document.id(), document);
            fingerprints.put(document.id(), result.fingerprints().get(d));
            fileOf.put(document.id(), file);
          }
        }
      }
      // The previous batch must be stored first: duplicates across batches are told apart by Solr.
      awaitStored();
      storing = storers.submit(() -> {
        synchronized (storeLock) {
          store(fresh, fingerprints, fileOf, batch);
        }
        return null;
      });
    }

    private void store(Map<String, NewsDocument> fresh, Map<String, Long> fingerprints,
        Map<String, IngestSource> fileOf, List<IngestOutcome> batch) {
      try {
        Set<String> existing = index.existing(fresh.keySet());
        List<NewsDocument> toAdd = new ArrayList<>();
        for (NewsDocument document : fresh.values()) {
          if (existing.contains(document.id())) {
            batch.add(IngestOutcome.duplicate(fileOf.get(document.id()).fileName(), document.id()));
          } else {
            toAdd.add(grouped(document, fingerprints.get(document.id())));
          }
        }
        index.add(toAdd, bulk);
        toAdd.forEach(d -> batch.add(
            IngestOutcome.indexed(fileOf.get(d.id()).fileName(), d.id(), d.extracted().warnings())));
      } catch (IndexUnavailableException e) {
        throw new Unavailable(e);
      } catch (IndexException e) {
        // Solr refused the batch (it answered): a failure of these files, not an outage.
        log.warn("Indexing failed ({}): {}", e.getMessage(), e.solrMessage());
        Set<IngestSource> failed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (NewsDocument document : fresh.values()) {
          IngestSource file = fileOf.get(document.id());
          if (batch.stream().noneMatch(o -> document.id().equals(o.id())) && failed.add(file)) {
            fail(file, e.getMessage(), batch);
          }
        }
      }
    }

    /** A failed file outside any batch: its outcome now, its record once the whole call is through. */
    private void fail(IngestSource source, String reason) {
      List<IngestOutcome> own = new ArrayList<>(1);
      parts.add(own);
      fail(source, reason, own);
    }

    private void fail(IngestSource source, String reason, List<IngestOutcome> into) {
      pendingFailures.add(new PendingFailure(source, reason));
      into.add(IngestOutcome.failed(source.fileName(), reason));
    }

    void recordFailures() {
      List<PendingFailure> all;
      synchronized (pendingFailures) {
        all = List.copyOf(pendingFailures);
      }
      all.forEach(f -> record(f.source(), f.reason()));
    }

    /** Records a failure, keeping what is needed to retry: a server path, or one copy of an upload. */
    private void record(IngestSource source, String reason) {
      IngestSource origin = source.origin();
      Path where = origin.path();
      if (where == null) {
        if (!keptCopies.containsKey(origin)) {
          keptCopies.put(origin, failures.keep(origin));
        }
        where = keptCopies.get(origin);
      }
      failures.record(source.fileName(), reason, where, source.entries());
    }
  }

  private NewsDocument grouped(NewsDocument document, Long fingerprint) throws IndexException {
    String group = groups.assign(document.id(), fingerprint);
    return new NewsDocument(document.id(), document.contentHash(), group, document.extracted(),
        document.enrichment(), document.ingestedAt());
  }

  private Prepared prepare(IngestSource source) {
    ExtractResult result = extractor.extract(source);
    if (result.failed()) {
      return new Prepared(List.of(), List.of(), result.failureReason());
    }
    List<NewsDocument> documents = new ArrayList<>();
    List<Long> fingerprints = new ArrayList<>();
    for (ExtractedDocument extracted : result.documents()) {
      var tags = enricher.enrich(
          TaggableText.of(extracted.title(), extracted.abstractText(), extracted.body(), extracted.published(),
              extracted.source(), extracted.url()));
      documents.add(new NewsDocument(
          identity.idOf(extracted), identity.contentHash(extracted), null, extracted, tags, clock.instant()));
      fingerprints.add(groups.fingerprint(
          NearDuplicateGroups.comparableText(extracted.abstractText(), extracted.body())));
    }
    return new Prepared(documents, fingerprints, null);
  }

  /** Deletes an archive member's temporary copy once it has been ingested. */
  private static void deleteSpooled(IngestSource source) {
    if (source instanceof IngestSource.Member member) {
      try {
        Files.deleteIfExists(member.spooled());
      } catch (IOException e) {
        log.warn("Cannot delete the temporary file {}: {}", member.spooled(), e.getMessage());
      }
    }
  }

}
