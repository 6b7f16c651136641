package org.marsad.pipeline;

import java.time.Clock;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.index.DocumentIndex;
import org.marsad.index.NearDuplicateGroups;
import org.marsad.index.Retagger;
import org.marsad.ingest.ArchiveReader;
import org.marsad.ingest.BoundedWorkers;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.InFlightBytes;
import org.marsad.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pipeline that joins the stages: ingest → enrich → index. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

  @Bean
  IngestPipeline ingestPipeline(
      DocumentExtractor extractor, Enricher enricher, DocumentIndex index, FailureLog failures,
      Clock clock, IngestProperties ingest, BoundedWorkers parseWorkers) {
    return new IngestPipeline(extractor, new DocumentIdentity(), enricher, index, failures, clock,
        new ArchiveReader(ingest.maxFileSize(), ingest.maxArchiveEntries(), ingest.maxArchiveRatio(),
            ingest.maxArchiveUnpacked().toBytes()),
        parseWorkers, new NearDuplicateGroups(index), new InFlightBytes(ingest.maxBytesInFlight().toBytes()));
  }

  @Bean(destroyMethod = "close")
  KnowledgeBaseReloads knowledgeBaseReloads(
      LiveKnowledgeBase knowledgeBase, Retagger retagger, DocumentIndex index, Clock clock) {
    return new KnowledgeBaseReloads(knowledgeBase, retagger, index, clock);
  }
}
