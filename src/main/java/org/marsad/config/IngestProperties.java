package org.marsad.config;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ingest limits ({@code marsad.ingest.*}).
 *
 * @param maxCharacters text kept per document; longer text is truncated and the truncation noted
 */
@Validated
@ConfigurationProperties("marsad.ingest")
public record IngestProperties(@Min(1000) @DefaultValue("5000000") int maxCharacters) {}
