package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * A government named after its leader (kb/words/leader-governments.txt: حكومة نتنياهو، نظام الأسد،
 * حكومة الرئيس إيمانويل ماكرون) is the government of the leader's country, when the leader is a known
 * person who held an office of the knowledge base and the country has one government actor
 * ({@code government-of-…}). A title may stand between the word and the name. The words must not be
 * another actor's already (إدارة ترامب is the Trump administration). Immutable and thread safe.
 */
final class GovernmentsByLeader {

  private final Set<String> heads;
  private final Set<String> titles;
  /** Office holders' countries, by actor id. */
  private final Map<String, String> leaderCountry = new HashMap<>();
  /** Each country's one government actor, by country id. */
  private final Map<String, String> governmentOf;

  /** @param governmentOf each country's one government actor ({@link CountryGovernments}) */
  GovernmentsByLeader(KnowledgeBase kb, ActorCues cues, Map<String, String> governmentOf) {
    this.heads = cues.leaderGovernmentHeads;
    this.titles = cues.titles;
    Map<String, ActorEntry> byId = new HashMap<>();
    kb.actors().forEach(a -> byId.put(a.id(), a));
    kb.offices().forEach(o -> o.holders().forEach(t -> {
      ActorEntry holder = byId.get(t.actor());
      if (holder != null && holder.country() != null) {
        leaderCountry.put(holder.id(), holder.country());
      }
    }));
    this.governmentOf = governmentOf;
  }

  /** Adds the governments the fields name after their leaders to {@code actors}. */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields) {
    for (TaggedField field : fields) {
      List<String> words = field.normalised();
      String[] ids = null;
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

  /** Whether the word is a head as written or behind a light clitic (ونظام; not لحكومة: "for the government"). */
  private boolean isHead(TaggedField field, int i) {
    return WordShapes.asWrittenOrBehind(field, i, heads, ArabicMorphology::isLight);
  }
}
