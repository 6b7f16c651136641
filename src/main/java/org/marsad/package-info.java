/**
 * Marsad, a search server for Arabic news with actor, country and topic facets. A document travels
 * one way: {@code ingest → enrich → index → search → api}, joined by {@code pipeline}; {@code solr}
 * reaches Solr and {@code config} holds shared settings. A package imports only the stages before
 * it, {@code solr} and {@code config}; the architecture test keeps it so.
 */
package org.marsad;
