package org.marsad.api;

import java.io.UncheckedIOException;
import org.marsad.index.IndexException;
import org.marsad.pipeline.KnowledgeBaseReloads;
import org.marsad.pipeline.KnowledgeBaseReloads.ReloadJob;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reloads the knowledge base files and re-tags every stored document with them. The files are read
 * at once (a broken one is a 422 and the current knowledge base stays); the re-tagging runs in the
 * background ({@link KnowledgeBaseReloads}) as a job whose progress is at its {@code Location}.
 */
@RestController
@RequestMapping("/api/admin/knowledge-base")
class KnowledgeBaseController {

  private final KnowledgeBaseReloads reloads;

  KnowledgeBaseController(KnowledgeBaseReloads reloads) {
    this.reloads = reloads;
  }

  /**
   * Reads the knowledge base files and starts re-tagging: 202 with the job, 409 while one runs,
   * 422 (and the current knowledge base stays) when a file cannot be read.
   */
  @PostMapping("/reload")
  ResponseEntity<?> reload() throws IndexException {
    ReloadJob job;
    try {
      job = reloads.start();
    } catch (KnowledgeBaseReloads.ReloadRunningException e) {
      throw new ConflictException(e.getMessage());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
      problem.setTitle("Knowledge base not reloaded");
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .header("Location", "/api/admin/knowledge-base/reload/" + job.id())
        .body(job);
  }

  @GetMapping("/reload/{id}")
  ReloadJob job(@PathVariable String id) {
    return reloads.job(id)
        .orElseThrow(() -> new NotFoundException("No knowledge-base reload with id '" + id + "' (only the latest is kept)"));
  }
}
