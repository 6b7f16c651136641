package org.marsad.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Adds the people gazetteer (kb/people.tsv: English name, tab, Arabic name, from Arabic Wikipedia
 * labels) to the knowledge base's actors. Curated entries always win: a person the knowledge base
 * already has by id or English name keeps its entry and gains the gazetteer's Arabic spelling as an
 * alias (Wikipedia's label is often a spelling the curator did not write: برني ساندرز, جورجا ملوني);
 * a gazetteer name that is already some actor's alias is left out. Not thread safe; use once per load.
 */
final class PeopleGazetteer {

  private final ArabicNormaliser normaliser = new ArabicNormaliser();

  /**
   * Arabic given names (given-names*.txt less the foreign ones), folded: a label made of nothing else
   * (محمد علي، محمد عبد السلام) is the name of many people, and the news means another one far more
   * often than the gazetteer's (the boxer, the physicist). Such people count only when curated.
   */
  private final Set<String> arabicGivenNames;
  /** Links that open a compound given name (name-openers.txt: عبد، أبو), folded. */
  private final Set<String> openers;

  PeopleGazetteer() {
    Set<String> given = new HashSet<>(WordList.folded(normaliser, "given-names.txt", "given-names-common.txt"));
    given.removeAll(WordList.folded(normaliser, "given-names-foreign.txt"));
    arabicGivenNames = Set.copyOf(given);
    openers = WordList.folded(normaliser, "name-openers.txt");
  }

  /**
   * The actors given, curated people the gazetteer also has with its Arabic spelling added, followed
   * by the gazetteer's other people.
   */
  List<ActorEntry> addTo(List<ActorEntry> actors, List<String> lines) {
    Map<String, Integer> byId = new HashMap<>();
    Map<String, Integer> byEnglish = new HashMap<>();
    Set<String> aliases = new HashSet<>();
    Set<String> gazetteerIds = new HashSet<>();
    List<ActorEntry> all = new ArrayList<>(actors);
    for (int i = 0; i < all.size(); i++) {
      ActorEntry a = all.get(i);
      byId.put(a.id(), i);
      if (a.en() != null) {
        byEnglish.putIfAbsent(fold(a.en()), i);
      }
      a.aliases().forEach(alias -> aliases.add(key(alias)));
    }
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (line.startsWith("#") || cols.length != 2) {
        continue;
      }
      String en = cols[0].strip();
      String ar = cols[1].strip();
      String id = slug(en);
      String arKey = key(ar);
      if (id.isEmpty() || gazetteerIds.contains(id) || aliases.contains(arKey) || givenNamesOnly(ar)) {
        continue;
      }
      Integer known = byId.containsKey(id) ? byId.get(id) : byEnglish.get(fold(en));
      if (known == null) {
        gazetteerIds.add(id);
        all.add(new ActorEntry(id, ActorType.PERSON, en, ar, null, List.of(ar), List.of()));
      } else if (all.get(known).type() == ActorType.PERSON && !containsAnAlias(arKey, all.get(known))) {
        all.set(known, all.get(known).withAlias(ar));
      } else {
        continue;
      }
      aliases.add(arKey);
    }
    return all;
  }

  /**
   * Whether a spelling holds one of the person's names as whole words: it then finds nothing that name
   * does not, and the longer name may be someone else's (محمد أنور السادات is also Sadat's nephew).
   */
  private boolean containsAnAlias(String spelling, ActorEntry person) {
    String padded = " " + spelling + " ";
    return person.aliases().stream().anyMatch(alias -> padded.contains(" " + key(alias) + " "));
  }

  /** Whether a name is two or more Arabic given names and nothing else (a compound عبد السلام is one). */
  private boolean givenNamesOnly(String arabic) {
    List<String> words = TextToken.foldedWords(arabic, normaliser);
    int names = 0;
    for (int i = 0; i < words.size(); i++, names++) {
      String word = words.get(i);
      boolean compound = openers.contains(word) && i + 1 < words.size();
      String name = compound ? word + words.get(++i) : word;
      if (!arabicGivenNames.contains(name) && !(compound && arabicGivenNames.contains(word + " " + words.get(i)))) {
        return false;
      }
    }
    return names >= 2;
  }

  private String key(String arabic) {
    return String.join(" ", TextToken.foldedWords(arabic, normaliser));
  }

  private static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
  }

  private static String slug(String en) {
    return fold(en).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
