package org.marsad.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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

/**
 * Knowledge-base reloads as background jobs: the files are read at once (a broken one throws and the
 * current knowledge base stays), then every stored document is re-tagged in the background
 * ({@link Retagger}: tagging on the cores, only changed documents written). One reload at a time; only the latest job is kept. Thread safe.
 */
public final class KnowledgeBaseReloads implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseReloads.class);

  /** Where a reload's re-tagging stands; written in lower case in JSON. */
  public enum State {
    RUNNING,
    DONE,
    FAILED;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A reload: its knowledge base's size and how far the re-tagging is. */
  public record ReloadJob(String id, State state, KnowledgeBase.Size knowledgeBase, long total, long retagged,
      Instant started, Instant finished, Long millis, String error) {

    ReloadJob progressed(long done) {
      return new ReloadJob(id, state, knowledgeBase, total, done, started, finished, millis, error);
    }

    ReloadJob ended(State endState, long done, Instant at, String reason) {
      return new ReloadJob(id, endState, knowledgeBase, total, done, started, at,
          at.toEpochMilli() - started.toEpochMilli(), reason);
    }
  }

  /** A reload was asked for while another one is re-tagging. */
  public static final class ReloadRunningException extends RuntimeException {
    ReloadRunningException(ReloadJob running) {
      super("A reload is running (job " + running.id() + ", " + running.retagged() + " of "
          + running.total() + " documents re-tagged); wait for it to finish");
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

  public KnowledgeBaseReloads(LiveKnowledgeBase knowledgeBase, Retagger retagger, DocumentIndex index, Clock clock) {
    this.knowledgeBase = knowledgeBase;
    this.retagger = retagger;
    this.index = index;
    this.clock = clock;
  }

  /**
   * Reads the knowledge base files and starts re-tagging in the background.
   *
   * @throws ReloadRunningException while another reload re-tags
   * @throws java.io.UncheckedIOException or {@link IllegalArgumentException} when a file cannot be
   *     read or is invalid; the current knowledge base stays
   */
  public synchronized ReloadJob start() throws IndexException {
    ReloadJob current = latest.get();
    if (current != null && current.state() == State.RUNNING) {
      throw new ReloadRunningException(current);
    }
    KnowledgeBase kb = knowledgeBase.reload();
    // Documents written within the last second become countable (and re-taggable) first.
    index.commit();
    ReloadJob job = new ReloadJob(UUID.randomUUID().toString().substring(0, 8), State.RUNNING, kb.size(),
        index.count(), 0, clock.instant(), null, null, null);
    latest.set(job);
    worker.execute(() -> retag(job));
    return job;
  }

  /** The job with this id, if it is the latest one. */
  public Optional<ReloadJob> job(String id) {
    return Optional.ofNullable(latest.get()).filter(j -> j.id().equals(id));
  }

  private void retag(ReloadJob job) {
    try {
      Retagger.Report report = retagger.retag(knowledgeBase.enricher(), done -> latest.set(latest.get().progressed(done)));
      latest.set(latest.get().ended(State.DONE, report.documents(), clock.instant(), null));
    } catch (IndexException | RuntimeException e) {
      log.warn("Re-tagging after a knowledge base reload failed [{}]: {}", job.id(), e.getMessage());
      ReloadJob now = latest.get();
      latest.set(now.ended(State.FAILED, now.retagged(), clock.instant(),
          "Re-tagging stopped: the search index did not answer; reload again"));
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
