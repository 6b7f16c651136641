package org.marsad.enrich;

import java.util.HashMap;
import java.util.Map;

/**
 * Each country's one government actor ({@code government-of-…}) in the knowledge base, by country
 * id: the actor a text means when it names the government by its country's leader or by context
 * alone. A country with two such actors has none here (which one would be a guess).
 */
final class CountryGovernments {

  private static final String GOVERNMENT_ID_PREFIX = "government-of-";

  private CountryGovernments() {}

  static Map<String, String> of(KnowledgeBase kb) {
    Map<String, String> governmentOf = new HashMap<>();
    Map<String, Integer> governments = new HashMap<>();
    for (ActorEntry a : kb.actors()) {
      if (a.id().startsWith(GOVERNMENT_ID_PREFIX) && a.country() != null) {
        governmentOf.put(a.country(), a.id());
        governments.merge(a.country(), 1, Integer::sum);
      }
    }
    governments.forEach((country, n) -> {
      if (n > 1) {
        governmentOf.remove(country);
      }
    });
    return Map.copyOf(governmentOf);
  }
}
