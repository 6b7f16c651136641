package org.marsad.search;

import org.marsad.enrich.FacetType;

/** The facets a search can filter and count by: the tagger's three, and the outlet. */
public enum Facet {
  ACTOR(FacetType.ACTOR),
  COUNTRY(FacetType.COUNTRY),
  TOPIC(FacetType.TOPIC),
  SOURCE(null);

  private final FacetType type;

  Facet(FacetType type) {
    this.type = type;
  }

  /** The knowledge-base facet whose labels this facet shows, or null for sources (shown as is). */
  public FacetType type() {
    return type;
  }

  /** The Solr field, API parameter and facet name. */
  public String field() {
    return type == null ? "source" : type.field();
  }

  /** The tag its filter query carries, so its own counts can ignore it (multi-select). */
  String tag() {
    return "f_" + field();
  }

  public static Facet of(String name) {
    for (Facet facet : values()) {
      if (facet.field().equals(name)) {
        return facet;
      }
    }
    throw new InvalidQueryException(
        "'" + name + "' is not a facet; use actor, country, topic or source");
  }
}
