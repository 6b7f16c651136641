package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bare الحكومة (kb/words/bare-governments.txt) in a text about one country is that country's
 * government, as the labelling conventions read it: in a report on Turkey that names Turkey far more
 * than any other country, "the government" is Turkey's. Not when an adjective or a name follows
 * (الحكومة المؤقتة, الحكومة الليبية: the knowledge base or open-world rules read those), nor when a word
 * before it makes it part of an office or another body (رئيس الحكومة، قوات الحكومة). A text that names
 * two countries about as often says nothing about whose government it means, so nothing is added.
 * Immutable and thread safe.
 */
final class BareGovernments {

  private final Set<String> words;
  private final Set<String> parts;
  /** The ids the open-world rules give a bare government word taken for a body of its own name. */
  private final Set<String> discoveredAsThemselves;
  private final Map<String, String> governmentOf;

  /** @param governmentOf each country's one government actor ({@link CountryGovernments}) */
  BareGovernments(ActorCues cues, Map<String, String> governmentOf) {
    this.words = cues.bareGovernments;
    this.parts = cues.bareGovernmentParts;
    this.discoveredAsThemselves = words.stream()
        .map(w -> DiscoveredActors.id(ActorType.ORGANIZATION, List.of(w))).collect(Collectors.toUnmodifiableSet());
    this.governmentOf = governmentOf;
  }

  /**
   * Adds the government of the text's one country where a bare government word names it.
   *
   * @param country the country the text is about ({@link CountryTagger#textCountry}), or null
   */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields, String country) {
    String government = country == null ? null : governmentOf.get(country);
    if (government == null) {
      return;
    }
    for (TaggedField field : fields) {
      String[] ids = null;
      for (int i = field.firstTagged(); i < field.normalised().size(); i++) {
        if (!WordShapes.asWrittenOrBehind(field, i, words, prefix -> true) || qualified(field, i) || partOfAnother(field, i)) {
          continue;
        }
        ids = ids != null ? ids : field.idsAt(actors);
        if (ids[i] != null && !discoveredAsThemselves.contains(ids[i])) {
          continue;
        }
        if (ids[i] != null) {
          actors.remove(ids[i]);
        }
        actors.computeIfAbsent(government, id -> new ArrayList<>()).add(field.evidence(i, 1));
      }
    }
  }

  /**
   * A definite word or a feminine adjective of relation right after it (الحكومة الانتقالية، الحكومة
   * الليبية): a government the words name, or one the other rules read.
   */
  private static boolean qualified(TaggedField field, int i) {
    return i + 1 < field.normalised().size() && field.joined(i)
        && (WordShapes.withArticle(field, i + 1) || WordShapes.hasFeminineNisbaEnding(field.normalised().get(i + 1)));
  }

  private boolean partOfAnother(TaggedField field, int i) {
    return i > field.firstTagged() && field.joined(i - 1)
        && WordShapes.asWrittenOrBehind(field, i - 1, parts, prefix -> true);
  }
}
