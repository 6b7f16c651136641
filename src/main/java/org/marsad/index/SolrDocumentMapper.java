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
    doc.setField(DocumentField.ID.field(), document.id());
    doc.setField(DocumentField.CONTENT_HASH.field(), document.contentHash());
    setIfPresent(doc, DocumentField.DUP_GROUP, document.dupGroup());
    setIfPresent(doc, DocumentField.FILE_NAME, e.fileName());
    setIfPresent(doc, DocumentField.CONTENT_TYPE, e.contentType());
    doc.setField(DocumentField.INGESTED_AT.field(), Date.from(document.ingestedAt()));
    setIfPresent(doc, DocumentField.TITLE, e.title());
    setIfPresent(doc, DocumentField.ABSTRACT, e.abstractText());
    doc.setField(DocumentField.BODY.field(), e.body());
    if (!e.boilerplate().isEmpty()) {
      doc.setField(DocumentField.BOILERPLATE.field(), e.boilerplate());
    }
    setIfPresent(doc, DocumentField.SOURCE, e.source());
    setIfPresent(doc, DocumentField.URL, e.url());
    setIfPresent(doc, DocumentField.AUTHOR, e.author());
    if (e.published() != null) {
      doc.setField(DocumentField.PUBLISHED.field(), Date.from(e.published()));
    }
    setIfPresent(doc, DocumentField.LANGUAGE, e.language());
    setIfPresent(doc, DocumentField.CATEGORY, e.category());
    setIfPresent(doc, DocumentField.PAGE_COUNT, e.pageCount());
    if (!e.warnings().isEmpty()) {
      doc.setField(DocumentField.INGEST_WARNINGS.field(), e.warnings());
    }
    setEnrichment(doc, document.enrichment());
    return doc;
  }

  /**
   * Writes the facet ids, the names and the evidence; used on first indexing and when re-tagging.
   * The names are every mention of an actor or a country (places included) as written, so a query
   * naming one finds, and ranks higher, the documents tagged with it.
   */
  public void setEnrichment(SolrInputDocument doc, Enrichment enrichment) {
    for (FacetType type : FacetType.values()) {
      List<String> ids = enrichment.of(type).stream().map(Tag::id).toList();
      doc.setField(DocumentField.of(type).field(), ids.isEmpty() ? null : ids);
    }
    List<String> names = names(enrichment);
    doc.setField(DocumentField.NAMES.field(), names.isEmpty() ? null : names);
    try {
      doc.setField(DocumentField.ENRICHMENT.field(), json.writeValueAsString(enrichment));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Cannot serialise tags of " + doc.getFieldValue(DocumentField.ID.field()), e);
    }
  }

  /** The mentions of the actors and countries, as written, in tag order. */
  static List<String> names(Enrichment enrichment) {
    List<String> names = new ArrayList<>();
    for (FacetType type : List.of(FacetType.ACTOR, FacetType.COUNTRY)) {
      enrichment.of(type).forEach(tag -> tag.evidence().forEach(e -> names.add(e.text())));
    }
    return names;
  }

  public StoredDocument fromSolr(SolrDocument doc) {
    return new StoredDocument(
        str(doc, DocumentField.ID),
        str(doc, DocumentField.TITLE),
        str(doc, DocumentField.ABSTRACT),
        str(doc, DocumentField.BODY),
        strings(doc, DocumentField.BOILERPLATE),
        str(doc, DocumentField.SOURCE),
        str(doc, DocumentField.URL),
        str(doc, DocumentField.AUTHOR),
        date(doc, DocumentField.PUBLISHED),
        str(doc, DocumentField.LANGUAGE),
        str(doc, DocumentField.CONTENT_TYPE),
        str(doc, DocumentField.FILE_NAME),
        str(doc, DocumentField.CATEGORY),
        (Integer) doc.getFirstValue(DocumentField.PAGE_COUNT.field()),
        str(doc, DocumentField.CONTENT_HASH),
        str(doc, DocumentField.DUP_GROUP),
        date(doc, DocumentField.INGESTED_AT),
        enrichment(doc));
  }

  public Enrichment enrichment(SolrDocument doc) {
    String stored = str(doc, DocumentField.ENRICHMENT);
    if (stored == null) {
      return Enrichment.NONE;
    }
    try {
      return json.readValue(stored, Enrichment.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored tags of " + doc.getFieldValue(DocumentField.ID.field()) + " are unreadable", e);
    }
  }

  private static void setIfPresent(SolrInputDocument doc, DocumentField field, Object value) {
    if (value != null) {
      doc.setField(field.field(), value);
    }
  }

  private static String str(SolrDocument doc, DocumentField field) {
    Object value = doc.getFirstValue(field.field());
    return value == null ? null : value.toString();
  }

  private static java.time.Instant date(SolrDocument doc, DocumentField field) {
    Object value = doc.getFirstValue(field.field());
    return value instanceof Date d ? d.toInstant() : null;
  }

  private static List<String> strings(SolrDocument doc, DocumentField field) {
    Collection<Object> values = doc.getFieldValues(field.field());
    List<String> out = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> out.add(v.toString()));
    }
    return out;
  }
}
