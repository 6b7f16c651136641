package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A known body's board, named by a board word right before the body's name on a sport page: إدارة
 * برشلونة، مجلس إدارة نادي الهلال (kb/words/board-phrases.txt). The labels make a club's board an actor of
 * its own beside the club; no knowledge base lists boards, so it is discovered, named by the phrase as
 * written (its first word without clitics), and the club keeps its own mention. Immutable and thread safe.
 */
final class ClubBoards {

  /** The board phrases, folded, longest first: مجلس إدارة before إدارة. */
  private final List<List<String>> phrases;
  /** The first words of the phrases, for reading them behind clitics (وإدارة، لإدارة). */
  private final Set<String> firstWords;

  ClubBoards(ArabicNormaliser normaliser) {
    this.phrases = WordList.foldedPhrases(normaliser, "board-phrases.txt").stream()
        .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed()).toList();
    this.firstWords = phrases.stream().map(p -> p.get(0)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Adds the boards of the known organisations a sport page's field names right after a board phrase.
   *
   * @param ids the known actor at each word, or null
   * @param organisation whether a known actor's id is an organisation's
   */
  void find(TaggedField field, String[] ids, Predicate<String> organisation,
      boolean[] known, Map<String, List<Evidence>> found) {
    List<String> words = field.normalised();
    for (int t = Math.max(1, field.firstTagged()); t < words.size(); t++) {
      String id = ids[t];
      if (id == null || (ids[t - 1] != null && ids[t - 1].equals(id)) || !organisation.test(id) || !field.joined(t - 1)) {
        continue;
      }
      int start = phraseBefore(field, t);
      if (start < 0) {
        continue;
      }
      int end = t + 1;
      while (end < words.size() && id.equals(ids[end])) {
        end++;
      }
      List<String> name = new ArrayList<>(words.subList(start, end));
      name.set(0, WordShapes.wordAsWrittenOrBehind(field, start, firstWords, prefix -> true));
      DiscoveredActors.addEvidence(found, DiscoveredActors.id(ActorType.ORGANIZATION, name), field, start, end - start, known);
    }
  }

  /** Where a board phrase ending right before {@code t} begins, or -1. */
  private int phraseBefore(TaggedField field, int t) {
    for (List<String> phrase : phrases) {
      int start = t - phrase.size();
      if (start < field.firstTagged()) {
        continue;
      }
      boolean matches = phrase.get(0).equals(WordShapes.wordAsWrittenOrBehind(field, start, firstWords, prefix -> true));
      for (int i = 1; matches && i < phrase.size(); i++) {
        matches = field.joined(start + i - 1) && phrase.get(i).equals(field.normalised().get(start + i));
      }
      if (matches) {
        return start;
      }
    }
    return -1;
  }
}
