package org.marsad.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Discovered fronts that are a war's, not a body's (kb/words/battlefronts.txt): جبهة الدريهمي، جبهة نهم،
 * جبهة مدينة الحديدة name where fighting is, as Yemen's and Syria's war news do dozens of times; a front
 * that is a body is named by its cause or creed (جبهة التحرير الوطني، جبهة اليسار), and a discovered
 * front's name must hold one of those words. Immutable and thread safe.
 */
final class Battlefronts {

  private static final String MARK = "+";

  private final Set<String> heads;
  private final Set<String> bodyWords;

  Battlefronts(ArabicNormaliser normaliser) {
    WordList.Marked entries = WordList.foldedByMark(normaliser, "battlefronts.txt", MARK);
    heads = entries.plain();
    bodyWords = entries.marked();
  }

  /** Removes from {@code found} the discovered fronts whose names say no cause. */
  void removeFronts(Map<String, List<Evidence>> found) {
    found.keySet().removeIf(id -> {
      List<String> words = DiscoveredActors.words(id);
      return DiscoveredActors.type(id) == ActorType.ORGANIZATION && heads.contains(words.get(0))
          && words.stream().skip(1).noneMatch(bodyWords::contains);
    });
  }
}
