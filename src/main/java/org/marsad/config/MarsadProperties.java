package org.marsad.config;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Top-level settings ({@code marsad.*}).
 *
 * @param dataDir where Marsad keeps its state: the embedded Solr home, ingest failures, jobs
 * @param sampleCorpus load the bundled sample corpus when the index is empty
 */
@Validated
@ConfigurationProperties("marsad")
public record MarsadProperties(
    @NotNull @DefaultValue("./data") Path dataDir,
    @DefaultValue("true") boolean sampleCorpus) {}
