package org.marsad.search;

import java.util.Map;
import org.marsad.enrich.ActorType;
import org.marsad.enrich.FacetLabel;
import org.marsad.enrich.Lang;

/**
 * A facet value as the API shows it: {@code {"id":"LY","labels":{"ar":"ليبيا","en":"Libya"},"label":"ليبيا"}},
 * with {@code type} (person or organization) for actors.
 *
 * @param label the label in the language the request asked for
 */
public record LabeledValue(String id, ActorType type, Map<String, String> labels, String label) {

  public static LabeledValue of(FacetLabel facetLabel, Lang lang) {
    return new LabeledValue(
        facetLabel.id(),
        facetLabel.type(),
        Map.of("ar", facetLabel.ar(), "en", facetLabel.en()),
        facetLabel.label(lang));
  }
}
