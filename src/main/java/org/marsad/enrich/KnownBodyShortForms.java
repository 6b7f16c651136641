package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A discovered body named by the last words of a known body's name the document gives in full is that
 * body: الحوثي after جماعة الحوثي، يونايتد after مانشستر يونايتد، رايتس ووتش after هيومن رايتس ووتش. Only when
 * exactly one known body of the document ends so (its words read behind their clitics: للحوثي), and
 * only for a name with a word of its own first: one a head opens (وزارة العدل، قوات النظام) may be any
 * country's body, which {@link CountryBodies} and {@link BareBodies} read. Immutable and thread safe.
 */
final class KnownBodyShortForms {

  private final KnowledgeBase kb;
  private final ActorCues cues;

  KnownBodyShortForms(KnowledgeBase kb, ActorCues cues) {
    this.kb = kb;
    this.cues = cues;
  }

  /** Moves the evidence of each discovered body that is a known body's short form to that body. */
  void resolve(Map<String, List<Evidence>> actors, List<TaggedField> fields) {
    List<String> shortForms = actors.keySet().stream().filter(this::mayBeShortForm).toList();
    if (shortForms.isEmpty()) {
      return;
    }
    // Each known body's mentions, word by word, each word with its readings behind clitics.
    Map<String, TaggedField> fieldNamed = new HashMap<>();
    fields.forEach(f -> fieldNamed.put(f.name(), f));
    Map<String, List<List<List<String>>>> mentions = new LinkedHashMap<>();
    actors.forEach((id, evidence) -> {
      if (!DiscoveredActors.isDiscovered(id) && !kb.isKnownPerson(id)) {
        for (Evidence e : evidence) {
          TaggedField field = fieldNamed.get(e.field());
          List<List<String>> words = new ArrayList<>();
          if (field != null) {
            field.forWordsOf(e, t -> words.add(WordShapes.readings(field.normalised().get(t))));
          }
          if (!words.isEmpty()) {
            mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(words);
          }
        }
      }
    });
    for (String id : shortForms) {
      List<String> words = DiscoveredActors.words(id);
      List<String> bodies = mentions.entrySet().stream()
          .filter(body -> body.getValue().stream().anyMatch(mention -> endsWith(mention, words))).map(Map.Entry::getKey).toList();
      if (bodies.size() == 1) {
        actors.get(bodies.get(0)).addAll(actors.remove(id));
      }
    }
  }

  private boolean mayBeShortForm(String id) {
    return DiscoveredActors.isDiscovered(id) && DiscoveredActors.type(id) == ActorType.ORGANIZATION
        && DiscoveredActors.scope(id) == null && cues.head(DiscoveredActors.words(id).get(0)) == null;
  }

  /**
   * Whether a mention's last words, each read as written or behind its clitics, are {@code words}: a
   * body's short form drops the head or the words that open its name (جماعة الحوثي، مانشستر يونايتد),
   * while its first words (الحكومة of الحكومة الفرنسية) are any such body's.
   */
  private static boolean endsWith(List<List<String>> mention, List<String> words) {
    int start = mention.size() - words.size();
    if (start < 1) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!mention.get(start + i).contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }
}
