/**
 * Orchestration: the ingest pipeline that joins the stages (extract, enrich, index), batch jobs
 * (registry, persistence, progress), the {@code ingest} command line, and the sample corpus loaded
 * into an empty index.
 *
 * <p>May import {@code ingest}, {@code enrich}, {@code index}, {@code solr} and {@code config};
 * never {@code search} or {@code api}. Only {@code api} imports it.
 */
package org.marsad.pipeline;
