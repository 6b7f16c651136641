package org.marsad.api;

import org.marsad.enrich.ActorType;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.Lang;
import org.marsad.enrich.Evidence;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.Tag;
import org.marsad.index.StoredDocument;
import org.marsad.search.LabeledValue;

/**
 * {@code GET /api/documents/{id}}: the document, its metadata and its tags with evidence. A long
 * body comes in windows ({@code bodyOffset}, {@code bodyLength}; {@code nextBodyOffset} until the
 * end) and each tag's evidence is capped ({@code evidenceTotal} says how many there are), so one
 * document view stays small whatever the document's size. Evidence offsets are into the whole
 * field; body evidence outside the window is left out.
 */
record DocumentView(
    String id,
    String title,
    String abstractText,
    String body,
    int bodyOffset,
    int bodyTotalLength,
    Integer nextBodyOffset,
    List<String> boilerplate,
    Map<String, Object> metadata,
    List<TagView> actors,
    List<TagView> countries,
    List<TagView> topics) {

  /** The window of the body one response carries at most. */
  static final int MAX_BODY_WINDOW = 200_000;
  /** Evidence spans per tag one response carries at most. */
  static final int MAX_EVIDENCE = 1_000;

  /**
   * A tag with its labels and the spans (field, offsets, text) that made the tagger choose it;
   * {@code discovered} is true for an actor the knowledge base does not know yet, absent otherwise.
   */
  record TagView(String id, ActorType type, Map<String, String> labels, String label,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      Boolean discovered, double score, List<Evidence> evidence, int evidenceTotal) {}

  /** Which part of the body and how much evidence to send. */
  record Window(int bodyOffset, int bodyLength, int evidenceLimit) {
    static final Window DEFAULT = new Window(0, 100_000, 100);
  }

  static DocumentView of(StoredDocument d, FacetLabels labels, Lang lang) {
    return of(d, labels, lang, Window.DEFAULT);
  }

  static DocumentView of(StoredDocument d, FacetLabels labels, Lang lang, Window window) {
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
    String body = d.body() == null ? "" : d.body();
    int start = Math.min(window.bodyOffset(), body.length());
    int end = Math.min(body.length(), start + window.bodyLength());
    // Never split a surrogate pair at the window's end.
    if (end < body.length() && end > start && Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    int from = start;
    int to = end;
    return new DocumentView(
        d.id(), d.title(), d.abstractText(), d.body() == null ? null : body.substring(start, end),
        start, body.length(), end < body.length() ? end : null, d.boilerplate(), metadata,
        tags(FacetType.ACTOR, d.enrichment().actors(), labels, lang, from, to, window.evidenceLimit()),
        tags(FacetType.COUNTRY, d.enrichment().countries(), labels, lang, from, to, window.evidenceLimit()),
        tags(FacetType.TOPIC, d.enrichment().topics(), labels, lang, from, to, window.evidenceLimit()));
  }

  private static List<TagView> tags(FacetType type, List<Tag> tags, FacetLabels labels, Lang lang,
      int from, int to, int evidenceLimit) {
    return tags.stream().map(t -> {
      LabeledValue v = LabeledValue.of(labels.labelOf(type, t.id()), lang);
      List<Evidence> shown = t.evidence().stream()
          .filter(e -> !"body".equals(e.field()) || (e.start() >= from && e.end() <= to))
          .limit(evidenceLimit)
          .toList();
      return new TagView(v.id(), v.type(), v.labels(), v.label(), v.discovered(), t.score(), shown, t.evidence().size());
    }).toList();
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

}
