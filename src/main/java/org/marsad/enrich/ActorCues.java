package org.marsad.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists open-world actor recognition reads, from {@code kb/actor-cues/} (each file says its
 * source): titles before a person's name, words that head an organisation's name, words that end a
 * name, words that link a name's parts, and given names. Normalised as the tagger matches. Immutable
 * and thread safe.
 */
final class ActorCues {

  final Set<String> titles;
  final Set<String> heads;
  /** Heads that take a bare name after them (حركة حماس), marked {@code *} in the file. */
  final Set<String> bareNameHeads;
  /** Normalised beginnings of names that are not actors (وكالة الأنباء). */
  final Set<String> notOrganisations;
  final Set<String> ends;
  final Set<String> links;
  final Set<String> givenNames;

  ActorCues(ArabicKey keys) {
    titles = read("person-titles.txt", keys);
    Set<String> marked = read("organisation-heads.txt", keys);
    heads = Set.copyOf(marked.stream().map(h -> h.replace("*", "").strip()).toList());
    bareNameHeads = Set.copyOf(marked.stream().filter(h -> h.endsWith("*")).map(h -> h.replace("*", "").strip()).toList());
    notOrganisations = read("not-organisations.txt", keys);
    ends = read("name-ends.txt", keys);
    links = read("name-links.txt", keys);
    givenNames = read("given-names.txt", keys);
  }

  private static Set<String> read(String name, ArabicKey keys) {
    Set<String> words = new HashSet<>();
    try (InputStream in = ActorCues.class.getResourceAsStream("/kb/actor-cues/" + name)) {
      if (in == null) {
        throw new IllegalStateException("kb/actor-cues/" + name + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(String.join(" ", java.util.Arrays.stream(word.split("\\s+")).map(keys::normalize).toList()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("kb/actor-cues/" + name + " cannot be read", e);
    }
    return Set.copyOf(words);
  }
}
