/**
 * Stage 3, the index: maps an enriched document to Solr fields and back, batched and idempotent
 * writes through SolrJ, real-time get, near-duplicate groups and re-tagging after a knowledge base
 * reload.
 *
 * <p>May import {@code ingest}, {@code enrich}, {@code solr} and {@code config}; never
 * {@code search}, {@code pipeline} or {@code api}.
 */
package org.marsad.index;
