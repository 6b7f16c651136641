package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * On a sport page, a country's bare name that stands for its national team (LABELS.md: a country
 * named as a match opponent is its national team, and names the country): after a word that makes
 * it a side of a match (خسر أمام البرتغال، ضد إيرلندا، مدرب كوريا الجنوبية — kb/words/team-cues.txt),
 * after a result (خسرت كوريا الجنوبية، فوز فرنسا — kb/words/match-results.txt), after على or مع a few
 * words past a result (الفوز 2-0 على هندوراس، التعادل 1-1 مع أيسلندا), before a score (بلجيكا (1-2)،
 * نيجيريا 2-صفر), or listed with one of these by و (إلى جانب أستراليا والبيرو والدنمارك; past an
 * epithet: روسيا المضيفة والأوروغواي; after كلا من: مجموعة تضم كلا من روسيا والأوروغواي). A team named
 * as another's counterpart by its country's adjective (أمام نظيره البلجيكي — kb/words/team-counterparts.txt)
 * is that country's team too, and so is a name its result follows (السويد فازت، الأرجنتين التي تعادلت
 * مع أيسلندا). A country's part with a team of its own is read as a country is (خسر أمام إنجلترا: the
 * team whose alias is منتخب إنجلترا). A name after any other word is a place (مونديال روسيا، في روسيا) and
 * stays a country only. Immutable and thread safe.
 */
final class MatchOpponents {

  /** How many words before على a result may be (فاز منتخب فرنسا الشاب 4 - 2 على كرواتيا). */
  private static final int RESULT_REACH = 6;
  /** How many words may stand between a name and the التي of its result (ألمانيا بطلة 2014 التي خسرت). */
  private static final int RELATIVE_REACH = 2;
  /** A score's goals have at most two digits: a year after a name (روسيا 2018) is no score. */
  private static final int GOAL_DIGITS = 2;
  /** The generator's id of a country's national football team (national-teams.yaml), by lower-case ISO code. */
  private static final String TEAM_ID_PREFIX = "national-team-";

  /** Countries' names, and the names of parts with a team of their own, each to its team's id. */
  private final PhraseDictionary<String> sideNames;
  /** Countries' adjectives, each to its country's team's id. */
  private final PhraseDictionary<String> countryAdjectives;
  private final Set<String> cues;
  private final Set<String> results;
  /**
   * Words of a title won (match-results.txt, marked ~): a side after على or مع close behind one
   * (الفائز بالمونديال مع إيطاليا), but not right after one (كأس العالم روسيا 2018 is the host).
   */
  private final Set<String> titles;
  private final Set<String> counterparts;
  /** The two teams (team-duals.txt: المنتخبان، المنتخبين), before two countries' adjectives. */
  private final Set<String> duals;
  /** Words before the side a result was against (على), or drawn with (مع). */
  private final Set<String> against;
  private final String nil;
  /** من of كلا من, كل من: "each of", opening a list. */
  private final String from;
  private final Set<String> each;
  private final String which;

  /** @param counterparts the counterpart words, folded (ActorCues#counterparts) */
  MatchOpponents(KnowledgeBase kb, ArabicNormaliser normaliser, Set<String> counterparts) {
    sideNames = new PhraseDictionary<>(normaliser);
    countryAdjectives = new PhraseDictionary<>(normaliser);
    Set<String> actorIds = new HashSet<>();
    kb.actors().forEach(a -> actorIds.add(a.id()));
    for (CountryEntry c : kb.countries()) {
      String team = TEAM_ID_PREFIX + c.id().toLowerCase(Locale.ROOT);
      // A name that is also a common word (مالي) needs context this rule does not check.
      if (actorIds.contains(team) && c.after().isEmpty()) {
        c.names().forEach(n -> sideNames.add(n, team));
        c.adjectives().forEach(n -> countryAdjectives.add(n, team));
      }
    }
    // A country's part with a team of its own (إنجلترا، ويلز of the United Kingdom: منتخب إنجلترا) is a
    // side by its bare name as a country is: the team of that country whose alias is منتخب and the part's name.
    String teamWord = normaliser.fold("منتخب") + " ";
    for (CountryEntry c : kb.countries()) {
      if (c.parts().isEmpty()) {
        continue;
      }
      Map<String, String> teamByAlias = new HashMap<>();
      kb.actors().stream().filter(a -> c.id().equals(a.country()))
          .forEach(a -> a.aliases().forEach(alias -> teamByAlias.putIfAbsent(normaliser.fold(alias), a.id())));
      for (String part : c.parts()) {
        String team = teamByAlias.get(teamWord + normaliser.fold(part));
        if (team != null) {
          sideNames.add(part, team);
        }
      }
    }
    cues = WordList.folded(normaliser, "team-cues.txt");
    WordList.Marked resultWords = WordList.foldedByMark(normaliser, "match-results.txt", "~");
    results = resultWords.plain();
    titles = resultWords.marked();
    this.counterparts = counterparts;
    duals = WordList.folded(normaliser, "team-duals.txt");
    against = Set.of(normaliser.fold("على"), normaliser.fold("مع"));
    nil = normaliser.fold("صفر");
    from = normaliser.fold("من");
    each = Set.of(normaliser.fold("كلا"), normaliser.fold("كل"));
    which = normaliser.fold("التي");
  }

  /** Adds the national teams a sport page names by their country's name to {@code actors}. */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields) {
    for (TaggedField field : fields) {
      List<String> words = field.normalised();
      int teamEnd = -1;
      for (PhraseDictionary.Match<String> m : sideNames.find(words, field.readings())) {
        if (m.first() < field.firstTagged() || !ArabicMorphology.isLight(m.prefix())) {
          continue;
        }
        boolean listed = m.first() == teamEnd && m.prefix().startsWith("و");
        int next = m.first() + m.count();
        if (listed || opponent(words, m.first()) || beforeScore(words, next) || beforeResult(words, next)) {
          add(actors, field, m);
          // A team's epithet may stand before the next one listed: روسيا المضيفة والأوروغواي.
          teamEnd = next < words.size() && field.joined(next - 1) && ArabicMorphology.isDefinite(words.get(next)) ? next + 1 : next;
        }
      }
      int adjectiveEnd = -1;
      for (PhraseDictionary.Match<String> m : countryAdjectives.find(words, field.readings())) {
        // The second of two adjectives after the two teams, or a counterpart's, is listed by و (والسويسري).
        boolean listed = m.first() == adjectiveEnd && m.prefix().startsWith("و") && ArabicMorphology.isLight(m.prefix());
        if (m.first() > field.firstTagged() && (listed || (m.prefix().isEmpty() && teamWordBefore(words.get(m.first() - 1))))) {
          add(actors, field, m);
          adjectiveEnd = m.first() + m.count();
        }
      }
    }
  }

  /** Whether a word makes a country's adjective after it a team: a counterpart (نظيره) or the two teams (المنتخبان). */
  private boolean teamWordBefore(String word) {
    String bare = ArabicMorphology.withoutConjunction(word);
    return counterparts.contains(bare) || duals.contains(bare);
  }

  private void add(Map<String, List<Evidence>> actors, TaggedField field, PhraseDictionary.Match<String> m) {
    actors.computeIfAbsent(m.values().get(0), id -> new ArrayList<>()).add(field.evidence(m.first(), m.count()));
  }

  /** Whether a score follows a name: two numbers of goals (2 - 1، 2-صفر). */
  private boolean beforeScore(List<String> words, int next) {
    return next + 1 < words.size() && goals(words.get(next)) && goals(words.get(next + 1));
  }

  /**
   * Whether the name is the side whose result follows: a result word right after it (السويد فازت) or
   * after a التي close behind it (الأرجنتين التي تعادلت، ألمانيا بطلة 2014 التي خسرت). Right after the
   * name the result stands as written: one behind و begins another clause (في أنغولا ولقاء العودة في تونس).
   */
  private boolean beforeResult(List<String> words, int next) {
    if (next < words.size() && results.contains(words.get(next))) {
      return true;
    }
    for (int i = next; i <= next + RELATIVE_REACH && i + 1 < words.size(); i++) {
      if (words.get(i).equals(which)) {
        return result(words.get(i + 1));
      }
    }
    return false;
  }

  /** Whether a word makes the name after it a side: a cue or a result, with or without a joined و or ف. */
  private boolean cueOrResult(String word) {
    return cues.contains(ArabicMorphology.withoutConjunction(word)) || result(word);
  }

  /** Whether a word is a result, with or without a joined و or ف (فازت is one as it stands). */
  private boolean result(String word) {
    return results.contains(word) || results.contains(ArabicMorphology.withoutConjunction(word));
  }

  private boolean goals(String word) {
    return word.equals(nil) || (word.length() <= GOAL_DIGITS && WordShapes.isNumber(word));
  }

  /** Whether the words before a country's name make it a side of a match. */
  private boolean opponent(List<String> words, int first) {
    if (first == 0) {
      return false;
    }
    if (cueOrResult(words.get(first - 1))) {
      return true;
    }
    String previous = ArabicMorphology.withoutConjunction(words.get(first - 1));
    // A cue's list may open with كلا من or كل من (مجموعة تضم كلا من روسيا والأوروغواي، إلى جانب كل من إنجلترا).
    if (first >= 3 && previous.equals(from) && each.contains(words.get(first - 2)) && cueOrResult(words.get(first - 3))) {
      return true;
    }
    if (!against.contains(previous)) {
      return false;
    }
    for (int i = first - 2; i >= Math.max(0, first - 1 - RESULT_REACH); i--) {
      if (result(words.get(i)) || titles.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
