/**
 * Settings every stage shares ({@code marsad.data-dir}, {@code marsad.sample-corpus}) and the
 * clock. Each stage keeps its own settings record beside it ({@code ingest.IngestProperties},
 * {@code enrich.KnowledgeBaseProperties}, {@code solr.SolrProperties}).
 *
 * <p>Imports no other Marsad package, so any package may import it without a cycle.
 */
package org.marsad.config;
