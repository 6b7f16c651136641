package org.marsad.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
import org.marsad.ingest.IngestFailure;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;

/**
 * The pipeline: archives are opened into their members ({@link ArchiveReader}); each file is
 * extracted ({@link DocumentExtractor}) and enriched ({@link Enricher}) in parallel with a hard
 * time-out ({@link BoundedWorkers}); then, one batch at a time, documents already in the index
 * are told apart as duplicates, near-duplicates are grouped ({@link NearDuplicateGroups}) and the
 * rest are indexed ({@link DocumentIndex}).
 *
 * <p>Every file gets an outcome: N files in, N or more outcomes out (an archive gives one per
 * member, a news XML file one per article); failures are also recorded in the {@link FailureLog}
 * with what is needed to retry them, once the batch is stored: when Solr is unavailable the
 * batch is not taken (see {@link #ingest}). Thread safe: the store step is serialised, so two batches
 * holding the same document cannot both index it.
 */
public final class IngestPipeline {

  private final DocumentExtractor extractor;
  private final DocumentIdentity identity;
  private final Enricher enricher;
  private final DocumentIndex index;
  private final FailureLog failures;
  private final Clock clock;
  private final ArchiveReader archives;
  private final BoundedWorkers workers;
  private final NearDuplicateGroups groups;
  private final Object storeLock = new Object();

  public IngestPipeline(
      DocumentExtractor extractor,
      DocumentIdentity identity,
      Enricher enricher,
      DocumentIndex index,
      FailureLog failures,
      Clock clock,
      ArchiveReader archives,
      BoundedWorkers workers,
      NearDuplicateGroups groups) {
    this.extractor = extractor;
    this.identity = identity;
    this.enricher = enricher;
    this.index = index;
    this.failures = failures;
    this.clock = clock;
    this.archives = archives;
    this.workers = workers;
    this.groups = groups;
  }

  /** What extraction and enrichment made of one file, or why it failed. */
  private record Prepared(List<NewsDocument> documents, String failureReason) {}

  /** A failure to record once the batch is through (not at all if Solr turns out to be down). */
  private record PendingFailure(IngestSource source, String fileName, String reason) {}

  /**
   * Ingests a batch of files; a file that fails does not stop the others. If Solr is unavailable
   * nothing is recorded and the exception says so: the caller keeps the files for later
   * ({@link #keepForRetry}) or tries the same batch again (ids are content hashes, so documents
   * stored before the failure come back as duplicates, never twice).
   */
  public List<IngestOutcome> ingest(List<IngestSource> sources) throws IndexUnavailableException {
    List<IngestOutcome> outcomes = new ArrayList<>();
    List<PendingFailure> failed = new ArrayList<>();
    List<IngestSource> files = new ArrayList<>();
    for (IngestSource source : sources) {
      if (archives.accepts(source.fileName())) {
        ArchiveReader.Members members = archives.read(source);
        if (members.failureReason() != null) {
          outcomes.add(fail(failed, source, source.fileName(), members.failureReason()));
          continue;
        }
        members.rejected().forEach(r -> outcomes.add(fail(failed, source, r.fileName(), r.reason())));
        files.addAll(members.sources());
      } else {
        files.add(source);
      }
    }
    List<Callable<Prepared>> tasks = files.stream().<Callable<Prepared>>map(f -> () -> prepare(f)).toList();
    List<Prepared> prepared = workers.runAll(tasks, reason -> new Prepared(List.of(), reason));
    Map<String, NewsDocument> fresh = new LinkedHashMap<>();
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      IngestSource file = files.get(i);
      Prepared result = prepared.get(i);
      if (result.failureReason() != null) {
        outcomes.add(fail(failed, file, file.fileName(), result.failureReason()));
        continue;
      }
      for (NewsDocument document : result.documents()) {
        if (fresh.containsKey(document.id())) {
          outcomes.add(IngestOutcome.duplicate(file.fileName(), document.id()));
        } else {
          fresh.put(document.id(), document);
          fileOf.put(document.id(), file.fileName());
        }
      }
    }
    synchronized (storeLock) {
      store(fresh, fileOf, outcomes);
    }
    failed.forEach(f -> record(f.source(), f.fileName(), f.reason()));
    return outcomes;
  }

  /**
   * Records each file as a failure that can be retried ({@code POST /api/ingest/failures/{id}/retry}):
   * for uploads that arrived while Solr was unavailable. An upload's bytes are kept.
   */
  public List<IngestFailure> keepForRetry(List<IngestSource> sources, String reason) {
    return sources.stream().map(s -> record(s, s.fileName(), reason)).toList();
  }

  private void store(Map<String, NewsDocument> fresh, Map<String, String> fileOf, List<IngestOutcome> outcomes)
      throws IndexUnavailableException {
    try {
      Set<String> existing = index.existing(fresh.keySet());
      List<NewsDocument> toAdd = new ArrayList<>();
      for (NewsDocument document : fresh.values()) {
        if (existing.contains(document.id())) {
          outcomes.add(IngestOutcome.duplicate(fileOf.get(document.id()), document.id()));
        } else {
          toAdd.add(grouped(document));
        }
      }
      index.add(toAdd);
      toAdd.forEach(d -> outcomes.add(
          IngestOutcome.indexed(fileOf.get(d.id()), d.id(), d.extracted().warnings())));
    } catch (IndexUnavailableException e) {
      throw e;
    } catch (IndexException e) {
      // Solr refused the batch (it answered): a failure of these files, not an outage.
      for (NewsDocument document : fresh.values()) {
        String file = fileOf.get(document.id());
        if (outcomes.stream().noneMatch(o -> document.id().equals(o.id()))) {
          failures.record(file, e.getMessage());
          outcomes.add(IngestOutcome.failed(file, e.getMessage()));
        }
      }
    }
  }

  private NewsDocument grouped(NewsDocument document) throws IndexException {
    ExtractedDocument extracted = document.extracted();
    String group = groups.assign(document.id(),
        NearDuplicateGroups.comparableText(extracted.abstractText(), extracted.body()));
    return new NewsDocument(document.id(), document.contentHash(), group, extracted,
        document.enrichment(), document.ingestedAt());
  }

  private Prepared prepare(IngestSource source) {
    ExtractResult result = extractor.extract(source);
    if (result.failed()) {
      return new Prepared(List.of(), result.failureReason());
    }
    List<NewsDocument> documents = new ArrayList<>();
    for (ExtractedDocument extracted : result.documents()) {
      var tags = enricher.enrich(
          new TaggableText(extracted.title(), extracted.abstractText(), extracted.body()));
      documents.add(new NewsDocument(
          identity.idOf(extracted), identity.contentHash(extracted), null, extracted, tags, clock.instant()));
    }
    return new Prepared(documents, null);
  }

  private static IngestOutcome fail(List<PendingFailure> failed, IngestSource source, String fileName, String reason) {
    failed.add(new PendingFailure(source, fileName, reason));
    return IngestOutcome.failed(fileName, reason);
  }

  /** Records a failure, keeping what is needed to retry: the file's path, or an upload's bytes. */
  private IngestFailure record(IngestSource source, String fileName, String reason) {
    byte[] bytes = null;
    if (source.path() == null && source.size() > 0) {
      try (InputStream in = source.open()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        bytes = null; // not retryable then; the failure itself is still recorded
      }
    }
    return failures.record(fileName, reason, source.path(), bytes);
  }
}
