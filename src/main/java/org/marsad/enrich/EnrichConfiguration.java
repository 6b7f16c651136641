package org.marsad.enrich;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the knowledge base (reloadable), the actor name model, the tagger built from them and name discovery. */
@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

  @Bean
  NameDiscovery nameDiscovery() {
    return new NameDiscovery();
  }

  /** The statistical name finder shipped in the jar: loaded once, shared by every tagger a reload builds. */
  @Bean
  ActorNameModel actorNameModel() {
    return ActorNameModel.packaged();
  }

  @Bean
  LiveKnowledgeBase knowledgeBase(KnowledgeBaseProperties properties, NameDiscovery discovery, ActorNameModel names) {
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader(properties.dir());
    return new LiveKnowledgeBase(loader::load, discovery, names);
  }

  @Bean
  Enricher enricher(LiveKnowledgeBase knowledgeBase) {
    return knowledgeBase.enricher();
  }
}
