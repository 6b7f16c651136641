package org.marsad.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.TaggableText;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;

/**
 * The pipeline, one step per class: extract ({@link DocumentExtractor}) → enrich ({@link
 * Enricher}) → index ({@link DocumentIndex}). Every file gets an outcome: N files in, N or more
 * outcomes out (a news XML file may hold several articles); failures are also recorded in the
 * {@link FailureLog}. Thread safe.
 */
public final class IngestPipeline {

  private final DocumentExtractor extractor;
  private final DocumentIdentity identity;
  private final Enricher enricher;
  private final DocumentIndex index;
  private final FailureLog failures;
  private final Clock clock;

  public IngestPipeline(
      DocumentExtractor extractor,
      DocumentIdentity identity,
      Enricher enricher,
      DocumentIndex index,
      FailureLog failures,
      Clock clock) {
    this.extractor = extractor;
    this.identity = identity;
    this.enricher = enricher;
    this.index = index;
    this.failures = failures;
    this.clock = clock;
  }

  /** Ingests a batch of files; a file that fails does not stop the others. */
  public List<IngestOutcome> ingest(List<IngestSource> sources) {
    List<IngestOutcome> outcomes = new ArrayList<>();
    Map<String, NewsDocument> fresh = new LinkedHashMap<>();
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (IngestSource source : sources) {
      ExtractResult result = extractor.extract(source);
      if (result.failed()) {
        failures.record(source.fileName(), result.failureReason());
        outcomes.add(IngestOutcome.failed(source.fileName(), result.failureReason()));
        continue;
      }
      for (ExtractedDocument extracted : result.documents()) {
        NewsDocument document = prepare(extracted);
        if (fresh.containsKey(document.id())) {
          outcomes.add(IngestOutcome.duplicate(source.fileName(), document.id()));
        } else {
          fresh.put(document.id(), document);
          fileOf.put(document.id(), source.fileName());
        }
      }
    }
    return store(fresh, fileOf, outcomes);
  }

  private List<IngestOutcome> store(
      Map<String, NewsDocument> fresh, Map<String, String> fileOf, List<IngestOutcome> outcomes) {
    try {
      Set<String> existing = index.existing(fresh.keySet());
      List<NewsDocument> toAdd = new ArrayList<>();
      for (NewsDocument document : fresh.values()) {
        if (existing.contains(document.id())) {
          outcomes.add(IngestOutcome.duplicate(fileOf.get(document.id()), document.id()));
        } else {
          toAdd.add(document);
        }
      }
      index.add(toAdd);
      toAdd.forEach(d -> outcomes.add(IngestOutcome.indexed(fileOf.get(d.id()), d.id())));
    } catch (IndexException e) {
      for (NewsDocument document : fresh.values()) {
        String file = fileOf.get(document.id());
        if (outcomes.stream().noneMatch(o -> document.id().equals(o.id()))) {
          failures.record(file, e.getMessage());
          outcomes.add(IngestOutcome.failed(file, e.getMessage()));
        }
      }
    }
    return outcomes;
  }

  private NewsDocument prepare(ExtractedDocument extracted) {
    var tags = enricher.enrich(
        new TaggableText(extracted.title(), extracted.abstractText(), extracted.body()));
    return new NewsDocument(
        identity.idOf(extracted), identity.contentHash(extracted), null, extracted, tags, clock.instant());
  }
}
