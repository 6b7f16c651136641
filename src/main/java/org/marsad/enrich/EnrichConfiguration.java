package org.marsad.enrich;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the knowledge base (reloadable), the actor name model and discovered-actor filter, the tagger built from them and name discovery. */
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

  /** The learned filter of discovered actors shipped in the jar: loaded once, like the name model. */
  @Bean
  DiscoveredActorFilter discoveredActorFilter() {
    return DiscoveredActorFilter.packaged();
  }

  @Bean
  LiveKnowledgeBase knowledgeBase(KnowledgeBaseProperties properties, NameDiscovery discovery, ActorNameModel names,
      DiscoveredActorFilter filter) {
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader(properties.dir());
    return new LiveKnowledgeBase(loader::load, discovery, names, filter);
  }

  @Bean
  Enricher enricher(LiveKnowledgeBase knowledgeBase) {
    return knowledgeBase.enricher();
  }
}
