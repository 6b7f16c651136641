package org.marsad.enrich;

/** Finds actors, countries and topics in a document's text. Implementations are thread safe. */
public interface Enricher {

  Enrichment enrich(TaggableText text);
}
