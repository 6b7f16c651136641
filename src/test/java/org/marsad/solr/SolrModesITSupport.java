package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.marsad.enrich.Lang;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.enrich.NameDiscovery;
import org.marsad.index.NearDuplicateGroups;
import org.marsad.ingest.ArchiveReader;
import org.marsad.ingest.BoundedWorkers;
import org.marsad.search.Facet;
import org.marsad.search.SearchFilters;
import org.marsad.index.DocumentIndex;
import org.marsad.pipeline.IngestPipeline;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.InFlightBytes;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchService;

/** The same ingest-and-search scenario, run against each way of reaching Solr. */
abstract class SolrModesITSupport {

  /** Ingests the seed article and an ANT article, then searches and facets them. */
  static void ingestAndSearch(SolrConnection solr, java.nio.file.Path dataDir) throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    DocumentIndex index = new DocumentIndex(solr, new SolrDocumentMapper(json));
    List<IngestOutcome> outcomes;
    try (BoundedWorkers workers = new BoundedWorkers(2, Duration.ofSeconds(60))) {
      IngestPipeline pipeline = new IngestPipeline(
          new DocumentExtractor(new TikaExtractor(1_000_000), new NewsXmlReader(), new BoilerplateSeparator()),
          new DocumentIdentity(), new KnowledgeBaseTagger(kb), index,
          new FailureLog(dataDir.resolve("failures.jsonl"), json, Clock.systemUTC()), Clock.systemUTC(),
          new ArchiveReader(10_000_000, 100, 100, 1_000_000_000), workers, new NearDuplicateGroups(index),
          new InFlightBytes(64 << 20));
      outcomes = pipeline.ingest(List.of(
          source("libya-us-russia.txt", "/seed/libya-us-russia.txt"),
          source("JA-politic-105-20170203.txt", "/ant/JA-politic-105-20170203.txt")));
    }
    index.commit();

    assertThat(outcomes).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.INDEXED);
    SearchFilters filters = new SearchFilters(Map.of(Facet.COUNTRY, List.of("RU")), Map.of(), null, null);
    SearchResult result = new SearchService(solr, new LiveKnowledgeBase(() -> kb, new NameDiscovery())).search(
        new SearchRequest("ليبيا", null, filters, SearchRequest.Sort.RELEVANCE, 0, 10, null, false,
            SearchRequest.DateGap.MONTH, Lang.EN));
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.hits().get(0).title()).startsWith("تحركات أميركية في ليبيا");
    assertThat(result.hits().get(0).snippet()).contains("<mark>");
    SearchResult.Facet countries = result.facets().stream()
        .filter(f -> f.name().equals("country")).findFirst().orElseThrow();
    assertThat(countries.values()).extracting(SearchResult.FacetCount::id).contains("LY", "RU", "TN");
  }

  private static IngestSource source(String name, String resource) throws Exception {
    try (InputStream in = SolrModesITSupport.class.getResourceAsStream(resource)) {
      return IngestSource.ofBytes(name, in.readAllBytes());
    }
  }
}
