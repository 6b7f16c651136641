package org.marsad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.marsad.solr.SolrConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and reads documents in the news collection through SolrJ. Writes are batched and
 * idempotent (the id derives from the content, so a repeat overwrites the same document); they
 * become searchable within the soft-commit interval (about a second), or at once for callers of
 * {@link #awaitSearchable()}. A failed call is an {@link IndexException}, or an {@link
 * IndexUnavailableException} when Solr did not answer (it may work later). Thread safe.
 */
public final class DocumentIndex {

  private static final Logger log = LoggerFactory.getLogger(DocumentIndex.class);
  private static final int BATCH = 200;
  /** Ask Solr to make writes visible within this time, whatever its autoSoftCommit says. */
  private static final int COMMIT_WITHIN_MS = 1000;
  /**
   * Batch jobs' writes: visible within this time while the job runs, and all of them when it ends
   * (it commits). Each soft commit opens a searcher, and each new searcher has the whole index's
   * facets recounted for browsing: once a second, that was CPU taken from the job.
   */
  private static final int BULK_COMMIT_WITHIN_MS = 10_000;

  private final SolrConnection solr;
  private final SolrDocumentMapper mapper;
  private final List<Runnable> writeListeners = new CopyOnWriteArrayList<>();
  private final SoftCommits softCommits = new SoftCommits(this::commit);

  public DocumentIndex(SolrConnection solr, SolrDocumentMapper mapper) {
    this.solr = solr;
    this.mapper = mapper;
  }

  /** Writes documents, searchable within about a second. */
  public void add(Collection<NewsDocument> documents) throws IndexException {
    add(documents, false);
  }

  /**
   * Writes documents; {@code bulk} (batch jobs, which commit when they end) lets Solr make them
   * searchable within {@value #BULK_COMMIT_WITHIN_MS} ms instead of about a second.
   */
  public void add(Collection<NewsDocument> documents, boolean bulk) throws IndexException {
    int commitWithin = bulk ? BULK_COMMIT_WITHIN_MS : COMMIT_WITHIN_MS;
    List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    for (NewsDocument document : documents) {
      batch.add(mapper.toSolr(document));
      if (batch.size() == BATCH) {
        send(batch, commitWithin);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      send(batch, commitWithin);
    }
  }

  /** Sends already-mapped documents (re-tagging builds them from stored fields). */
  public void send(List<SolrInputDocument> batch) throws IndexException {
    send(batch, COMMIT_WITHIN_MS);
  }

  /**
   * Calls {@code listener} after every write Solr accepted (added or deleted documents), on the
   * writing thread: what watches the index for changes can look again soon instead of polling fast.
   */
  public void afterEachWrite(Runnable listener) {
    writeListeners.add(listener);
  }

  private void written() {
    writeListeners.forEach(Runnable::run);
  }

  private void send(List<SolrInputDocument> batch, int commitWithin) throws IndexException {
    try {
      solr.client().add(solr.collection(), batch, commitWithin);
      written();
      log.debug("Indexed a batch of {} documents", batch.size());
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw IndexException.of("Solr did not accept " + batch.size() + " documents", e);
    }
  }

  /** A document by id, through real-time get: it sees documents not yet soft-committed. */
  public Optional<StoredDocument> get(String id) throws IndexException {
    return getRaw(id).map(mapper::fromSolr);
  }

  public Optional<SolrDocument> getRaw(String id) throws IndexException {
    try {
      // The document view is a user read like a search: in process on the embedded node.
      return Optional.ofNullable(solr.searchClient().getById(solr.collection(), id));
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw IndexException.of("Solr could not be asked for document " + id, e);
    }
  }

  /** Which of these ids the index already holds (real-time get, so fresh writes count). */
  public Set<String> existing(Collection<String> ids) throws IndexException {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(ids);
    // POSTed in chunks: a long id list in a GET overflows the node's header limit.
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("ids", String.join(",", chunk));
      params.set("fl", "id");
      QueryRequest get = new QueryRequest(params, SolrRequest.METHOD.POST);
      get.setPath("/get");
      try {
        SolrDocumentList docs = get.process(solr.client(), solr.collection()).getResults();
        docs.forEach(d -> found.add(d.getFirstValue("id").toString()));
      } catch (SolrServerException | IOException | RuntimeException e) {
        throw IndexException.of("Solr could not be asked for existing documents", e);
      }
    }
    return found;
  }

  public boolean delete(String id) throws IndexException {
    if (getRaw(id).isEmpty()) {
      return false;
    }
    try {
      solr.client().deleteById(solr.collection(), id, COMMIT_WITHIN_MS);
      written();
      return true;
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw IndexException.of("Solr could not delete document " + id, e);
    }
  }

  public long count() throws IndexException {
    return query(new SolrQuery("*:*").setRows(0), "count documents").getResults().getNumFound();
  }

  /**
   * Runs a query on the news collection through the search client (in-process on the embedded
   * node); {@code purpose} completes "Solr could not …" in the error.
   */
  public QueryResponse query(SolrQuery query, String purpose) throws IndexException {
    try {
      return solr.searchClient().query(solr.collection(), query);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw IndexException.of("Solr could not " + purpose, e);
    }
  }

  /** Receives one page of stored documents. */
  @FunctionalInterface
  public interface PageHandler {
    void accept(SolrDocumentList page) throws IndexException;
  }

  /**
   * Walks every stored document, {@code pageSize} at a time, with a cursor (deep paging that stays
   * cheap however large the index), handing each page's given fields to {@code handler}.
   */
  public void forEachPage(int pageSize, List<String> fields, String purpose, PageHandler handler)
      throws IndexException {
    SolrQuery query = new SolrQuery("*:*")
        .setFields(fields.toArray(String[]::new))
        .setRows(pageSize)
        .setSort(SolrQuery.SortClause.asc("id"));
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(query, purpose);
      handler.accept(response.getResults());
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  /**
   * Returns once everything written before this call can be found by search ({@code
   * wait=searchable}): concurrent callers share soft commits (see {@link SoftCommits}).
   */
  public void awaitSearchable() throws IndexException {
    softCommits.awaitSearchable();
  }

  /** Makes everything sent so far searchable now (tests, the end of a batch): a soft commit. */
  public void commit() throws IndexException {
    try {
      solr.client().commit(solr.collection(), true, true, true);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw IndexException.of("Solr could not commit", e);
    }
  }
}
