package org.marsad.enrich;

import java.util.List;
import java.util.Optional;

/** Looks up the labels of facet ids, for the API and suggestions. Thread safe. */
public interface FacetLabels {

  Optional<FacetLabel> find(FacetType type, String id);

  /** Every known value of a facet, for suggestions. */
  List<FacetLabel> all(FacetType type);

  /** The label of an id, or a label made from the id itself when the knowledge base lacks it. */
  default FacetLabel labelOf(FacetType type, String id) {
    return find(type, id).orElse(new FacetLabel(id, null, id, id));
  }
}
