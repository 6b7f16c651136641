package org.marsad.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.enrich.NameDiscovery;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IngestPipeline;
import org.marsad.index.Retagger;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.index.NearDuplicateGroups;
import org.marsad.ingest.ArchiveReader;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.BoundedWorkers;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.InFlightBytes;
import org.marsad.ingest.LanguageGuesser;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;
import org.marsad.search.SearchLimits;
import org.marsad.search.SearchService;
import org.marsad.search.SuggestService;
import org.marsad.solr.SolrConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pipeline's steps: ingest → enrich → index → search. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  TikaExtractor tikaExtractor(IngestProperties ingest) {
    return new TikaExtractor(ingest.maxCharacters());
  }

  @Bean
  DocumentExtractor documentExtractor(TikaExtractor tika, IngestProperties ingest) {
    return new DocumentExtractor(
        tika, new NewsXmlReader(), new BoilerplateSeparator(), new LanguageGuesser(), ingest.maxFileSize());
  }

  @Bean(destroyMethod = "close")
  BoundedWorkers parseWorkers(IngestProperties ingest) {
    return new BoundedWorkers(ingest.threads(), ingest.parseTimeout());
  }

  @Bean
  FailureLog failureLog(MarsadProperties marsad, IngestProperties ingest, ObjectMapper json, Clock clock) {
    return new FailureLog(marsad.dataDir().resolve("ingest-failures.jsonl"), json, clock,
        ingest.failedFilesQuota().toBytes(), ingest.failedFilesExpiry());
  }

  @Bean
  NameDiscovery nameDiscovery() {
    return new NameDiscovery();
  }

  @Bean
  LiveKnowledgeBase knowledgeBase(KnowledgeBaseProperties properties, NameDiscovery discovery) {
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader(properties.dir());
    return new LiveKnowledgeBase(loader::load, discovery);
  }

  @Bean
  Enricher enricher(LiveKnowledgeBase knowledgeBase) {
    return knowledgeBase.enricher();
  }

  @Bean
  DocumentIndex documentIndex(SolrConnection solr, ObjectMapper json) {
    return new DocumentIndex(solr, new SolrDocumentMapper(json));
  }

  @Bean
  Retagger retagger(DocumentIndex index, ObjectMapper json) {
    return new Retagger(index, new SolrDocumentMapper(json));
  }

  @Bean
  IngestPipeline ingestPipeline(
      DocumentExtractor extractor, Enricher enricher, DocumentIndex index, FailureLog failures,
      Clock clock, IngestProperties ingest, BoundedWorkers parseWorkers, SolrConnection solr) {
    return new IngestPipeline(extractor, new DocumentIdentity(), enricher, index, failures, clock,
        new ArchiveReader(ingest.maxFileSize(), ingest.maxArchiveEntries(), ingest.maxArchiveRatio(),
            ingest.maxArchiveUnpacked().toBytes()),
        parseWorkers, new NearDuplicateGroups(index), new InFlightBytes(ingest.maxBytesInFlight().toBytes()));
  }

  @Bean
  SearchService searchService(SolrConnection solr, FacetLabels labels, SearchLimits limits) {
    return new SearchService(solr, labels, limits);
  }

  @Bean
  SuggestService suggestService(DocumentIndex index, FacetLabels labels, Clock clock) {
    return new SuggestService(index, labels, clock);
  }
}
