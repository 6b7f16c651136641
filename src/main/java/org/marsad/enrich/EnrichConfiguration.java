package org.marsad.enrich;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the knowledge base (reloadable), the tagger built from it and name discovery. */
@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

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
}
