package org.marsad.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.marsad.enrich.DictionaryEnricher;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IngestPipeline;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.index.NearDuplicateGroups;
import org.marsad.ingest.ArchiveReader;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.BoundedWorkers;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.LanguageGuesser;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;
import org.marsad.search.SearchService;
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
  FailureLog failureLog(MarsadProperties marsad, ObjectMapper json, Clock clock) {
    return new FailureLog(marsad.dataDir().resolve("ingest-failures.jsonl"), json, clock);
  }

  @Bean
  KnowledgeBase knowledgeBase() {
    return KnowledgeBase.countriesFromCldr();
  }

  @Bean
  Enricher enricher(KnowledgeBase knowledgeBase) {
    return new DictionaryEnricher(knowledgeBase);
  }

  @Bean
  DocumentIndex documentIndex(SolrConnection solr, ObjectMapper json) {
    return new DocumentIndex(solr, new SolrDocumentMapper(json));
  }

  @Bean
  IngestPipeline ingestPipeline(
      DocumentExtractor extractor, Enricher enricher, DocumentIndex index, FailureLog failures,
      Clock clock, IngestProperties ingest, BoundedWorkers parseWorkers, SolrConnection solr) {
    return new IngestPipeline(extractor, new DocumentIdentity(), enricher, index, failures, clock,
        new ArchiveReader(ingest.maxFileSize(), ingest.maxArchiveEntries(), ingest.maxArchiveRatio()),
        parseWorkers, new NearDuplicateGroups(solr));
  }

  @Bean
  SearchService searchService(SolrConnection solr, KnowledgeBase knowledgeBase) {
    return new SearchService(solr, knowledgeBase);
  }
}
