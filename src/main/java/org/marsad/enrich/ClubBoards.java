package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A known body's board, named by a board phrase right before the body's name on a sport page: إدارة
 * برشلونة، مجلس إدارة نادي الهلال (kb/words/board-phrases.txt). The labels make a club's board an actor of
 * its own beside the club; no knowledge base lists boards, so it is discovered, named by the phrase (its
 * first word without clitics) and the body's name as written, and the club keeps its own mention.
 * Immutable and thread safe.
 */
final class ClubBoards {

  /** The board phrases, each to its folded words: the board's name begins with them. */
  private final PhraseDictionary<List<String>> phrases;

  ClubBoards(ArabicNormaliser normaliser) {
    phrases = new PhraseDictionary<>(normaliser);
    WordList.read("board-phrases.txt").forEach(p -> phrases.add(p, List.of(normaliser.fold(p).split(" "))));
  }

  /**
   * Adds the boards of the known organisations a sport page's field names right after a board phrase.
   *
   * @param ids the known actor at each word, or null
   * @param organisation whether a known actor's id is an organisation's
   */
  void find(TaggedField field, String[] ids, Predicate<String> organisation, boolean[] known, Map<String, List<Evidence>> found) {
    List<String> words = field.normalised();
    for (PhraseDictionary.Match<List<String>> m : phrases.find(words, field.readings())) {
      int body = m.first() + m.count();
      if (m.first() < field.firstTagged() || body >= words.size() || !field.joined(body - 1)) {
        continue;
      }
      String id = ids[body];
      if (id == null || id.equals(ids[body - 1]) || !organisation.test(id)) {
        continue;
      }
      int end = body + 1;
      while (end < words.size() && id.equals(ids[end])) {
        end++;
      }
      List<String> name = new ArrayList<>(m.values().get(0));
      name.addAll(words.subList(body, end));
      DiscoveredActors.addEvidence(found, DiscoveredActors.id(ActorType.ORGANIZATION, name), field, m.first(), end - m.first(), known);
    }
  }
}
