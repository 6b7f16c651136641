package org.marsad.enrich;

/**
 * How a facet value is shown: its id, its kind (actors only) and its Arabic and English labels.
 *
 * @param type person or organization for actors; null for countries and topics
 */
public record FacetLabel(String id, ActorType type, String ar, String en) {

  public String label(Lang lang) {
    return lang == Lang.EN ? en : ar;
  }
}
