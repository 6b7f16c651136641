package org.marsad.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.marsad.config.MarsadProperties;
import org.marsad.index.DocumentIndex;
import org.marsad.ingest.IngestProperties;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Batch ingest jobs: the job registry (state under {@code <data-dir>/ingest-jobs}), resuming
 * unfinished jobs at start-up, and the {@code ingest} command line ({@link IngestCommand}).
 */
@Configuration(proxyBeanMethods = false)
class IngestJobsConfiguration {

  /**
   * Files per chunk: four of the pipeline's parse batches, so that parsing one batch overlaps
   * storing the one before (a chunk ends with its last batch stored); few enough to resume close
   * to a crash.
   */
  private static final int CHUNK = 4 * IngestPipeline.BATCH_FILES;

  @Bean(destroyMethod = "close")
  IngestJobs ingestJobs(
      IngestPipeline pipeline, DocumentIndex index, MarsadProperties marsad, IngestProperties ingest,
      ObjectMapper json, Clock clock) {
    IngestJobStore store = new IngestJobStore(marsad.dataDir().resolve("ingest-jobs"), json);
    return new IngestJobs(pipeline, index, store, clock, CHUNK, ingest.maxFileSize());
  }

  /** Resumes jobs a restart interrupted (not when run as the ingest command). */
  @Bean
  @Order(10)
  ApplicationRunner resumeIngestJobs(IngestJobs jobs) {
    return args -> {
      if (!IngestCommand.isInvoked(args)) {
        jobs.resumeUnfinished();
      }
    };
  }

  @Bean
  @Order(20)
  IngestCommand ingestCommand(IngestJobs jobs, ApplicationContext context) {
    return new IngestCommand(jobs, context);
  }
}
