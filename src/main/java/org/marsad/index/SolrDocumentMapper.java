package org.marsad.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.Tag;
import org.marsad.ingest.ExtractedDocument;

/** Maps documents to Solr's fields (managed-schema.xml) and back. Thread safe. */
public final class SolrDocumentMapper {

  private final ObjectMapper json;

  public SolrDocumentMapper(ObjectMapper json) {
    this.json = json;
  }

  public SolrInputDocument toSolr(NewsDocument document) {
    ExtractedDocument e = document.extracted();
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", document.id());
    doc.setField("content_hash", document.contentHash());
    setIfPresent(doc, "dup_group", document.dupGroup());
    setIfPresent(doc, "file_name", e.fileName());
    setIfPresent(doc, "content_type", e.contentType());
    doc.setField("ingested_at", Date.from(document.ingestedAt()));
    setIfPresent(doc, "title", e.title());
    setIfPresent(doc, "abstract", e.abstractText());
    doc.setField("body", e.body());
    if (!e.boilerplate().isEmpty()) {
      doc.setField("boilerplate", e.boilerplate());
    }
    setIfPresent(doc, "source", e.source());
    setIfPresent(doc, "url", e.url());
    setIfPresent(doc, "author", e.author());
    if (e.published() != null) {
      doc.setField("published", Date.from(e.published()));
    }
    setIfPresent(doc, "language", e.language());
    setIfPresent(doc, "category", e.category());
    setIfPresent(doc, "page_count", e.pageCount());
    if (!e.warnings().isEmpty()) {
      doc.setField("ingest_warnings", e.warnings());
    }
    setEnrichment(doc, document.enrichment());
    return doc;
  }

  /** Writes the facet ids and the evidence; used on first indexing and when re-tagging. */
  public void setEnrichment(SolrInputDocument doc, Enrichment enrichment) {
    for (FacetType type : FacetType.values()) {
      List<String> ids = enrichment.of(type).stream().map(Tag::id).toList();
      doc.setField(type.field(), ids.isEmpty() ? null : ids);
    }
    try {
      doc.setField("enrichment", json.writeValueAsString(enrichment));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise tags of " + doc.getFieldValue("id"), e);
    }
  }

  public StoredDocument fromSolr(SolrDocument doc) {
    return new StoredDocument(
        str(doc, "id"),
        str(doc, "title"),
        str(doc, "abstract"),
        str(doc, "body"),
        strings(doc, "boilerplate"),
        str(doc, "source"),
        str(doc, "url"),
        str(doc, "author"),
        date(doc, "published"),
        str(doc, "language"),
        str(doc, "content_type"),
        str(doc, "file_name"),
        str(doc, "category"),
        (Integer) doc.getFirstValue("page_count"),
        str(doc, "content_hash"),
        str(doc, "dup_group"),
        date(doc, "ingested_at"),
        enrichment(doc));
  }

  public Enrichment enrichment(SolrDocument doc) {
    String stored = str(doc, "enrichment");
    if (stored == null) {
      return Enrichment.NONE;
    }
    try {
      return json.readValue(stored, Enrichment.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored tags of " + doc.getFieldValue("id") + " are unreadable", e);
    }
  }

  private static void setIfPresent(SolrInputDocument doc, String field, Object value) {
    if (value != null) {
      doc.setField(field, value);
    }
  }

  private static String str(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  private static java.time.Instant date(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value instanceof Date d ? d.toInstant() : null;
  }

  private static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    List<String> out = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> out.add(v.toString()));
    }
    return out;
  }
}
