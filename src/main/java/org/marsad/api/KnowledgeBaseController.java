package org.marsad.api;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IndexException;
import org.marsad.index.Retagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
 * background — minutes on a large index — as a job whose progress is at its {@code Location}.
 */
@RestController
@RequestMapping("/api/admin/knowledge-base")
class KnowledgeBaseController implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseController.class);

  /** A reload: its knowledge base's size and how far the re-tagging is. */
  record ReloadJob(String id, String state, KnowledgeBase.Size knowledgeBase, long total, long retagged,
      Instant started, Instant finished, Long millis, String error) {

    ReloadJob progressed(long done) {
      return new ReloadJob(id, state, knowledgeBase, total, done, started, finished, millis, error);
    }

    ReloadJob ended(String endState, long done, Instant at, String reason) {
      return new ReloadJob(id, endState, knowledgeBase, total, done, started, at,
          at.toEpochMilli() - started.toEpochMilli(), reason);
    }

    boolean running() {
      return "running".equals(state);
    }
  }

  private final LiveKnowledgeBase knowledgeBase;
  private final Retagger retagger;
  private final DocumentIndex index;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "knowledge-base-reload");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicReference<ReloadJob> latest = new AtomicReference<>();

  KnowledgeBaseController(LiveKnowledgeBase knowledgeBase, Retagger retagger, DocumentIndex index, Clock clock) {
    this.knowledgeBase = knowledgeBase;
    this.retagger = retagger;
    this.index = index;
    this.clock = clock;
  }

  /**
   * Reads the knowledge base files and starts re-tagging: 202 with the job, 409 while one runs,
   * 422 (and the current knowledge base stays) when a file cannot be read.
   */
  @PostMapping("/reload")
  synchronized ResponseEntity<?> reload() throws IndexException {
    ReloadJob current = latest.get();
    if (current != null && current.running()) {
      throw new ConflictException("A reload is running (job " + current.id() + ", "
          + current.retagged() + " of " + current.total() + " documents re-tagged); wait for it to finish");
    }
    KnowledgeBase kb;
    try {
      kb = knowledgeBase.reload();
    } catch (UncheckedIOException | IllegalArgumentException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
      problem.setTitle("Knowledge base not reloaded");
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    // Documents written within the last second become countable (and re-taggable) first.
    index.commit();
    ReloadJob job = new ReloadJob(UUID.randomUUID().toString().substring(0, 8), "running", kb.size(),
        index.count(), 0, clock.instant(), null, null, null);
    latest.set(job);
    worker.execute(() -> retag(job));
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .header("Location", "/api/admin/knowledge-base/reload/" + job.id())
        .body(job);
  }

  @GetMapping("/reload/{id}")
  ReloadJob job(@PathVariable String id) {
    return Optional.ofNullable(latest.get()).filter(j -> j.id().equals(id))
        .orElseThrow(() -> new NotFoundException("No knowledge-base reload with id '" + id + "' (only the latest is kept)"));
  }

  private void retag(ReloadJob job) {
    try {
      Retagger.Report report = retagger.retag(knowledgeBase.enricher(), done -> latest.set(latest.get().progressed(done)));
      latest.set(latest.get().ended("done", report.documents(), clock.instant(), null));
    } catch (IndexException | RuntimeException e) {
      log.warn("Re-tagging after a knowledge base reload failed [{}]: {}", job.id(), e.getMessage());
      ReloadJob now = latest.get();
      latest.set(now.ended("failed", now.retagged(), clock.instant(),
          "Re-tagging stopped: the search index did not answer; reload again"));
    }
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
