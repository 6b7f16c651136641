package org.marsad.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.marsad.enrich.DictionaryEnricher;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IngestPipeline;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;
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
  DocumentExtractor documentExtractor(TikaExtractor tika) {
    return new DocumentExtractor(tika, new NewsXmlReader(), new BoilerplateSeparator());
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
      Clock clock) {
    return new IngestPipeline(extractor, new DocumentIdentity(), enricher, index, failures, clock);
  }

  @Bean
  SearchService searchService(SolrConnection solr, FacetLabels labels) {
    return new SearchService(solr, labels);
  }

  @Bean
  SuggestService suggestService(SolrConnection solr, FacetLabels labels, Clock clock) {
    return new SuggestService(solr, labels, clock);
  }
}
