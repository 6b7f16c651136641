/**
 * Marsad, a search server for Arabic news with actor, country and topic facets. A document travels
 * one way: {@code ingest → enrich → index → search → api}, joined by {@code pipeline}; {@code solr}
 * reaches Solr and {@code config} holds shared settings. The architecture test keeps it so.
 */
package org.marsad;
