/**
 * Stage 1, files in: uploads, batch folders and {@code .tar.gz} archives ({@link BatchInput}),
 * ZIP members ({@link ArchiveReader}), the inboxes batch jobs are confined to ({@link Inboxes}), Tika
 * extraction with Arabic-aware charset detection, format readers (news XML, web pages), dates,
 * language, limits, content-derived ids, SimHash and the failure log.
 *
 * <p>The first stage: imports no other stage ({@code enrich}, {@code index}, {@code search}),
 * neither {@code pipeline} nor {@code api}, and nothing of Solr; only {@code config}.
 */
package org.marsad.ingest;
