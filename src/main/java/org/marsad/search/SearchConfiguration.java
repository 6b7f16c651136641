package org.marsad.search;

import java.time.Clock;
import org.marsad.enrich.FacetLabels;
import org.marsad.index.DocumentIndex;
import org.marsad.solr.SolrConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires searching and the search box's suggestions. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  SearchService searchService(SolrConnection solr, FacetLabels labels, SearchLimits limits) {
    return new SearchService(solr, labels, limits);
  }

  @Bean
  SuggestService suggestService(DocumentIndex index, FacetLabels labels, Clock clock) {
    return new SuggestService(index, labels, clock);
  }
}
