package org.marsad.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.TaggableText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags every stored document again — after the knowledge base changed — from the title, abstract
 * and body the index keeps, without reading the original files. Reads by cursor (stable under
 * concurrent writes) and writes atomic updates of the facet and evidence fields only, so nothing
 * else of a document changes.
 *
 * <p>Fast enough for a reload to re-tag 10,000 documents well within a minute: a page is tagged on
 * up to {@link #MAX_TAGGING_THREADS} threads (no more than the cores), a document whose tags did
 * not change is not written at all (an atomic update re-indexes the whole document, the costly
 * part; after a curator's small edit most documents keep their tags), and the changed ones are
 * written on as many writer threads (Solr indexes concurrent requests in parallel) while the next
 * page is read and tagged, at most one page per writer ahead, so memory stays bounded. Thread safe; one run at a time
 * is the caller's concern.
 */
public final class Retagger {

  private static final Logger log = LoggerFactory.getLogger(Retagger.class);
  private static final int PAGE = 500;
  private static final int MAX_TAGGING_THREADS = 4;
  private static final String ENRICHMENT = DocumentField.ENRICHMENT.field();
  private static final List<String> TAGGED_FIELDS = List.of(
      FacetType.ACTOR.field(), FacetType.COUNTRY.field(), FacetType.TOPIC.field(), DocumentField.NAMES.field(),
      ENRICHMENT);

  /**
   * What a run did.
   *
   * @param documents how many documents were tagged again
   * @param changed how many of them got different tags, and were written
   */
  public record Report(long documents, long changed, long millis) {}

  private final DocumentIndex index;
  private final SolrDocumentMapper mapper;

  public Retagger(DocumentIndex index, SolrDocumentMapper mapper) {
    this.index = index;
    this.mapper = mapper;
  }

  public Report retag(Enricher enricher) throws IndexException {
    return retag(enricher, done -> { });
  }

  /** As {@link #retag(Enricher)}, telling {@code progress} how many documents are done after each page. */
  public Report retag(Enricher enricher, LongConsumer progress) throws IndexException {
    long started = System.currentTimeMillis();
    int threads = Math.max(1, Math.min(MAX_TAGGING_THREADS, Runtime.getRuntime().availableProcessors()));
    ExecutorService taggers = Executors.newFixedThreadPool(threads, daemon("retag-tagger"));
    // Solr indexes concurrent update requests in parallel: as many writers as tagging threads.
    ExecutorService writer = Executors.newFixedThreadPool(threads, daemon("retag-writer"));
    Semaphore pending = new Semaphore(threads);
    AtomicReference<IndexException> failure = new AtomicReference<>();
    AtomicLong changed = new AtomicLong();
    long[] done = {0};
    try {
      // Documents written within the last second are not yet searchable: make them so first.
      index.commit();
      index.forEachPage(PAGE, List.of("id", "title", "abstract", "body", DocumentField.PUBLISHED.field(),
              DocumentField.SOURCE.field(), DocumentField.URL.field(), ENRICHMENT),
          "list stored documents for re-tagging", page -> {
            throwIfFailed(failure);
            List<SolrInputDocument> updates = changedUpdates(page, enricher, taggers, threads);
            if (!updates.isEmpty()) {
              acquire(pending);
              changed.addAndGet(updates.size());
              writer.execute(() -> {
                try {
                  index.send(updates);
                } catch (IndexException e) {
                  failure.compareAndSet(null, e);
                } finally {
                  pending.release();
                }
              });
            }
            done[0] += page.size();
            progress.accept(done[0]);
          });
      writer.shutdown();
      if (!writer.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IndexException("Re-tagging: Solr did not take the last updates within 10 minutes", null);
      }
      throwIfFailed(failure);
      index.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("Re-tagging was interrupted", e);
    } finally {
      taggers.shutdownNow();
      writer.shutdownNow();
    }
    long millis = System.currentTimeMillis() - started;
    log.info("Re-tagged {} documents in {} ms ({} with changed tags written, {} tagging threads)",
        done[0], millis, changed.get(), threads);
    return new Report(done[0], changed.get(), millis);
  }

  /** The page's documents whose tags changed, as atomic updates; tagged in slices on the taggers. */
  private List<SolrInputDocument> changedUpdates(List<SolrDocument> page, Enricher enricher, ExecutorService taggers,
      int threads) throws IndexException {
    int slice = (page.size() + threads - 1) / threads;
    List<Callable<List<SolrInputDocument>>> work = new ArrayList<>(threads);
    for (int from = 0; from < page.size(); from += slice) {
      List<SolrDocument> part = page.subList(from, Math.min(page.size(), from + slice));
      work.add(() -> {
        List<SolrInputDocument> updates = new ArrayList<>(part.size());
        for (SolrDocument stored : part) {
          SolrInputDocument update = update(stored, enricher);
          if (update != null) {
            updates.add(update);
          }
        }
        return updates;
      });
    }
    List<SolrInputDocument> updates = new ArrayList<>(page.size());
    try {
      for (Future<List<SolrInputDocument>> part : taggers.invokeAll(work)) {
        updates.addAll(part.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("Re-tagging was interrupted", e);
    } catch (ExecutionException e) {
      throw new IndexException("Re-tagging failed on a document: " + e.getCause().getMessage(), e.getCause());
    }
    return updates;
  }

  /** The atomic update of a document's tags, or null when they are the ones it has. */
  private SolrInputDocument update(SolrDocument stored, Enricher enricher) {
    Object published = stored.getFirstValue(DocumentField.PUBLISHED.field());
    TaggableText text = TaggableText.of(text(stored, "title"), text(stored, "abstract"), text(stored, "body"),
        published instanceof Date date ? date.toInstant() : null,
        text(stored, DocumentField.SOURCE.field()), text(stored, DocumentField.URL.field()));
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", stored.getFirstValue("id"));
    mapper.setEnrichment(doc, enricher.enrich(text));
    // The facet fields are written from the same tags as the evidence: same evidence, same facets.
    if (Objects.equals(doc.getFieldValue(ENRICHMENT), stored.getFirstValue(ENRICHMENT))) {
      return null;
    }
    // Atomic update: "set" replaces these fields (null removes one) and keeps the rest of the document.
    for (String field : TAGGED_FIELDS) {
      Object value = doc.getFieldValue(field);
      doc.setField(field, Collections.singletonMap("set", value));
    }
    return doc;
  }

  private static void acquire(Semaphore pending) throws IndexException {
    try {
      pending.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("Re-tagging was interrupted", e);
    }
  }

  private static void throwIfFailed(AtomicReference<IndexException> failure) throws IndexException {
    IndexException e = failure.get();
    if (e != null) {
      throw e;
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread thread = new Thread(r, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String text(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }
}
