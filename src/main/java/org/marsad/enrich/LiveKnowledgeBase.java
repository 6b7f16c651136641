package org.marsad.enrich;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base in use and its tagger, which a reload replaces as a whole: readers see either
 * the old or the new one, never a mix. The labels it answers and the {@link #enricher()} it gives
 * always follow the current knowledge base. Thread safe.
 */
public final class LiveKnowledgeBase implements FacetLabels {

  private static final Logger log = LoggerFactory.getLogger(LiveKnowledgeBase.class);

  private record Current(KnowledgeBase kb, KnowledgeBaseTagger tagger) {}

  private final Supplier<KnowledgeBase> source;
  private final NameDiscovery discovery;
  private final ActorNameModel names;
  private final DiscoveredActorFilter filter;
  private final AtomicReference<Current> current = new AtomicReference<>();

  /** With the packaged name model and discovered-actor filter ({@link ActorNameModel#packaged()}, {@link DiscoveredActorFilter#packaged()}). */
  public LiveKnowledgeBase(Supplier<KnowledgeBase> source, NameDiscovery discovery) {
    this(source, discovery, ActorNameModel.packaged(), DiscoveredActorFilter.packaged());
  }

  /**
   * @param source reads the knowledge base (its files); called now and on every reload
   * @param names the statistical name finder every tagger built here uses
   * @param filter the learned filter of discovered actors every tagger built here uses
   */
  public LiveKnowledgeBase(Supplier<KnowledgeBase> source, NameDiscovery discovery, ActorNameModel names,
      DiscoveredActorFilter filter) {
    this.source = source;
    this.discovery = discovery;
    this.names = names;
    this.filter = filter;
    reload();
  }

  /**
   * Reads the knowledge base again; if that fails, the current one stays and the error is thrown.
   * The discovered names are forgotten: re-tagging the stored documents counts them afresh.
   */
  public KnowledgeBase reload() {
    long started = System.nanoTime();
    KnowledgeBase kb = source.get();
    current.set(new Current(kb, new KnowledgeBaseTagger(kb, discovery, OpenWorldSettings.DEFAULT, names, filter)));
    discovery.clear();
    log.info("Knowledge base loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, kb.size());
    return kb;
  }

  public KnowledgeBase knowledgeBase() {
    return current.get().kb();
  }

  /** Tags with whatever knowledge base is current when a document is tagged. */
  public Enricher enricher() {
    return text -> current.get().tagger().enrich(text);
  }

  @Override
  public Optional<FacetLabel> find(FacetType type, String id) {
    return knowledgeBase().find(type, id);
  }

  @Override
  public List<FacetLabel> all(FacetType type) {
    return knowledgeBase().all(type);
  }

  @Override
  public List<String> aliases(FacetType type, String id) {
    return knowledgeBase().aliases(type, id);
  }
}
