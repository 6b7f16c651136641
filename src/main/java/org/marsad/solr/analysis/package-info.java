/**
 * Marsad's Lucene analysis components, which Solr loads by SPI name from the schema
 * ({@code arabicCliticStem}); also built as a separate plugin jar for an external Solr.
 *
 * <p>Runs inside any Solr, so it imports Lucene alone: no other Marsad package, no Spring, no
 * SolrJ.
 */
package org.marsad.solr.analysis;
