package org.marsad.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * else of a document changes. Thread safe; one run at a time is the caller's concern.
 */
public final class Retagger {

  private static final Logger log = LoggerFactory.getLogger(Retagger.class);
  private static final int PAGE = 200;
  private static final List<String> TAGGED_FIELDS = List.of(
      FacetType.ACTOR.field(), FacetType.COUNTRY.field(), FacetType.TOPIC.field(), DocumentField.NAMES.field(),
      DocumentField.ENRICHMENT.field());

  /** What a run did. */
  public record Report(long documents, long millis) {}

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
  public Report retag(Enricher enricher, java.util.function.LongConsumer progress) throws IndexException {
    long started = System.currentTimeMillis();
    long[] done = {0};
    // Documents written within the last second are not yet searchable: make them so first.
    index.commit();
    index.forEachPage(PAGE, List.of("id", "title", "abstract", "body"),
        "list stored documents for re-tagging", page -> {
          List<SolrInputDocument> updates = new ArrayList<>(page.size());
          for (SolrDocument stored : page) {
            updates.add(update(stored, enricher));
          }
          if (!updates.isEmpty()) {
            index.send(updates);
            done[0] += updates.size();
            progress.accept(done[0]);
          }
        });
    index.commit();
    long millis = System.currentTimeMillis() - started;
    log.info("Re-tagged {} documents in {} ms", done[0], millis);
    return new Report(done[0], millis);
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

  private static String text(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }
}
