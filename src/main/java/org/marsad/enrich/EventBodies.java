package org.marsad.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Discovered bodies that are events: a festival or a conference (kb/words/event-bodies.txt) is one of
 * the story's actors only where the text names who runs it (إدارة مهرجان كان، منظمو المهرجان، المديرة الفنية
 * للمهرجان) or has it speak or act (وقال مهرجان قرطاج، أعلن مهرجان كان); named only as what takes place
 * (أقيم مهرجان الفحيص، في مهرجان موازين) it is an event. The labels read festivals so (eval README: a
 * fair or festival whose organisers act and speak in the story is an actor). Immutable and thread safe.
 */
final class EventBodies {

  private static final String MARK = "-";
  /** What may stand before a head in the text: the preposition ب or ل, the article, or both (للمهرجان). */
  private static final List<String> PREFIXES = List.of("", "ال", "ل", "لل", "ب", "بال");
  /** An organiser's word or a verb, then at most one word (المديرة الفنية، أعلن اليوم), then the head. */
  private static final int MAX_GAP = 2;

  private final Set<String> heads;
  private final Set<String> organisers;

  EventBodies(ArabicNormaliser normaliser) {
    WordList.Marked entries = WordList.foldedByMark(normaliser, "event-bodies.txt", MARK);
    heads = entries.plain();
    organisers = entries.marked();
  }

  /** Removes from {@code found} the discovered events the text names no organiser of. */
  void removeEvents(Map<String, List<Evidence>> found, List<TaggedField> fields) {
    found.keySet().removeIf(id -> DiscoveredActors.type(id) == ActorType.ORGANIZATION
        && heads.contains(DiscoveredActors.words(id).get(0))
        && !namesOrganisers(DiscoveredActors.words(id).get(0), fields));
  }

  /** Whether a field names the people who run an event of this head, or has one act (منظمو المهرجان، أعلن مهرجان). */
  private boolean namesOrganisers(String head, List<TaggedField> fields) {
    for (TaggedField field : fields) {
      List<String> words = field.normalised();
      for (int t = 0; t < words.size(); t++) {
        if (!organisers.contains(ArabicMorphology.withoutConjunction(words.get(t)))) {
          continue;
        }
        for (int k = t + 1; k <= t + MAX_GAP && k < words.size() && field.joined(k - 1); k++) {
          if (isHead(words.get(k), head)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isHead(String word, String head) {
    return word.endsWith(head) && PREFIXES.contains(word.substring(0, word.length() - head.length()));
  }
}
