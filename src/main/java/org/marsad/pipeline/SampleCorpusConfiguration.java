package org.marsad.pipeline;

import org.marsad.index.DocumentIndex;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the bundled sample corpus into an empty index at start-up ({@code marsad.sample-corpus}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "marsad.sample-corpus", havingValue = "true", matchIfMissing = true)
class SampleCorpusConfiguration {

  @Bean
  ApplicationRunner sampleCorpus(IngestPipeline pipeline, DocumentIndex index) {
    return args -> new SampleCorpusLoader(pipeline, index).loadIfEmpty();
  }
}
