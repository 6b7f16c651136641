package org.marsad.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.marsad.index.IndexUnavailableException;
import org.marsad.pipeline.IngestJobStatus;
import org.marsad.pipeline.IngestJobs;
import org.marsad.pipeline.IngestPipeline;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.Inboxes;
import org.marsad.ingest.IngestFailure;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ingest: batch jobs over the configured inbox folders, and what could not be ingested (with
 * retry). A job reads only inside {@code marsad.ingest.inboxes}, never an arbitrary server path.
 */
@RestController
@RequestMapping("/api/ingest")
class IngestController {

  private final FailureLog failures;
  private final IngestJobs jobs;
  private final IngestPipeline pipeline;
  private final Inboxes inboxes;

  IngestController(FailureLog failures, IngestJobs jobs, IngestPipeline pipeline, Inboxes inboxes) {
    this.failures = failures;
    this.jobs = jobs;
    this.pipeline = pipeline;
    this.inboxes = inboxes;
  }

  @GetMapping("/failures")
  List<IngestFailure> failures() {
    return failures.list();
  }

  /** Tries a failed file again; the failure leaves the list (a new one is recorded if it fails again). */
  @PostMapping("/failures/{id}/retry")
  ResponseEntity<?> retry(@PathVariable String id) throws IndexUnavailableException {
    failures.get(id).orElseThrow(() -> new NotFoundException("No ingest failure with id '" + id + "'"));
    IngestSource source = failures.source(id).orElse(null);
    if (source == null) {
      return problem(HttpStatus.CONFLICT, "Not retryable",
          "Marsad no longer has this file; upload it again");
    }
    List<IngestOutcome> outcomes = pipeline.ingest(List.of(source));
    failures.remove(id);
    return ResponseEntity.ok(new RetryResponse(outcomes));
  }

  /** Starts a batch job over a folder under one of the inboxes (absolute, or relative to an inbox). */
  @PostMapping("/jobs")
  ResponseEntity<?> start(@RequestBody(required = false) JobRequest request) throws IOException {
    if (request == null || request.folder() == null || request.folder().isBlank()) {
      return problem(HttpStatus.BAD_REQUEST, "Folder missing", "Send {\"folder\": \"<folder under an inbox>\"}");
    }
    if (!inboxes.configured()) {
      return problem(HttpStatus.FORBIDDEN, "No inbox configured",
          "Batch ingest reads only inbox folders; set marsad.ingest.inboxes");
    }
    Path folder = inboxes.resolve(request.folder()).orElse(null);
    if (folder == null) {
      return problem(HttpStatus.FORBIDDEN, "Folder not allowed",
          "'" + request.folder() + "' is not a folder inside an inbox (" + inboxes.count()
              + " configured); batch ingest reads nothing else");
    }
    IngestJobStatus job = jobs.start(folder);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .header("Location", "/api/ingest/jobs/" + job.id())
        .body(job);
  }

  @GetMapping("/jobs")
  List<IngestJobStatus> jobs() {
    return jobs.list();
  }

  @GetMapping("/jobs/{id}")
  IngestJobStatus job(@PathVariable String id) {
    return jobs.get(id).orElseThrow(() -> new NotFoundException("No ingest job with id '" + id + "'"));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }

  record JobRequest(String folder) {}

  record RetryResponse(List<IngestOutcome> documents) {}
}
