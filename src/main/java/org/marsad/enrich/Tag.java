package org.marsad.enrich;

import java.util.List;

/**
 * One canonical facet value found in a document, with the evidence that made the tagger choose it.
 *
 * @param id the canonical id (ISO 3166-1 alpha-2 for countries, a slug for actors and topics)
 * @param score how strongly the text supports the tag (mentions for countries and actors, the
 *     weighted evidence for topics)
 * @param evidence the spans, in text order
 */
public record Tag(String id, double score, List<Evidence> evidence) {

  public Tag {
    evidence = List.copyOf(evidence);
  }
}
