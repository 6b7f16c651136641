package org.marsad.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.marsad.ingest.BatchInput;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * The command line {@code java -jar marsad.jar ingest <folder or .tar.gz>}: runs one job with a
 * console progress bar, then exits (0 when the job is done, 1 when it stopped). Does nothing when
 * the first argument is not {@code ingest}.
 */
final class IngestCommand implements ApplicationRunner {

  static final String NAME = "ingest";

  private final IngestJobs jobs;
  private final ApplicationContext context;

  IngestCommand(IngestJobs jobs, ApplicationContext context) {
    this.jobs = jobs;
    this.context = context;
  }

  static boolean isInvoked(ApplicationArguments args) {
    return !args.getNonOptionArgs().isEmpty() && NAME.equals(args.getNonOptionArgs().get(0));
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!isInvoked(args)) {
      return;
    }
    Path input = input(args.getNonOptionArgs());
    ConsoleProgress console = new ConsoleProgress(System.out);
    IngestJobStatus result = jobs.runNow(input, console::update);
    console.finish(result);
    int code = result.state() == IngestJobStatus.State.DONE ? 0 : 1;
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
  }

  /** The folder or archive named on the command line; a clear message when it is missing or wrong. */
  static Path input(List<String> words) {
    if (words.size() != 2) {
      throw new IllegalArgumentException("Usage: ingest <folder or .tar.gz>");
    }
    Path input = Path.of(words.get(1));
    if (!BatchInput.readable(input)) {
      throw new IllegalArgumentException(input + " is neither a folder nor a .tar.gz archive");
    }
    return input;
  }
}
