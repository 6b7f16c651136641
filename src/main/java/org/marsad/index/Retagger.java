package org.marsad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.TaggableText;
import org.marsad.solr.SolrConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags every stored document again — after the knowledge base changed — from the title, abstract
 * and body the index keeps, without reading the original files. Reads by cursor (stable under
 * concurrent writes) and writes atomic updates of the facet and evidence fields only, so nothing
 * else of a document changes. Thread safe; one run at a time is the caller's concern.
 */
public final class Retagger {

  private static final Logger log = LoggerFactory.getLogger(Retagger.class);
  private static final int PAGE = 200;
  private static final List<String> TAGGED_FIELDS = List.of(
      FacetType.ACTOR.field(), FacetType.COUNTRY.field(), FacetType.TOPIC.field(), "enrichment");

  /** What a run did. */
  public record Report(long documents, long millis) {}

  private final SolrConnection solr;
  private final DocumentIndex index;
  private final SolrDocumentMapper mapper;

  public Retagger(SolrConnection solr, DocumentIndex index, SolrDocumentMapper mapper) {
    this.solr = solr;
    this.index = index;
    this.mapper = mapper;
  }

  public Report retag(Enricher enricher) throws IndexException {
    long started = System.currentTimeMillis();
    long done = 0;
    // Documents written within the last second are not yet searchable: make them so first.
    index.commit();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery query = new SolrQuery("*:*")
          .setFields("id", "title", "abstract", "body")
          .setRows(PAGE)
          .setSort(SolrQuery.SortClause.asc("id"));
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(query);
      List<SolrInputDocument> updates = new ArrayList<>(PAGE);
      for (SolrDocument stored : response.getResults()) {
        updates.add(update(stored, enricher));
      }
      if (!updates.isEmpty()) {
        index.send(updates);
        done += updates.size();
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    index.commit();
    long millis = System.currentTimeMillis() - started;
    log.info("Re-tagged {} documents in {} ms", done, millis);
    return new Report(done, millis);
  }

  private SolrInputDocument update(SolrDocument stored, Enricher enricher) {
    TaggableText text = new TaggableText(
        text(stored, "title"), text(stored, "abstract"), text(stored, "body"));
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", stored.getFirstValue("id"));
    mapper.setEnrichment(doc, enricher.enrich(text));
    // Atomic update: "set" replaces these fields (null removes one) and keeps the rest of the document.
    for (String field : TAGGED_FIELDS) {
      Object value = doc.getFieldValue(field);
      doc.setField(field, Collections.singletonMap("set", value));
    }
    return doc;
  }

  private QueryResponse query(SolrQuery query) throws IndexException {
    try {
      return solr.client().query(solr.collection(), query);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new IndexException("Solr could not list stored documents for re-tagging: " + e.getMessage(), e);
    }
  }

  private static String text(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }
}
