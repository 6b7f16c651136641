package org.marsad.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.marsad.enrich.DiscoveredActors;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.Lang;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IndexException;

/**
 * Suggestions for the search box: actors, countries and topics from the knowledge base (an
 * in-memory prefix index, ranked by how many documents have them), then titles from Solr's
 * edge-n-gram field {@code title_suggest}: the newest titles with a word starting with each typed
 * word. Solr stops counting titles once the newest are certain (the paramset's {@code
 * minExactCount}) and skips older ones by date, so a one-letter prefix matching most of the index
 * costs about what a rare word does (bench.SuggestScaleBenchmark). The prefix index and the document counts come from
 * {@link IndexFacetCounts}, rebuilt on its background thread when the index changed (about a
 * second after a commit) or the knowledge base did (checked every {@link #KNOWLEDGE_BASE_CHECK}),
 * so a keystroke costs one small Solr query and never counts the index. Thread safe.
 */
public final class SuggestService {

  static final int MAX_LENGTH = 100;
  /** How often the knowledge base's names are compared with those the prefix index was built from. */
  static final Duration KNOWLEDGE_BASE_CHECK = Duration.ofSeconds(30);
  /** The configset's paramset for titles (params.json): fields, mm, order and counting live there. */
  static final String TITLE_PARAMSET = "title-suggest";
  /** The search facet of each knowledge-base facet, for the count lookups. */
  private static final Map<FacetType, Facet> FACETS = facets();

  /**
   * The entity index, the counts it ranks by, when the knowledge base was last compared, and the
   * discovered actors it holds, by id.
   */
  private record Snapshot(Instant checked, EntitySuggester entities, IndexFacetCounts.Snapshot counts,
      Map<String, EntitySuggester.Named> discovered) {}

  private final DocumentIndex index;
  private final FacetLabels labels;
  private final Clock clock;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

  public SuggestService(DocumentIndex index, FacetLabels labels, Clock clock, IndexFacetCounts indexCounts) {
    this.index = index;
    this.labels = labels;
    this.clock = clock;
    indexCounts.afterEachCheck(this::rebuild);
  }

  /** Up to {@code limit} entities, then up to {@code limit} titles, for what the user typed. */
  public List<Suggestion> suggest(String typed, int limit, Lang lang) throws IndexException {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    if (typed.length() > MAX_LENGTH) {
      throw new InvalidQueryException("Suggestions take at most " + MAX_LENGTH + " characters");
    }
    Snapshot current = snapshot.get();
    if (current == null) {
      // Before the first background check (start-up): the knowledge base alone, without counts.
      snapshot.compareAndSet(null, build(null, null));
      current = snapshot.get();
    }
    IndexFacetCounts.Snapshot counts = current.counts();
    List<Suggestion> suggestions = new ArrayList<>(current.entities().suggest(typed, limit, lang,
        (type, id) -> counts == null ? 0 : counts.count(FACETS.get(type), id)));
    suggestions.addAll(titles(typed, limit));
    return suggestions;
  }

  private List<Suggestion> titles(String typed, int limit) throws IndexException {
    SolrQuery query = titleQuery(typed, limit);
    List<Suggestion> titles = new ArrayList<>();
    for (SolrDocument doc : index.query(query, "suggest titles").getResults()) {
      String title = (String) doc.getFirstValue("title");
      titles.add(new Suggestion("title", (String) doc.getFirstValue("id"), null,
          Map.of("ar", title, "en", title), title, null));
    }
    return titles;
  }

  private static Map<FacetType, Facet> facets() {
    Map<FacetType, Facet> facets = new EnumMap<>(FacetType.class);
    for (Facet facet : Facet.values()) {
      if (facet.type() != null) {
        facets.put(facet.type(), facet);
      }
    }
    return facets;
  }

  /** The Solr query for title suggestions (public for benchmarks, which time it against Solr directly). */
  public static SolrQuery titleQuery(String typed, int limit) {
    List<String> words = new ArrayList<>();
    for (String word : typed.strip().split("\\s+")) {
      words.add(ClientUtils.escapeQueryChars(word));
    }
    SolrQuery query = new SolrQuery(String.join(" ", words));
    // The paramset matches every typed word against the start of a title word and orders them.
    query.set("useParams", TITLE_PARAMSET);
    query.setFields("id", "title");
    query.setRows(limit);
    return query;
  }

  /**
   * On the background thread after each check of the index: a new prefix index when the counts
   * changed or the knowledge base may have.
   */
  private void rebuild(Optional<IndexFacetCounts.Snapshot> counts) {
    Snapshot current = snapshot.get();
    IndexFacetCounts.Snapshot latest = counts.orElse(null);
    Instant now = clock.instant();
    if (current != null && current.counts() == latest && current.checked().plus(KNOWLEDGE_BASE_CHECK).isAfter(now)) {
      return;
    }
    snapshot.set(build(current, latest));
  }

  private Snapshot build(Snapshot current, IndexFacetCounts.Snapshot counts) {
    List<EntitySuggester.Named> names = new ArrayList<>(EntitySuggester.names(labels));
    // Actors found in text that the knowledge base lacks are suggested too, once in the index.
    Map<String, EntitySuggester.Named> discovered = new HashMap<>();
    if (counts != null) {
      // A discovered actor's label is a function of its id alone (a transliteration, the costly
      // part): the labels of the last build are taken again, only new actors are labelled.
      Map<String, EntitySuggester.Named> before = current == null ? Map.of() : current.discovered();
      counts.values(Facet.ACTOR).stream().map(IndexFacetCounts.ValueCount::value)
          .filter(DiscoveredActors::isDiscovered).sorted()
          .forEach(id -> {
            EntitySuggester.Named named = before.get(id);
            if (named == null) {
              named = new EntitySuggester.Named(FacetType.ACTOR, labels.labelOf(FacetType.ACTOR, id), List.of());
            }
            discovered.put(id, named);
            names.add(named);
          });
    }
    EntitySuggester entities = current != null && current.entities().builtFrom(names)
        ? current.entities() : new EntitySuggester(names, current == null ? null : current.entities());
    return new Snapshot(clock.instant(), entities, counts, discovered);
  }
}
