package org.marsad.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Turns the people gazetteer (kb/people.tsv: English name, tab, Arabic name, from Arabic Wikipedia
 * labels) into person actors, leaving out whoever the curated knowledge base already has by id,
 * English name or Arabic alias: curated entries always win. Not thread safe; use once per load.
 */
final class PeopleGazetteer {

  private final Set<String> ids = new HashSet<>();
  private final Set<String> names = new HashSet<>();
  private final ArabicNormaliser normaliser = new ArabicNormaliser();

  /**
   * Arabic given names (given-names*.txt less the foreign ones), folded: a label made of nothing else
   * (محمد علي، محمد عبد السلام) is the name of many people, and the news means another one far more
   * often than the gazetteer's (the boxer, the physicist). Such people count only when curated.
   */
  private final Set<String> arabicGivenNames;
  /** Links that open a compound given name (name-openers.txt: عبد، أبو), folded. */
  private final Set<String> openers;

  PeopleGazetteer(List<ActorEntry> curated) {
    Set<String> given = new HashSet<>(WordList.folded(normaliser, "given-names.txt", "given-names-common.txt"));
    given.removeAll(WordList.folded(normaliser, "given-names-foreign.txt"));
    arabicGivenNames = Set.copyOf(given);
    openers = WordList.folded(normaliser, "name-openers.txt");
    for (ActorEntry a : curated) {
      ids.add(a.id());
      if (a.en() != null) {
        names.add(fold(a.en()));
      }
      a.aliases().forEach(alias -> names.add(key(alias)));
    }
  }

  List<ActorEntry> read(List<String> lines) {
    List<ActorEntry> people = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (line.startsWith("#") || cols.length != 2) {
        continue;
      }
      String en = cols[0].strip();
      String ar = cols[1].strip();
      String id = slug(en);
      if (id.isEmpty() || ids.contains(id) || names.contains(fold(en)) || names.contains(key(ar)) || givenNamesOnly(ar)) {
        continue;
      }
      ids.add(id);
      names.add(key(ar));
      people.add(new ActorEntry(id, ActorType.PERSON, en, ar, null, List.of(ar), List.of()));
    }
    return people;
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
