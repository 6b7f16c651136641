package org.marsad.api;

import java.util.List;
import java.util.Map;
import org.marsad.enrich.Evidence;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.Tag;
import org.marsad.index.StoredDocument;
import org.marsad.search.LabeledValue;

/** {@code GET /api/documents/{id}}: the document, its metadata and its tags with evidence. */
record DocumentView(
    String id,
    String title,
    String abstractText,
    String body,
    List<String> boilerplate,
    Map<String, Object> metadata,
    List<TagView> actors,
    List<TagView> countries,
    List<TagView> topics) {

  /**
   * A tag with its labels and the spans (field, offsets, text) that made the tagger choose it;
   * {@code discovered} is true for an actor the knowledge base does not know yet, absent otherwise.
   */
  record TagView(String id, String type, Map<String, String> labels, String label,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      Boolean discovered, double score, List<Evidence> evidence) {}

  static DocumentView of(StoredDocument d, FacetLabels labels, String lang) {
    Map<String, Object> metadata = new java.util.LinkedHashMap<>();
    put(metadata, "source", d.source());
    put(metadata, "url", d.url());
    put(metadata, "author", d.author());
    put(metadata, "published", d.published());
    put(metadata, "language", d.language());
    put(metadata, "contentType", d.contentType());
    put(metadata, "fileName", d.fileName());
    put(metadata, "category", d.category());
    put(metadata, "pageCount", d.pageCount());
    put(metadata, "contentHash", d.contentHash());
    put(metadata, "dupGroup", d.dupGroup());
    put(metadata, "ingestedAt", d.ingestedAt());
    return new DocumentView(
        d.id(), d.title(), d.abstractText(), d.body(), d.boilerplate(), metadata,
        tags(FacetType.ACTOR, d.enrichment().actors(), labels, lang),
        tags(FacetType.COUNTRY, d.enrichment().countries(), labels, lang),
        tags(FacetType.TOPIC, d.enrichment().topics(), labels, lang));
  }

  private static List<TagView> tags(FacetType type, List<Tag> tags, FacetLabels labels, String lang) {
    return tags.stream().map(t -> {
      LabeledValue v = LabeledValue.of(labels.labelOf(type, t.id()), lang);
      return new TagView(v.id(), v.type(), v.labels(), v.label(), v.discovered(), t.score(), t.evidence());
    }).toList();
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

}
