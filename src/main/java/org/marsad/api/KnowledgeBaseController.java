package org.marsad.api;

import java.io.UncheckedIOException;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.index.IndexException;
import org.marsad.index.Retagger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reloads the knowledge base files and re-tags every stored document with them. */
@RestController
@RequestMapping("/api/admin/knowledge-base")
class KnowledgeBaseController {

  /** The reloaded knowledge base's size and what the re-tagging did. */
  record ReloadResponse(KnowledgeBase.Size knowledgeBase, long retagged, long millis) {}

  private final LiveKnowledgeBase knowledgeBase;
  private final Retagger retagger;

  KnowledgeBaseController(LiveKnowledgeBase knowledgeBase, Retagger retagger) {
    this.knowledgeBase = knowledgeBase;
    this.retagger = retagger;
  }

  /**
   * A knowledge base file that cannot be read leaves the current knowledge base in place and
   * answers 422 with the file and the reason, so the curator can fix it.
   */
  @PostMapping("/reload")
  synchronized ResponseEntity<?> reload() throws IndexException {
    KnowledgeBase kb;
    try {
      kb = knowledgeBase.reload();
    } catch (UncheckedIOException | IllegalArgumentException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
      problem.setTitle("Knowledge base not reloaded");
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    Retagger.Report report = retagger.retag(knowledgeBase.enricher());
    return ResponseEntity.ok(new ReloadResponse(kb.size(), report.documents(), report.millis()));
  }
}
