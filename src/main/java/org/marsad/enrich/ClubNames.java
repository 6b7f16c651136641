package org.marsad.enrich;

import java.util.List;
import java.util.Map;

/**
 * A sport page names a club no knowledge base lists by its own words and its country's adjective: فاز
 * على هوريا الغيني، انتقل إلى كوبيون بالوسيورا الفنلندي. The same adjective more often gives a player's
 * nationality, before his name (وسجل البرازيلي نيمار، ضيفه الإيطالي), so the words before it must read as
 * a name of their own and none as a person's: no given name opens them, no title or known name is
 * joined before them, and no name follows the adjective (اليوناني دونيس). The club is its words with the
 * adjective, as the news writes it (هوريا الغيني, the Guinean Horoya): a body named by a word of its own
 * is no country's body of a kind ({@link CountryBodies}). Immutable and thread safe.
 */
final class ClubNames {

  /** A club's own name is one to three words (هوريا، أوراوا ريد دايموندز). */
  private static final int MAX_NAME_WORDS = 3;

  private final ActorCues cues;

  ClubNames(ActorCues cues) {
    this.cues = cues;
  }

  /**
   * Adds the clubs a sport page's field names to {@code found}.
   *
   * @param known the words known actors or not-names cover
   * @param country the words that name a country
   */
  void find(TaggedField field, boolean[] known, boolean[] country, Map<String, List<Evidence>> found) {
    List<String> words = field.normalised();
    for (int t = field.firstTagged() + 1; t < words.size(); t++) {
      if (!country[t] || !isMasculineAdjective(words.get(t)) || !field.joined(t - 1)) {
        continue;
      }
      // A common word ends the name (صفوف فريق فلامنغو البرازيلي: فلامنغو), whatever else it might be.
      int start = t;
      while (start - 1 >= field.firstTagged() && t - (start - 1) <= MAX_NAME_WORDS && !known[start - 1] && !country[start - 1]
          && (start == t || field.joined(start - 1)) && cues.readsAsOwnName(field, start - 1)) {
        start--;
      }
      if (start < t && !personBefore(field, known, start) && !cues.nameGoesOn(field, known, country, t)) {
        DiscoveredActors.addEvidence(found, DiscoveredActors.id(ActorType.ORGANIZATION, words.subList(start, t + 1)),
            field, start, t + 1 - start, known);
      }
    }
  }

  /** A definite masculine relative adjective (الغيني), not a feminine one: a club is masculine, a city or a league may not be. */
  private static boolean isMasculineAdjective(String word) {
    return WordShapes.isNisba(word) && !WordShapes.hasFeminineNisbaEnding(word);
  }

  /**
   * Whether the words at {@code start} are a person's: a given name opens them, or a title or a known name
   * stands joined right before (اللاعب، بوروسيا …: the name goes on into a known one).
   */
  private boolean personBefore(TaggedField field, boolean[] known, int start) {
    String first = field.normalised().get(start);
    if (cues.knownGivenName(first) != null) {
      return true;
    }
    return start > 0 && field.joined(start - 1) && (known[start - 1] || cues.isTitle(field.normalised().get(start - 1)));
  }
}
