package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A discovered value that names an actor the knowledge base knows is that actor, so that one entity is
 * one facet value with its curated labels. The open-world rules find names where the knowledge base's
 * own matching held back: a player's sport alias off a sport page (محمد صلاح); an alias inside a
 * longer match the tagger set aside (الملك سلمان before بن: the title-and-name reading of الملك سلمان
 * بن عبد العزيز); and a body any country has named in a text about one country, which
 * {@link CountryBodies} scopes to it ({@code organization:مجلس-النواب@US}) while the knowledge base
 * knows that country's body as مجلس النواب الأمريكي. Such a value is the actor whose name it is, when
 * exactly one actor of its type bears that name: as an alias or a sport alias, or, for a scoped body,
 * as an alias of one of that country's bodies ending with the country's name or adjective. A weak
 * alias is not read so (الجيش الوطني is many countries' army, حماس also a word), nor a one-word
 * person's name (صلاح is many people's) or sport alias (برشلونة is a city off the sport page).
 * Immutable and thread safe.
 */
final class KnownDiscoveries {

  /** The most characters between a name and a country that qualifies it: a space, or في between spaces. */
  private static final int GAP_BEFORE_COUNTRY = 4;

  private final ActorCues cues;
  /** Which actors are people: a person's name after بن is a father's in someone else's. */
  private final Set<String> people = new HashSet<>();
  /** The country of each body that has one: another country's name after its name makes it that country's. */
  private final Map<String, String> bodyCountry = new HashMap<>();

  /** What a discovered id would be for each name the knowledge base keeps for one actor; null when several share it. */
  private final Map<String, String> actorByDiscoveredId = new HashMap<>();

  KnownDiscoveries(KnowledgeBase kb, ArabicNormaliser normaliser, ActorCues cues) {
    this.cues = cues;
    Map<String, Set<String>> candidates = new HashMap<>();
    Map<String, List<List<String>>> countryNames = new HashMap<>();
    for (CountryEntry country : kb.countries()) {
      Stream.concat(country.names().stream(), country.adjectives().stream())
          .forEach(name -> countryNames.computeIfAbsent(country.id(), k -> new ArrayList<>()).add(folded(normaliser, name)));
    }
    for (ActorEntry actor : kb.actors()) {
      if (actor.type() == ActorType.PERSON) {
        people.add(actor.id());
      } else if (actor.country() != null) {
        bodyCountry.put(actor.id(), actor.country());
      }
      for (String alias : actor.aliases()) {
        List<String> words = folded(normaliser, alias);
        if (actor.type() == ActorType.ORGANIZATION || words.size() > 1) {
          candidates.computeIfAbsent(DiscoveredActors.id(actor.type(), words), k -> new HashSet<>()).add(actor.id());
        }
      }
      // A sport alias of one word is a place off the sport page (برشلونة); of two, a player (محمد صلاح).
      for (String alias : actor.sport()) {
        List<String> words = folded(normaliser, alias);
        if (words.size() > 1) {
          candidates.computeIfAbsent(DiscoveredActors.id(actor.type(), words), k -> new HashSet<>()).add(actor.id());
        }
      }
      if (actor.type() != ActorType.ORGANIZATION || actor.country() == null) {
        continue;
      }
      for (String alias : actor.aliases()) {
        List<String> words = folded(normaliser, alias);
        for (List<String> country : countryNames.getOrDefault(actor.country(), List.of())) {
          int head = words.size() - country.size();
          if (head >= 1 && words.subList(head, words.size()).equals(country)) {
            // المحكمة العليا في الهند is the scoped المحكمة العليا, as CountryBodies reads it.
            head -= head > 1 && cues.officeLinksBeforeNames.contains(words.get(head - 1)) ? 1 : 0;
            candidates.computeIfAbsent(
                DiscoveredActors.scoped(DiscoveredActors.id(actor.type(), words.subList(0, head)), actor.country()),
                k -> new HashSet<>()).add(actor.id());
          }
        }
      }
    }
    candidates.forEach((id, actors) -> actorByDiscoveredId.put(id, actors.size() == 1 ? actors.iterator().next() : null));
  }

  /** The knowledge base's actor a discovered id names, if exactly one. */
  Optional<String> actorOf(String discoveredId) {
    return Optional.ofNullable(actorByDiscoveredId.get(discoveredId));
  }

  /**
   * Moves the evidence of each discovered value that names a known actor to that actor, except where
   * the tagger reads the name as someone else's: a person's name written after بن (عبدالعزيز بن تركي
   * الفيصل is not Turki al-Faisal), a body's name followed by another country's (طالبان في باكستان is
   * not the Afghan Taliban).
   *
   * @param countries the text's countries with their evidence
   */
  void resolve(Map<String, List<Evidence>> actors, List<TaggedField> fields, Map<String, List<Evidence>> countries) {
    Map<String, List<Evidence>> known = new LinkedHashMap<>();
    actors.entrySet().removeIf(actor -> {
      String id = actorByDiscoveredId.get(actor.getKey());
      if (id == null || (people.contains(id) && actor.getValue().stream().anyMatch(e -> afterLineageLink(e, fields)))
          || (DiscoveredActors.scope(actor.getKey()) == null && bodyCountry.containsKey(id)
              && actor.getValue().stream().anyMatch(e -> anotherCountryAfter(e, fields, countries, bodyCountry.get(id))))) {
        return false;
      }
      known.computeIfAbsent(id, k -> new ArrayList<>()).addAll(actor.getValue());
      return true;
    });
    known.forEach((id, evidence) -> actors.computeIfAbsent(id, k -> new ArrayList<>()).addAll(evidence));
  }

  private boolean afterLineageLink(Evidence evidence, List<TaggedField> fields) {
    for (TaggedField field : fields) {
      String before = field.wordBefore(evidence);
      if (before != null && cues.lineageLinks.contains(before)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a country other than {@code own} is named right after a mention, or after في: المحكمة العليا في الهند. */
  private static boolean anotherCountryAfter(Evidence mention, List<TaggedField> fields, Map<String, List<Evidence>> countries, String own) {
    String text = fields.stream().filter(f -> f.name().equals(mention.field())).map(TaggedField::text).findFirst().orElse("");
    for (Map.Entry<String, List<Evidence>> country : countries.entrySet()) {
      for (Evidence named : country.getValue()) {
        if (!country.getKey().equals(own) && named.field().equals(mention.field()) && named.start() >= mention.end()
            && named.start() - mention.end() <= GAP_BEFORE_COUNTRY) {
          String gap = text.substring(mention.end(), named.start()).strip();
          if (gap.isEmpty() || gap.equals("في")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> folded(ArabicNormaliser normaliser, String name) {
    return TextToken.tokenize(name).stream().map(t -> normaliser.fold(t.text())).toList();
  }
}
