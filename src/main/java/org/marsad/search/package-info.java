/**
 * Stage 4, search: turns a user's request into a safe Solr query (edismax over the configset's
 * paramsets, tagged filters, multi-select facets, highlighting, a date histogram) and Solr's answer
 * into results; suggestions for the search box; exports.
 *
 * <p>May import {@code ingest}, {@code enrich}, {@code index}, {@code solr} and {@code config};
 * never {@code pipeline} or {@code api}. Relevance (qf, pf, mm, boosts) belongs to the configset,
 * not to this package: Java sends the query, filters, facets and paging.
 */
package org.marsad.search;
