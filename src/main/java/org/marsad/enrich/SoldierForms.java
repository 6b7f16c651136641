package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Soldiers named by their country's adjective are that country's army, as the labels read them
 * (جنود أمريكيين، الجنود الإسرائيليين، جندي تركي): derived when the knowledge base is loaded, so that no
 * file writes the forms country by country. A country's army is the actor of that country that
 * writes الجيش before one of its definite adjectives (الجيش الإسرائيلي); each soldier noun of
 * kb/words/soldier-nouns.txt goes before each of the country's adjectives of the noun's number and
 * definiteness. A form some actor already writes stays that actor's. Names are compared as written.
 */
final class SoldierForms {

  private static final String ARMY = "الجيش ";

  /** The adjective form a soldier noun takes. */
  enum Number { SINGULAR, PLURAL }

  private record Noun(String word, Number number) {
    boolean definite() {
      return ArabicMorphology.isDefinite(word);
    }
  }

  private final List<Noun> nouns = new ArrayList<>();
  /** Each definite country adjective (الإسرائيلي) and its country, the first country that writes it. */
  private final Map<String, String> countryOfAdjective;
  private final Map<String, List<String>> adjectives = new HashMap<>();

  SoldierForms(List<CountryEntry> countries) {
    WordList.pairs("soldier-nouns.txt").forEach(pair ->
        nouns.add(new Noun(pair.getKey(), Number.valueOf(pair.getValue().toUpperCase(Locale.ROOT)))));
    countryOfAdjective = CountryEntry.countryOfDefiniteAdjective(countries);
    for (CountryEntry country : countries) {
      adjectives.put(country.id(), country.adjectives().stream().filter(ArabicNormaliser::hasArabic).toList());
    }
  }

  /** The actors, each country's army with its soldier forms added after its aliases. */
  List<ActorEntry> addTo(List<ActorEntry> actors) {
    Set<String> written = new HashSet<>();
    actors.forEach(a -> written.addAll(a.aliases()));
    List<ActorEntry> result = new ArrayList<>(actors.size());
    for (ActorEntry actor : actors) {
      if (!armyOf(actor)) {
        result.add(actor);
        continue;
      }
      Set<String> forms = soldierForms(actor.country());
      forms.removeAll(written);
      written.addAll(forms);
      result.add(actor.withAliases(forms));
    }
    return result;
  }

  /** Whether the actor writes الجيش before a definite adjective of its own country. */
  private boolean armyOf(ActorEntry actor) {
    return actor.country() != null && actor.aliases().stream()
        .anyMatch(a -> a.startsWith(ARMY) && actor.country().equals(countryOfAdjective.get(a.substring(ARMY.length()))));
  }

  private Set<String> soldierForms(String country) {
    Set<String> forms = new LinkedHashSet<>();
    for (Noun noun : nouns) {
      for (String adjective : adjectives.getOrDefault(country, List.of())) {
        if (ArabicMorphology.isDefinite(adjective) != noun.definite()) {
          continue;
        }
        String form = formOf(adjective, noun.number());
        if (form != null) {
          forms.add(noun.word() + " " + form);
        }
      }
    }
    return forms;
  }

  /**
   * The adjective in the noun's number, or null: a singular adjective ends with ي (إسرائيلي), a
   * feminine one (ة) agrees with no soldier, and the others are plural (إسرائيليين، أتراك).
   */
  private static String formOf(String adjective, Number number) {
    boolean feminine = adjective.endsWith("ة");
    boolean singular = adjective.endsWith("ي");
    return switch (number) {
      case SINGULAR -> singular ? adjective : null;
      case PLURAL -> singular || feminine ? null : adjective;
    };
  }
}
