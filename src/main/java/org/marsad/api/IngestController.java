package org.marsad.api;

import java.util.List;
import org.marsad.ingest.FailureLog;
import org.marsad.ingest.IngestFailure;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ingest: what could not be ingested. */
@RestController
@RequestMapping("/api/ingest")
class IngestController {

  private final FailureLog failures;

  IngestController(FailureLog failures) {
    this.failures = failures;
  }

  @GetMapping("/failures")
  List<IngestFailure> failures() {
    return failures.list();
  }
}
