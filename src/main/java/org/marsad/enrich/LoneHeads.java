package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A body's head alone with the article (التنظيم، الحركة، الحزب) names the one body of the text that
 * bears that head: after تنظيم داعش "the organisation" is the Islamic State, after حركة حماس "the
 * movement" is Hamas, as the labels read such words. It then adds its mention to that body's evidence
 * instead of being a facet value of its own, which would count every organisation of every text as one.
 * Where no body of the text, or more than one, bears the head, it stays as it was; so does a bare
 * الحكومة, which {@link BareBodies} reads. Immutable and thread safe.
 */
final class LoneHeads {

  private final ArabicNormaliser normaliser;
  private final ActorCues cues;

  LoneHeads(ArabicNormaliser normaliser, ActorCues cues) {
    this.normaliser = normaliser;
    this.cues = cues;
  }

  /** Moves the evidence of each lone head with one antecedent to it. */
  void resolve(Map<String, List<Evidence>> actors) {
    for (String id : List.copyOf(actors.keySet())) {
      if (!DiscoveredActors.isDiscovered(id) || DiscoveredActors.type(id) != ActorType.ORGANIZATION
          || DiscoveredActors.scope(id) != null) {
        continue;
      }
      List<String> words = DiscoveredActors.words(id);
      if (words.size() != 1) {
        continue;
      }
      String word = words.get(0);
      String bare = ArabicMorphology.withoutArticle(word);
      // A bare الحكومة is BareBodies' to read: the text's one country's, or none.
      if (!ArabicMorphology.isDefinite(word) || (cues.head(word) == null && cues.head(bare) == null)
          || cues.bareGovernments.contains(word)) {
        continue;
      }
      String antecedent = null;
      for (Map.Entry<String, List<Evidence>> other : actors.entrySet()) {
        if (other.getKey().equals(id) || DiscoveredActors.isPerson(other.getKey())
            || other.getValue().stream().noneMatch(e -> opensWith(e.text(), bare))) {
          continue;
        }
        if (antecedent != null) {
          antecedent = null;
          break;
        }
        antecedent = other.getKey();
      }
      if (antecedent != null) {
        List<Evidence> mentions = actors.remove(id);
        actors.computeIfAbsent(antecedent, k -> new ArrayList<>()).addAll(mentions);
      }
    }
  }

  /** Whether a mention's first word, its clitics aside, is the head without its article (تنظيم داعش، وحركة حماس). */
  private boolean opensWith(String mention, String head) {
    String[] words = mention.strip().split("\\s+", 2);
    if (words.length < 2) {
      return false;
    }
    String first = normaliser.fold(words[0]);
    return first.equals(head) || head.equals(cues.head(first));
  }
}
