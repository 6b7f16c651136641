package org.marsad.solr;

import org.marsad.config.MarsadProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Solr connection: one per app, closed (and the embedded node stopped) at shutdown. */
@Configuration(proxyBeanMethods = false)
class SolrConfiguration {

  @Bean
  Configset configset() {
    return Configset.fromClasspath();
  }

  @Bean(destroyMethod = "close")
  SolrConnection solrConnection(SolrProperties solr, MarsadProperties marsad, Configset configset)
      throws Exception {
    return new SolrConnector(solr, configset).open(marsad.dataDir());
  }
}
