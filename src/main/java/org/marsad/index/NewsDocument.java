package org.marsad.index;

import java.time.Instant;
import org.marsad.enrich.Enrichment;
import org.marsad.ingest.ExtractedDocument;

/**
 * A document ready for the index: what extraction found and what enrichment tagged.
 *
 * @param id content-derived id
 * @param contentHash hash of the whole canonical text
 * @param dupGroup near-duplicate group, or null when the document stands alone
 * @param ingestedAt when Marsad first took the document in
 */
public record NewsDocument(
    String id,
    String contentHash,
    String dupGroup,
    ExtractedDocument extracted,
    Enrichment enrichment,
    Instant ingestedAt) {}
