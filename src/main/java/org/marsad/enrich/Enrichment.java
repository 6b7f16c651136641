package org.marsad.enrich;

import java.util.List;

/** The facet values found in one document, each list ordered by score (strongest first). */
public record Enrichment(List<Tag> actors, List<Tag> countries, List<Tag> topics) {

  public static final Enrichment NONE = new Enrichment(List.of(), List.of(), List.of());

  public Enrichment {
    actors = List.copyOf(actors);
    countries = List.copyOf(countries);
    topics = List.copyOf(topics);
  }

  public List<Tag> of(FacetType type) {
    return switch (type) {
      case ACTOR -> actors;
      case COUNTRY -> countries;
      case TOPIC -> topics;
    };
  }
}
