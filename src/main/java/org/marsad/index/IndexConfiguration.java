package org.marsad.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.solr.SolrConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the index: SolrJ writes and reads of news documents, and re-tagging. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

  @Bean
  DocumentIndex documentIndex(SolrConnection solr, ObjectMapper json) {
    return new DocumentIndex(solr, new SolrDocumentMapper(json));
  }

  @Bean
  Retagger retagger(DocumentIndex index, ObjectMapper json) {
    return new Retagger(index, new SolrDocumentMapper(json));
  }
}
