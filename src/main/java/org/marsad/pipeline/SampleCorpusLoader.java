package org.marsad.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IndexException;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Ingests the sample corpus bundled in the jar (the seed article and a slice of ANT v1.1) into an
 * empty index, so a fresh start has something to search.
 */
public final class SampleCorpusLoader {

  private static final Logger log = LoggerFactory.getLogger(SampleCorpusLoader.class);
  private static final String PATTERN = "classpath*:sample-corpus/**/*.txt";

  private final IngestPipeline pipeline;
  private final DocumentIndex index;

  public SampleCorpusLoader(IngestPipeline pipeline, DocumentIndex index) {
    this.pipeline = pipeline;
    this.index = index;
  }

  /** Loads the corpus if the index is empty; returns the outcome counts by status. */
  public Map<IngestOutcome.Status, Long> loadIfEmpty() throws IndexException, IOException {
    if (index.count() > 0) {
      log.info("Index not empty; sample corpus not loaded");
      return Map.of();
    }
    long start = System.nanoTime();
    List<IngestSource> sources = new ArrayList<>();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
      byte[] bytes;
      try (InputStream in = resource.getInputStream()) {
        bytes = in.readAllBytes();
      }
      sources.add(IngestSource.ofBytes(resource.getFilename(), bytes));
    }
    Map<IngestOutcome.Status, Long> counts = pipeline.ingest(sources).stream()
        .collect(Collectors.groupingBy(IngestOutcome::status, () -> new EnumMap<>(IngestOutcome.Status.class), Collectors.counting()));
    index.commit();
    log.info("Sample corpus: {} files, outcomes {} in {} ms", sources.size(), counts,
        (System.nanoTime() - start) / 1_000_000);
    return counts;
  }

}
