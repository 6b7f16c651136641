package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * One person per name among the people a document's rules discovered: a person named in part as well
 * as in full (هانسون يونغ and سارة هانسون يونغ، بن هامل and عبد الباسط بن هامل، عبد الرحمن and عبد الرحمن
 * عثمان) is the full name's, when one full name of the document (or one chain of names, each holding
 * the last) holds the part, and not right after أبو or بن (معاذ of أبو معاذ is the son). Where the
 * longer name only puts a description before the name (القيادي الحوثي عبدالكريم الحوثي، النجمة إيما
 * واطسون: a word with the article or a title first), the shorter one, of two words or more, is the
 * name. Immutable and thread safe.
 */
final class DiscoveredDuplicates {

  private final ActorCues cues;

  DiscoveredDuplicates(ActorCues cues) {
    this.cues = cues;
  }

  /** Merges the duplicates among {@code found} (discovered ids and their evidence) into one value each. */
  void merge(Map<String, List<Evidence>> found) {
    Map<String, String> into = new LinkedHashMap<>();
    people(found, into);
    for (String id : into.keySet()) {
      String target = id;
      for (int hops = 0; into.containsKey(target) && hops <= into.size(); hops++) {
        target = into.get(target);
      }
      if (!target.equals(id) && found.containsKey(id) && found.containsKey(target)) {
        List<Evidence> kept = found.get(target);
        found.remove(id).stream().filter(e -> kept.stream().noneMatch(k -> k.holds(e))).forEach(kept::add);
      }
    }
  }

  private void people(Map<String, List<Evidence>> found, Map<String, String> into) {
    // Each name's words once, and the names each word is in: a long document names many people.
    Map<String, List<String>> wordsOf = new LinkedHashMap<>();
    Map<String, List<String>> namesWith = new HashMap<>();
    found.keySet().stream().filter(DiscoveredActors::isPerson).forEach(id -> {
      List<String> words = DiscoveredActors.words(id);
      wordsOf.put(id, words);
      words.stream().distinct().forEach(w -> namesWith.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
    });
    wordsOf.forEach((part, all) -> {
      List<String> words = cues.withoutInnerLinkFirst(all);
      List<String> holders = new ArrayList<>(2);
      String longest = null;
      for (String other : namesWith.get(words.get(0))) {
        List<String> full = wordsOf.get(other);
        int at = Collections.indexOfSubList(full, words);
        // After أبو or بن a name is a child's or a father's (معاذ of أبو معاذ), not the bearer's.
        if (full.size() > words.size() && at >= 0 && (at == 0 || !cues.links.contains(full.get(at - 1)))) {
          holders.add(other);
          longest = longest == null || full.size() > wordsOf.get(longest).size() ? other : longest;
        }
      }
      if (longest == null || !chain(holders, wordsOf.get(longest), wordsOf)) {
        return;
      }
      List<String> full = wordsOf.get(longest);
      int at = Collections.indexOfSubList(full, words);
      if (words.size() >= 2 && at > 0 && described(full.get(0))) {
        into.putIfAbsent(longest, part);
      } else {
        into.putIfAbsent(part, longest);
      }
    });
  }

  /** Whether every name holding a part is held in the longest: one person named ever more fully. */
  private static boolean chain(List<String> holders, List<String> longest, Map<String, List<String>> wordsOf) {
    return holders.stream().allMatch(h -> Collections.indexOfSubList(longest, wordsOf.get(h)) >= 0);
  }

  /** Whether a name's first word describes its bearer rather than names them: definite, or a title. */
  private boolean described(String first) {
    return ArabicMorphology.startsWithArticle(first) || cues.isTitle(first);
  }

}
