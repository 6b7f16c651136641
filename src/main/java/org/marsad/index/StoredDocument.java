package org.marsad.index;

import java.time.Instant;
import java.util.List;
import org.marsad.enrich.Enrichment;

/** A document as the index holds it, with its tags and their evidence. */
public record StoredDocument(
    String id,
    String title,
    String abstractText,
    String body,
    List<String> boilerplate,
    String source,
    String url,
    String author,
    Instant published,
    String language,
    String contentType,
    String fileName,
    String category,
    Integer pageCount,
    String contentHash,
    String dupGroup,
    Instant ingestedAt,
    Enrichment enrichment) {}
