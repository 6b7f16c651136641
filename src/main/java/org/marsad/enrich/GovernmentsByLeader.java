package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A government named after its leader (kb/words/leader-governments.txt: حكومة نتنياهو، نظام الأسد،
 * حكومة الرئيس إيمانويل ماكرون) is the government of the leader's country, when the leader is a known
 * person who held an office of the knowledge base and the country has one government actor
 * ({@code government-of-…}). A title may stand between the word and the name. The words must not be
 * another actor's already (إدارة ترامب is the Trump administration). A possessive (إدارته، حكومته) names
 * the body of the known person with a country named last before it in the field: the person's own by
 * that noun where the knowledge base has one (إدارة ترامب), else the person's country's government.
 * Immutable and thread safe.
 */
final class GovernmentsByLeader {

  /** How far back a possessive's person may be, in words: about two sentences. */
  private static final int PRONOUN_REACH = 60;

  private final Set<String> heads;
  private final Map<String, String> pronouns;
  /**
   * For each office holder with a country, the body each possessive's noun names after them (إدارة:
   * the Trump administration after Trump; حكومة: his country's government): read once, not per mention.
   */
  private final Map<String, Map<String, String>> possessedBy = new HashMap<>();
  private final Set<String> titles;
  /** Office holders' countries, by actor id. */
  private final Map<String, String> leaderCountry = new HashMap<>();
  /** Each country's one government actor, by country id. */
  private final Map<String, String> governmentOf;

  /** @param governmentOf each country's one government actor ({@link CountryGovernments}) */
  GovernmentsByLeader(KnowledgeBase kb, ArabicNormaliser normaliser, ActorCues cues, Map<String, String> governmentOf) {
    this.heads = cues.leaderGovernmentHeads;
    this.pronouns = cues.leaderGovernmentPronouns;
    this.titles = cues.titles;
    this.governmentOf = governmentOf;
    // The actors whose alias is a possessive's noun and more words (إدارة ترامب), by the folded words.
    Set<String> nouns = Set.copyOf(pronouns.values());
    Map<List<String>, String> bodiesByName = new HashMap<>();
    Map<String, ActorEntry> byId = new HashMap<>();
    for (ActorEntry actor : kb.actors()) {
      byId.put(actor.id(), actor);
      for (String alias : actor.aliases()) {
        List<String> words = TextToken.foldedWords(alias, normaliser);
        if (words.size() > 1 && nouns.contains(words.get(0))) {
          bodiesByName.putIfAbsent(words, actor.id());
        }
      }
    }
    kb.offices().forEach(o -> o.holders().forEach(t -> {
      ActorEntry holder = byId.get(t.actor());
      if (holder != null && holder.country() != null && !possessedBy.containsKey(holder.id())) {
        leaderCountry.put(holder.id(), holder.country());
        Map<String, String> bodies = new HashMap<>();
        for (String noun : nouns) {
          String body = bodyOf(holder, noun, bodiesByName, normaliser);
          if (body != null) {
            bodies.put(noun, body);
          }
        }
        possessedBy.put(holder.id(), Map.copyOf(bodies));
      }
    }));
  }

  /** Adds the governments the fields name after their leaders to {@code actors}. */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields) {
    for (TaggedField field : fields) {
      List<String> words = field.normalised();
      String[] ids = null;
      addByPronoun(actors, field);
      for (int i = field.firstTagged(); i + 1 < words.size(); i++) {
        if (!isHead(field, i)) {
          continue;
        }
        ids = ids != null ? ids : field.idsAt(actors);
        int name = i + 1;
        if (ids[i] != null || !field.joined(i)) {
          continue;
        }
        if (ids[name] == null && titles.contains(words.get(name)) && name + 1 < words.size() && field.joined(name)) {
          name++;
        }
        String country = ids[name] == null ? null : leaderCountry.get(ids[name]);
        String government = country == null ? null : governmentOf.get(country);
        if (government != null) {
          int end = name;
          while (end + 1 < words.size() && ids[name].equals(ids[end + 1])) {
            end++;
          }
          actors.computeIfAbsent(government, id -> new ArrayList<>()).add(field.evidence(i, end + 1 - i));
          i = end;
        }
      }
    }
  }

  /** Adds the bodies that possessives (إدارته، حكومته) name by the person named last before them. */
  private void addByPronoun(Map<String, List<Evidence>> actors, TaggedField field) {
    List<String> words = field.normalised();
    String[] ids = null; // read off only for a field with a possessive
    for (int i = field.firstTagged(); i < words.size(); i++) {
      String noun = pronouns.get(ArabicMorphology.withoutConjunction(words.get(i)));
      if (noun == null || governsSomething(field, i)) {
        continue;
      }
      ids = ids != null ? ids : field.idsAt(actors);
      if (ids[i] != null) {
        continue;
      }
      Map<String, String> bodies = null;
      for (int j = i - 1; j >= Math.max(field.firstTagged(), i - PRONOUN_REACH) && bodies == null; j--) {
        bodies = ids[j] == null ? null : possessedBy.get(ids[j]);
      }
      String body = bodies == null ? null : bodies.get(noun);
      if (body != null) {
        actors.computeIfAbsent(body, id -> new ArrayList<>()).add(field.evidence(i, 1));
      }
    }
  }

  /** Whether a word with ل follows: إدارته للتحقيق is his handling of the inquiry, a verbal noun. */
  private static boolean governsSomething(TaggedField field, int i) {
    return i + 1 < field.normalised().size() && field.joined(i) && field.normalised().get(i + 1).startsWith("ل");
  }

  /** The person's own body by the noun (إدارة ترامب), else the government of the person's country. */
  private String bodyOf(ActorEntry person, String noun, Map<List<String>, String> bodiesByName, ArabicNormaliser normaliser) {
    for (String alias : person.aliases()) {
      List<String> words = new ArrayList<>();
      words.add(noun);
      words.addAll(TextToken.foldedWords(alias, normaliser));
      String body = bodiesByName.get(words);
      if (body != null) {
        return body;
      }
    }
    return governmentOf.get(person.country());
  }

  /** Whether the word is a head as written or behind a light clitic (ونظام; not لحكومة: "for the government"). */
  private boolean isHead(TaggedField field, int i) {
    return WordShapes.asWrittenOrBehind(field, i, heads, ArabicMorphology::isLight);
  }
}
