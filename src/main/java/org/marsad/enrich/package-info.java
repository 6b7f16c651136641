/**
 * Stage 2, enrichment: the knowledge base (actors, countries, topics; reloadable), the tagger that
 * finds them in extracted text with evidence spans, their labels, and discovery of names the
 * knowledge base lacks.
 *
 * <p>May import {@code ingest} and {@code config}; never {@code index}, {@code search},
 * {@code pipeline} or {@code api}, and nothing of Solr.
 */
package org.marsad.enrich;
