package org.marsad.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
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
 * edge-n-gram field {@code title_suggest}. The prefix index and the document counts are rebuilt
 * at most every {@link #REFRESH}, so a reloaded or grown knowledge base shows up by itself and a
 * keystroke costs one small Solr query. Thread safe.
 */
public final class SuggestService {

  static final int MAX_LENGTH = 100;
  static final Duration REFRESH = Duration.ofSeconds(30);
  /** The configset's paramset for titles (params.json): fields, mm and order live there. */
  static final String TITLE_PARAMSET = "title-suggest";

  /** The entity index and the facet counts of the whole index, and when they were made. */
  private record Snapshot(Instant taken, EntitySuggester entities, Map<FacetType, Map<String, Long>> counts) {}

  private final DocumentIndex index;
  private final FacetLabels labels;
  private final Clock clock;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

  public SuggestService(DocumentIndex index, FacetLabels labels, Clock clock) {
    this.index = index;
    this.labels = labels;
    this.clock = clock;
  }

  /** Up to {@code limit} entities, then up to {@code limit} titles, for what the user typed. */
  public List<Suggestion> suggest(String typed, int limit, Lang lang) throws IndexException {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    if (typed.length() > MAX_LENGTH) {
      throw new InvalidQueryException("Suggestions take at most " + MAX_LENGTH + " characters");
    }
    Snapshot current = snapshot();
    Map<FacetType, Map<String, Long>> documents = current.counts();
    List<Suggestion> suggestions = new ArrayList<>(current.entities().suggest(typed, limit, lang,
        s -> documents.get(FacetType.valueOf(s.type().toUpperCase(java.util.Locale.ROOT)))
            .getOrDefault(s.id(), 0L)));
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

  private Snapshot snapshot() throws IndexException {
    Snapshot current = snapshot.get();
    Instant now = clock.instant();
    if (current != null && current.taken().plus(REFRESH).isAfter(now)) {
      return current;
    }
    // Rebuilt only when the knowledge base changed. Two requests may both refresh at expiry; both
    // results are right, and the last one stays.
    Map<FacetType, Map<String, Long>> counts = counts();
    List<EntitySuggester.Named> names = new ArrayList<>(EntitySuggester.names(labels));
    // Actors found in text that the knowledge base lacks are suggested too, once in the index.
    counts.get(FacetType.ACTOR).keySet().stream().filter(DiscoveredActors::isDiscovered).sorted()
        .forEach(id -> names.add(new EntitySuggester.Named(FacetType.ACTOR, labels.labelOf(FacetType.ACTOR, id), List.of())));
    EntitySuggester entities = current != null && current.entities().builtFrom(names)
        ? current.entities() : new EntitySuggester(names);
    Snapshot fresh = new Snapshot(now, entities, counts);
    snapshot.set(fresh);
    return fresh;
  }

  private Map<FacetType, Map<String, Long>> counts() throws IndexException {
    SolrQuery query = new SolrQuery("*:*");
    query.setRows(0);
    query.setFacet(true);
    query.setFacetLimit(-1);
    query.setFacetMinCount(1);
    Map<FacetType, Map<String, Long>> byType = new EnumMap<>(FacetType.class);
    for (FacetType type : FacetType.values()) {
      query.addFacetField(type.field());
    }
    QueryResponse response = index.query(query, "count facet values for suggestions");
    for (FacetType type : FacetType.values()) {
      Map<String, Long> values = new HashMap<>();
      FacetField field = response.getFacetField(type.field());
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(c -> values.put(c.getName(), c.getCount()));
      }
      byType.put(type, values);
    }
    return byType;
  }
}
