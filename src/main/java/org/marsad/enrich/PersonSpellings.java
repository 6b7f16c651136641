package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * The knowledge base's people by how their full names are heard rather than spelt: the name keys
 * of their words ({@link ArabicNormaliser#nameKey}), so that a discovered name the text spells another
 * way (بينيامين نتنياهو for بنيامين نتنياهو) can be read as the known person. Keys two people share are
 * left out. Keys alone would merge different Arabic names (أحمد حسين، أحمد حسون): callers take the
 * known person only when the document names that person elsewhere. Immutable and thread safe.
 */
final class PersonSpellings {

  private final Map<String, String> personByNameKeys = new HashMap<>();

  PersonSpellings(KnowledgeBase kb, ArabicNormaliser normaliser) {
    Set<String> shared = new HashSet<>();
    for (ActorEntry person : kb.actors()) {
      if (person.type() != ActorType.PERSON) {
        continue;
      }
      List<String> spellings = new ArrayList<>(person.aliases());
      if (person.ar() != null) {
        spellings.add(person.ar());
      }
      for (String name : spellings) {
        List<String> words = List.of(normaliser.normalise(name).split(" "));
        if (words.size() >= 2) {
          String keys = nameKeys(words);
          String before = personByNameKeys.putIfAbsent(keys, person.id());
          if (before != null && !before.equals(person.id())) {
            shared.add(keys);
          }
        }
      }
    }
    shared.forEach(personByNameKeys::remove);
  }

  /** The known person whose full name an actor's id, a discovered person's, spells another way, or null. */
  String knownPerson(String id) {
    if (!DiscoveredActors.isDiscovered(id) || DiscoveredActors.type(id) != ActorType.PERSON) {
      return null;
    }
    return personByNameKeys.get(nameKeys(DiscoveredActors.words(id)));
  }

  /** A name's words by their name keys, a word too short for a key as it is. */
  private static String nameKeys(List<String> words) {
    StringBuilder keys = new StringBuilder();
    for (String word : words) {
      String key = ArabicNormaliser.nameKey(word);
      keys.append(keys.isEmpty() ? "" : " ").append(key.isEmpty() ? word : key);
    }
    return keys.toString();
  }
}
