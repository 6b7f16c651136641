package org.marsad.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.marsad.enrich.ActorType;
import org.marsad.enrich.DiscoveredActors;
import org.marsad.enrich.FacetLabel;
import org.marsad.enrich.Lang;

/**
 * A facet value as the API shows it: {@code {"id":"LY","labels":{"ar":"ليبيا","en":"Libya"},"label":"ليبيا"}},
 * with {@code type} (person or organization) for actors, and {@code "discovered": true} for an actor
 * found in text that the knowledge base does not know yet (its English label is a transliteration).
 *
 * @param label the label in the language the request asked for
 * @param discovered true for a discovered actor; absent otherwise
 */
public record LabeledValue(
    String id, ActorType type, Map<String, String> labels, String label,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean discovered) {

  public static LabeledValue of(FacetLabel facetLabel, Lang lang) {
    return new LabeledValue(
        facetLabel.id(),
        facetLabel.type(),
        Map.of("ar", facetLabel.ar(), "en", facetLabel.en()),
        facetLabel.label(lang),
        facetLabel.type() != null && DiscoveredActors.isDiscovered(facetLabel.id()) ? Boolean.TRUE : null);
  }
}
