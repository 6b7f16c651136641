package org.marsad.enrich;

/** The three facets Marsad tags; a closed set, as the API and the schema name them. */
public enum FacetType {
  ACTOR("actor"),
  COUNTRY("country"),
  TOPIC("topic");

  private final String field;

  FacetType(String field) {
    this.field = field;
  }

  /** The Solr field and API parameter name. */
  public String field() {
    return field;
  }
}
