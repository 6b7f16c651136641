package org.marsad.enrich;

import java.util.List;

/**
 * A place of the knowledge base (kb/places.yaml): a Libyan city or region, or a city abroad where
 * Libya's talks are held. Places tag nothing by themselves; they are the search vocabulary's
 * ({@link SearchVocabulary}).
 *
 * @param id a stable slug
 * @param country the country it lies in (ISO 3166-1 alpha-2)
 * @param names how texts write it, in both scripts
 */
public record PlaceEntry(String id, String ar, String en, String country, List<String> names) {

  public PlaceEntry {
    names = names == null ? List.of() : List.copyOf(names);
  }
}
