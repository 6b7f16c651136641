package org.marsad.search;

import java.time.Clock;
import org.marsad.enrich.FacetLabels;
import org.marsad.index.DocumentIndex;
import org.marsad.solr.SolrConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires searching, the search box's suggestions and the whole index's facet counts they share. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean(initMethod = "start", destroyMethod = "close")
  IndexFacetCounts indexFacetCounts(SolrConnection solr, IndexCountsProperties properties, DocumentIndex index) {
    IndexFacetCounts counts = new IndexFacetCounts(solr, properties.refresh());
    index.afterEachWrite(counts::indexWritten);
    return counts;
  }

  @Bean
  SearchService searchService(SolrConnection solr, FacetLabels labels, SearchLimits limits, IndexFacetCounts counts) {
    return new SearchService(solr, labels, limits, counts);
  }

  @Bean
  SuggestService suggestService(DocumentIndex index, FacetLabels labels, Clock clock, IndexFacetCounts counts) {
    return new SuggestService(index, labels, clock, counts);
  }
}
