package org.marsad.enrich;

import java.util.List;
import java.util.Optional;

/** Looks up the labels of facet ids, for the API and suggestions. Thread safe. */
public interface FacetLabels {

  Optional<FacetLabel> find(FacetType type, String id);

  /** Every known value of a facet, for suggestions. */
  List<FacetLabel> all(FacetType type);

  /**
   * Other names of a value (spellings, Latin transliterations, short forms) that should suggest
   * it in the search box, e.g. Haftar, Hifter and حفتر for khalifa-haftar: the knowledge base's
   * aliases ({@link KnowledgeBase#aliases}). None by default.
   */
  default List<String> aliases(FacetType type, String id) {
    return List.of();
  }

  /** The label of an id, or a label made from the id itself when the knowledge base lacks it. */
  default FacetLabel labelOf(FacetType type, String id) {
    return find(type, id).orElse(new FacetLabel(id, null, id, id));
  }
}
