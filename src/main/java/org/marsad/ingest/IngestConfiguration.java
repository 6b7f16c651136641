package org.marsad.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.marsad.config.MarsadProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires extraction: Tika, the format readers, the bounded parsing workers and the failure log. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

  @Bean
  TikaExtractor tikaExtractor(IngestProperties ingest) {
    return new TikaExtractor(ingest.maxCharacters());
  }

  @Bean
  DocumentExtractor documentExtractor(TikaExtractor tika, IngestProperties ingest) {
    return new DocumentExtractor(
        tika, new NewsXmlReader(), new BoilerplateSeparator(), new LanguageGuesser(), ingest.maxFileSize());
  }

  @Bean(destroyMethod = "close")
  BoundedWorkers parseWorkers(IngestProperties ingest) {
    return new BoundedWorkers(ingest.threads(), ingest.parseTimeout());
  }

  @Bean
  Inboxes inboxes(IngestProperties ingest) {
    return new Inboxes(ingest.inboxes());
  }

  @Bean
  FailureLog failureLog(MarsadProperties marsad, IngestProperties ingest, ObjectMapper json, Clock clock) {
    return new FailureLog(marsad.dataDir().resolve("ingest-failures.jsonl"), json, clock,
        ingest.failedFilesQuota().toBytes(), ingest.failedFilesExpiry());
  }
}
