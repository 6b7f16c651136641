/**
 * Marsad's Lucene analysis components, which Solr loads by SPI name from the schema
 * ({@code arabicNormaliser}, {@code arabicCliticStem}, {@code arabicNameKey}); also built as a
 * separate plugin jar for an external Solr.
 *
 * <p>Runs inside any Solr, so it imports Lucene and ICU4J alone (ICU comes with Solr's
 * analysis-extras module, which the schema's ICU filters need anyway): no other Marsad package, no
 * Spring, no SolrJ.
 */
package org.marsad.solr.analysis;
