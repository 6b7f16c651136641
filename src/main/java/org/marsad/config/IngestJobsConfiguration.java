package org.marsad.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IngestJobStatus;
import org.marsad.index.IngestJobs;
import org.marsad.index.IngestPipeline;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Batch ingest jobs: the job registry (state under {@code <data-dir>/ingest-jobs}), resuming
 * unfinished jobs at start-up, and the command line {@code java -jar marsad.jar ingest <folder>},
 * which runs one job with a console progress bar and exits.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobsConfiguration {

  /** Files per chunk: enough to keep every parser busy, few enough to resume close to a crash. */
  private static final int CHUNK = 64;
  private static final String COMMAND = "ingest";

  @Bean(destroyMethod = "close")
  IngestJobs ingestJobs(
      IngestPipeline pipeline, DocumentIndex index, MarsadProperties marsad, IngestProperties ingest,
      ObjectMapper json, Clock clock) {
    return new IngestJobs(pipeline, index, marsad.dataDir().resolve("ingest-jobs"), json, clock, CHUNK,
        ingest.maxFileSize());
  }

  /** Resumes jobs a restart interrupted (not when run as the ingest command). */
  @Bean
  @Order(10)
  ApplicationRunner resumeIngestJobs(IngestJobs jobs) {
    return args -> {
      if (!isIngestCommand(args)) {
        jobs.resumeUnfinished();
      }
    };
  }

  @Bean
  @Order(20)
  ApplicationRunner ingestCommand(IngestJobs jobs, ApplicationContext context) {
    return args -> {
      if (!isIngestCommand(args)) {
        return;
      }
      List<String> words = args.getNonOptionArgs();
      if (words.size() != 2) {
        throw new IllegalArgumentException("Usage: ingest <folder or .tar.gz>");
      }
      Path folder = Path.of(words.get(1));
      if (!Files.isDirectory(folder) && !IngestJobs.isTarGz(folder)) {
        throw new IllegalArgumentException(folder + " is neither a folder nor a .tar.gz archive");
      }
      PrintStream out = System.out;
      IngestJobStatus result = jobs.runNow(folder, status -> out.print("\r" + progressLine(status)));
      out.println();
      out.printf(Locale.ROOT, "%s: %d files, %d indexed, %d duplicates, %d failed, %.1f files/s%n",
          result.state(), result.done(), result.indexed(), result.duplicates(), result.failed(),
          result.docsPerSecond());
      if (result.error() != null) {
        out.println(result.error());
      }
      int code = IngestJobStatus.DONE.equals(result.state()) ? 0 : 1;
      System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    };
  }

  static String progressLine(IngestJobStatus s) {
    int width = 30;
    int filled = s.total() == 0 ? 0 : (int) (width * s.done() / s.total());
    String eta = s.etaSeconds() == null ? "?" : IngestJobs.humanDuration(s.etaSeconds());
    return String.format(Locale.ROOT, "[%s%s] %d/%d  %.1f files/s  failures %d  ETA %s   ",
        "#".repeat(filled), ".".repeat(width - filled), s.done(), s.total(), s.docsPerSecond(),
        s.failed(), eta);
  }

  private static boolean isIngestCommand(ApplicationArguments args) {
    return !args.getNonOptionArgs().isEmpty() && COMMAND.equals(args.getNonOptionArgs().get(0));
  }
}
