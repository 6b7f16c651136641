package org.marsad.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Discovered bodies that are places where something happens: a hospital (kb/words/place-bodies.txt)
 * every mention of which stands after في، إلى or داخل, or is written with ب (بمستشفى المنيا), is where
 * the story's people were taken or died, not one of its actors; a hospital named otherwise — attacked,
 * its director quoted, its own statement — stays an actor. The labels read hospitals so (eval README:
 * hospitals used as places are not actors). Immutable and thread safe.
 */
final class PlaceBodies {

  private static final String MARK = "-";
  private static final String PREPOSITION = "ب";

  private final Set<String> heads;
  private final Set<String> placeWords;

  PlaceBodies(ArabicNormaliser normaliser) {
    WordList.Marked entries = WordList.foldedByMark(normaliser, "place-bodies.txt", MARK);
    heads = entries.plain();
    placeWords = entries.marked();
  }

  /** Removes from {@code found} the discovered bodies the text names only as places. */
  void removePlaces(Map<String, List<Evidence>> found, List<TaggedField> fields) {
    found.entrySet().removeIf(e -> DiscoveredActors.type(e.getKey()) == ActorType.ORGANIZATION
        && heads.contains(DiscoveredActors.words(e.getKey()).get(0))
        && e.getValue().stream().allMatch(mention -> namesAPlace(mention, fields)));
  }

  private boolean namesAPlace(Evidence mention, List<TaggedField> fields) {
    for (TaggedField field : fields) {
      int t = field.tokenStartingAt(mention);
      if (t < 0) {
        continue;
      }
      String word = field.normalised().get(t);
      if (word.startsWith(PREPOSITION) && heads.contains(word.substring(PREPOSITION.length()))) {
        return true;
      }
      return t > 0 && field.joined(t - 1)
          && placeWords.contains(ArabicMorphology.withoutConjunction(field.normalised().get(t - 1)));
    }
    return false;
  }
}
