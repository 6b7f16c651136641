package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private final KnowledgeBase kb;
  private final ActorCues cues;
  private final CountryAfterName countryAfter;
  /** The country of each body that has one: another country's name after its name makes it that country's. */
  private final Map<String, String> bodyCountry = new HashMap<>();
  /** What a discovered id would be for each name the knowledge base keeps for one actor; null when several share it. */
  private final Map<String, String> actorByDiscoveredId = new HashMap<>();

  /** @param bodies how a text's bodies are scoped to their country, for the knowledge base's names of them */
  KnownDiscoveries(KnowledgeBase kb, ArabicNormaliser normaliser, ActorCues cues, CountryBodies bodies, CountryAfterName countryAfter) {
    this.kb = kb;
    this.cues = cues;
    this.countryAfter = countryAfter;
    Map<String, Set<String>> candidates = new HashMap<>();
    for (ActorEntry actor : kb.actors()) {
      if (actor.type() == ActorType.ORGANIZATION && actor.country() != null) {
        bodyCountry.put(actor.id(), actor.country());
      }
      for (String alias : actor.aliases()) {
        List<String> words = TextToken.foldedWords(alias, normaliser);
        if (actor.type() == ActorType.ORGANIZATION || words.size() > 1) {
          candidates.computeIfAbsent(DiscoveredActors.id(actor.type(), words), k -> new HashSet<>()).add(actor.id());
        }
        if (actor.type() == ActorType.ORGANIZATION && actor.country() != null) {
          String scoped = bodies.scopedIdOf(words, actor.country());
          if (scoped != null) {
            candidates.computeIfAbsent(scoped, k -> new HashSet<>()).add(actor.id());
          }
        }
      }
      // A sport alias of one word is a place off the sport page (برشلونة); of two, a player (محمد صلاح).
      for (String alias : actor.sport()) {
        List<String> words = TextToken.foldedWords(alias, normaliser);
        if (words.size() > 1) {
          candidates.computeIfAbsent(DiscoveredActors.id(actor.type(), words), k -> new HashSet<>()).add(actor.id());
        }
      }
    }
    candidates.forEach((id, actors) -> actorByDiscoveredId.put(id, actors.size() == 1 ? actors.iterator().next() : null));
  }

  /**
   * Moves the evidence of each discovered value that names a known actor to that actor, except where
   * the tagger reads the name as someone else's: a person's name written after بن (عبدالعزيز بن تركي
   * الفيصل is not Turki al-Faisal), a body's name followed by another country's (طالبان في باكستان is
   * not the Afghan Taliban, {@link CountryAfterName}).
   *
   * @param countries the text's countries with their evidence
   */
  void resolve(Map<String, List<Evidence>> actors, List<TaggedField> fields, Map<String, List<Evidence>> countries) {
    Map<String, List<Evidence>> known = new LinkedHashMap<>();
    // Each field's country ids, read off once and only if needed; by identity, as a field's record hash reads all its text.
    Map<TaggedField, String[]> countryAt = new IdentityHashMap<>();
    actors.entrySet().removeIf(actor -> {
      String id = actorByDiscoveredId.get(actor.getKey());
      if (id == null || (kb.isKnownPerson(id) && actor.getValue().stream().anyMatch(e -> afterLineageLink(e, fields)))
          || (DiscoveredActors.scope(actor.getKey()) == null && bodyCountry.containsKey(id)
              && actor.getValue().stream().anyMatch(e -> anotherCountryAfter(e, fields, countries, countryAt, bodyCountry.get(id))))) {
        return false;
      }
      known.computeIfAbsent(id, k -> new ArrayList<>()).addAll(actor.getValue());
      return true;
    });
    known.forEach((id, evidence) -> actors.computeIfAbsent(id, k -> new ArrayList<>()).addAll(evidence));
  }

  private boolean afterLineageLink(Evidence evidence, List<TaggedField> fields) {
    for (TaggedField field : fields) {
      int first = field.tokenStartingAt(evidence);
      if (first > 0 && field.joined(first - 1) && cues.lineageLinks.contains(field.normalised().get(first - 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean anotherCountryAfter(Evidence mention, List<TaggedField> fields, Map<String, List<Evidence>> countries,
      Map<TaggedField, String[]> countryAt, String own) {
    for (TaggedField field : fields) {
      int first = field.tokenStartingAt(mention);
      if (first >= 0) {
        int after = first + TextToken.tokenize(mention.text()).size();
        return countryAfter.follows(field, countryAt.computeIfAbsent(field, f -> f.idsAt(countries)), first, after, own);
      }
    }
    return false;
  }
}
