package org.marsad.enrich;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * The word lists open-world actor recognition reads ({@code kb/words/}, each file says its source):
 * titles before a person's name (name-titles.txt with actor-titles.txt), words that head an
 * organisation's name (organisation-heads.txt, {@code *} for heads that take a bare name), beginnings
 * that are no organisation (not-organisations.txt), words that end a name (name-stops.txt with
 * name-ends.txt), words that link a name's parts (name-links.txt) and given names (given-names.txt).
 * Folded as the tagger matches. Immutable and thread safe.
 */
final class ActorCues {

  final Set<String> titles;
  final Set<String> heads;
  /** Heads that take a bare name after them (حزب الأصالة، شركة أرامكو), marked {@code *} in the file. */
  final Set<String> bareNameHeads;
  /** Folded beginnings of names that are not actors (وكالة الأنباء). */
  final Set<String> notOrganisations;
  final Set<String> ends;
  final Set<String> links;
  final Set<String> givenNames;

  ActorCues(ArabicNormaliser normaliser) {
    titles = read(normaliser, "name-titles.txt", "actor-titles.txt");
    List<String> marked = WordList.read("organisation-heads.txt");
    heads = fold(normaliser, marked.stream().map(h -> h.replace("*", "").strip()).toList());
    bareNameHeads = fold(normaliser, marked.stream().filter(h -> h.endsWith("*")).map(h -> h.replace("*", "").strip()).toList());
    notOrganisations = read(normaliser, "not-organisations.txt");
    ends = read(normaliser, "name-stops.txt", "name-ends.txt");
    links = read(normaliser, "name-links.txt");
    givenNames = read(normaliser, "given-names.txt", "given-names-common.txt");
  }

  private static Set<String> read(ArabicNormaliser normaliser, String... files) {
    Set<String> words = new HashSet<>();
    for (String file : files) {
      words.addAll(fold(normaliser, WordList.read(file)));
    }
    return Set.copyOf(words);
  }

  /** Each entry folded word by word: a phrase stays a phrase of folded words. */
  private static Set<String> fold(ArabicNormaliser normaliser, List<String> entries) {
    Set<String> folded = new HashSet<>();
    for (String entry : entries) {
      folded.add(String.join(" ", TextToken.tokenize(entry).stream().map(t -> normaliser.fold(t.text())).toList()));
    }
    return Set.copyOf(folded);
  }
}
