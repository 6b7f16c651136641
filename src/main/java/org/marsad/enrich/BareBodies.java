package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A bare body word in a text about one country is that country's body, as the labelling conventions
 * read it: in a report on Turkey that names Turkey far more than any other country, "the government"
 * (الحكومة, kb/words/bare-bodies.txt) is Turkey's government, and "the police" (الشرطة, an actor's
 * {@code bare} names in the knowledge base) Turkey's police. Not when an adjective or a name follows
 * (الحكومة المؤقتة, الشرطة العسكرية: the knowledge base or open-world rules read those), nor when a word
 * before it makes it part of an office or another body (رئيس الحكومة، قوات الحكومة). A text that names
 * two countries about as often says nothing about whose body it means, so nothing is added; nor does
 * a country with no such body in the knowledge base get one. Immutable and thread safe.
 */
final class BareBodies {

  /** Per bare word, folded: each country's body it names. */
  private final Map<String, Map<String, String>> bodyOf;
  private final Set<String> words;
  private final Set<String> parts;
  private final Set<String> adjectives;
  /** The ids the open-world rules give a bare word taken for a body of its own name. */
  private final Set<String> discoveredAsThemselves;

  /** @param governmentOf each country's one government actor ({@link CountryGovernments}) */
  BareBodies(KnowledgeBase kb, ArabicNormaliser normaliser, ActorCues cues, Map<String, String> governmentOf) {
    Map<String, Map<String, String>> bodies = new HashMap<>();
    cues.bareGovernments.forEach(w -> bodies.put(w, governmentOf));
    for (ActorEntry actor : kb.actors()) {
      for (String name : actor.bare()) {
        bodies.computeIfAbsent(normaliser.fold(name), w -> new HashMap<>()).put(actor.country(), actor.id());
      }
    }
    this.bodyOf = Map.copyOf(bodies);
    this.words = Set.copyOf(bodies.keySet());
    this.parts = cues.bareBodyParts;
    this.adjectives = cues.bareBodyAdjectives;
    this.discoveredAsThemselves = words.stream()
        .map(w -> DiscoveredActors.id(ActorType.ORGANIZATION, List.of(w))).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Adds the body of the text's one country where a bare word names it.
   *
   * @param country the country the text is about ({@link CountryTagger#textCountry}), or null
   */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields, String country) {
    if (country == null) {
      return;
    }
    for (TaggedField field : fields) {
      String[] ids = null;
      for (int i = field.firstTagged(); i < field.normalised().size(); i++) {
        String word = WordShapes.wordAsWrittenOrBehind(field, i, words, prefix -> true);
        String body = word == null ? null : bodyOf.get(word).get(country);
        if (body == null || qualified(field, i) || partOfAnother(field, i)) {
          continue;
        }
        ids = ids != null ? ids : field.idsAt(actors);
        if (ids[i] != null && !discoveredAsThemselves.contains(ids[i])) {
          continue;
        }
        if (ids[i] != null) {
          actors.remove(ids[i]);
        }
        actors.computeIfAbsent(body, id -> new ArrayList<>()).add(field.evidence(i, 1));
      }
    }
  }

  /**
   * A definite word or a feminine adjective of relation right after it (الحكومة الانتقالية، الحكومة
   * الليبية): a body the words name, or one the other rules read; not an adjective of time or level
   * (الحكومة الجديدة، الحكومة المركزية), which leaves it the text's country's.
   */
  private boolean qualified(TaggedField field, int i) {
    return i + 1 < field.normalised().size() && field.joined(i) && !adjectives.contains(field.normalised().get(i + 1))
        && (WordShapes.withArticle(field, i + 1) || WordShapes.hasFeminineNisbaEnding(field.normalised().get(i + 1)));
  }

  private boolean partOfAnother(TaggedField field, int i) {
    return i > field.firstTagged() && field.joined(i - 1)
        && WordShapes.asWrittenOrBehind(field, i - 1, parts, prefix -> true);
  }
}
