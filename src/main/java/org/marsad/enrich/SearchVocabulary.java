package org.marsad.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Generates the configset's name lists from the knowledge base, so names live in one place:
 *
 * <ul>
 *   <li>{@value #PROTECTED} (never stemmed; the Latin-script names field holds only these): the
 *       one-word Arabic names of places ({@code places.yaml}); the one-word Arabic names and
 *       capitals of the countries the knowledge base has actors or places in (the region and the
 *       powers), except names that are common words ({@code after}); and the one-word Arabic aliases
 *       of actors (حفتر; a person with none: its weak ones, كيم), the label's last word first;
 *   <li>{@value #MAPPINGS} (one stem for several words): each such country's adjectives and other
 *       names → its name (الروسية → روسيا), an actor's other one-word spellings → its first;
 *   <li>{@value #SYNONYMS} (Latin queries): each Latin name, adjective or alias (one word, or
 *       several as a phrase: benjamin netanyahu), an actor's English name and a person's surname
 *       (its last word) → the Arabic name it is written as; a Latin word that would stand for two
 *       names is left out, and a surname another name claims is left to it.
 * </ul>
 *
 * Run {@code main} with the configset's {@code conf} directory after editing the knowledge base;
 * {@code SearchVocabularyTest} fails when the files and the knowledge base disagree.
 */
public final class SearchVocabulary {

  public static final String PROTECTED = "lang/protwords_ar.txt";
  public static final String MAPPINGS = "lang/stem_map_ar.txt";
  public static final String SYNONYMS = "synonyms_names.txt";
  public static final String TAGGED = "synonyms_tagged.txt";
  /** People whose names begin with one word before it counts as a family name written first (كيم). */
  private static final int SHARED_FAMILY_NAME = 4;
  public static final String GIVEN_NAMES = "lang/given_names_ar.txt";
  /** Arabic articles written as separate Latin words (al-Sarraj, el-Sisi): optional in a query. */
  private static final Set<String> COMPOUND_ENDS = Set.of("الله", "الدين", "الرحمن", "الرحيم", "الإسلام");
  private static final Set<String> COMPOUND_STARTS = Set.of("عبد", "أبو", "ابو", "بن", "بنت", "آل", "صنع");
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an");
  private static final ArabicNormaliser NORMALISER = new ArabicNormaliser();

  /**
   * One name the vocabulary knows: its Arabic one-word forms (first = target), its Latin names and
   * the surname taken from a person's English name (weaker: left out when another name claims it).
   */
  private record Name(String comment, List<String> arabic, List<String> variants, List<String> latin,
      List<String> surnames) {}

  private final List<Name> names = new ArrayList<>();
  /** Latin form → the Arabic labels it names, in knowledge-base order (for {@value #TAGGED}). */
  private final Map<String, Set<String>> tagged = new LinkedHashMap<>();
  private final Map<String, Set<String>> taggedSurnames = new LinkedHashMap<>();

  public SearchVocabulary(KnowledgeBase kb) {
    collectTagged(kb);
    Set<String> countries = new TreeSet<>();
    kb.places().forEach(p -> countries.add(p.country()));
    // Generated actors (a government, a team, an army per country) name every country: they make none "of interest".
    kb.actors().stream().filter(a -> a.country() != null && !a.generated())
        .forEach(a -> countries.add(a.country()));
    for (PlaceEntry place : kb.places()) {
      add("place " + place.id(), arabicWords(place.names()), List.of(), latinWords(place.names()), List.of());
    }
    for (CountryEntry country : kb.countries()) {
      if (countries.contains(country.id()) && country.after().isEmpty()) {
        List<String> arabic = arabicWords(withLabel(country.ar(), country.names()));
        List<String> latin = latinWords(withLabel(country.en(), country.names()));
        latin.addAll(latinWords(country.adjectives()));
        add("country " + country.id(), arabic, arabicWords(country.adjectives()), latin, List.of());
        arabicWords(country.capitals())
            .forEach(c -> add("capital of " + country.id(), List.of(c), List.of(), List.of(), List.of()));
      }
    }
    for (ActorEntry actor : kb.actors()) {
      if (actor.generated()) {
        continue;
      }
      boolean person = actor.type() == ActorType.PERSON;
      List<String> arabic = arabicWords(actor.aliases());
      if (arabic.isEmpty() && person) {
        arabic = arabicWords(actor.weak());
      }
      List<String> latin = latinWords(withLabel(actor.en(), actor.aliases()));
      List<String> surnames = new ArrayList<>();
      if (person && actor.en() != null && !actor.en().contains(" of ")) {
        // A person is searched by surname: the last word of the English name (Netanyahu).
        List<String> words = words(actor.en());
        String surname = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (surname.length() >= 3 && !latin.contains(surname)) {
          surnames.add(surname);
        }
      }
      if (!latin.isEmpty() || !surnames.isEmpty()) {
        add("actor " + actor.id(), surnameFirst(arabic, actor.ar()), List.of(), latin, surnames);
      }
    }
  }

  private void collectTagged(KnowledgeBase kb) {
    // A family name written first in several people's names (كيم جونغ أون، كيم كاي جوان، كيم جونغ إيل)
    // is many people's, not one person's surname to search by.
    Set<String> firstWords = kb.actors().stream()
        .filter(a -> a.type() == ActorType.PERSON && a.ar() != null && a.ar().strip().contains(" "))
        .collect(Collectors.groupingBy(a -> a.ar().strip().split("\\s+")[0], Collectors.counting()))
        .entrySet().stream().filter(e -> e.getValue() >= SHARED_FAMILY_NAME).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    for (ActorEntry actor : kb.actors()) {
      if (actor.generated() || actor.ar() == null) {
        continue;
      }
      boolean person = actor.type() == ActorType.PERSON && actor.ar().contains(" ");
      String lastWord = surnameOf(actor.ar());
      for (String name : withLabel(actor.en(), actor.aliases())) {
        // A person's one-word Latin name (Trump, Hifter) is the surname: most mentions are that alone.
        boolean oneWord = name != null && words(name).size() == 1;
        addTagged(person && oneWord ? lastWord : actor.ar(), Collections.singletonList(name));
      }
      if (person && actor.en() != null && !actor.en().contains(" of ")) {
        List<String> words = words(actor.en());
        String surname = words.get(words.size() - 1);
        if (surname.length() >= 3 && !PARTICLES.contains(surname) && !firstWords.contains(lastWord)) {
          taggedSurnames.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(lastWord);
        }
      }
    }
    for (CountryEntry country : kb.countries()) {
      List<String> latin = withLabel(country.en(), country.names());
      latin.addAll(country.adjectives());
      addTagged(country.ar(), latin);
    }
    for (PlaceEntry place : kb.places()) {
      addTagged(place.ar(), withLabel(place.en(), place.names()));
    }
  }

  /**
   * The Arabic surname of a label: its last word, or its last two when the last is the second half
   * of a compound (صنع الله، عبد الرحمن، أبو بكر: الله alone would name half the index).
   */
  static String surnameOf(String label) {
    String[] words = label.strip().split("\\s+");
    int n = words.length;
    if (n >= 3 && (COMPOUND_ENDS.contains(words[n - 1]) || COMPOUND_STARTS.contains(words[n - 2]))) {
      return words[n - 2] + " " + words[n - 1];
    }
    return words[n - 1];
  }

  private void addTagged(String label, List<String> names) {
    for (String name : names) {
      if (name == null || !isLatin(name)) {
        continue;
      }
      List<String> words = words(name);
      List<String> forms = new ArrayList<>();
      forms.add(String.join(" ", words));
      List<String> bare = words.stream().filter(w -> !PARTICLES.contains(w)).toList();
      if (!bare.isEmpty() && bare.size() < words.size()) {
        forms.add(String.join(" ", bare));
      }
      for (String form : forms) {
        if (form.length() >= 3) {
          tagged.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(label);
        }
      }
    }
  }

  /** The one-word alias that is the label's last word (the surname) first: it is the target. */
  private static List<String> surnameFirst(List<String> arabic, String label) {
    if (label == null || arabic.size() < 2) {
      return arabic;
    }
    String last = label.substring(label.lastIndexOf(' ') + 1);
    List<String> ordered = new ArrayList<>(arabic);
    if (ordered.remove(last)) {
      ordered.add(0, last);
    }
    return ordered;
  }

  /** A Latin name's words as the query side sees them (lower case, accents folded, split at - ' .). */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : NORMALISER.fold(name).split("[^\\p{L}\\p{M}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private void add(String comment, List<String> arabic, List<String> variants, List<String> latin,
      List<String> surnames) {
    if (!arabic.isEmpty()) {
      names.add(new Name(comment, arabic, variants, latin, surnames));
    }
  }

  private static List<String> withLabel(String label, List<String> names) {
    List<String> all = new ArrayList<>();
    all.add(label);
    all.addAll(names);
    return all;
  }

  private static List<String> arabicWords(List<String> names) {
    Set<String> words = new LinkedHashSet<>();
    names.stream().filter(n -> n != null && !n.contains(" ") && !isLatin(n)).forEach(words::add);
    return new ArrayList<>(words);
  }

  /**
   * Latin names as the query side sees them (lower case, accents folded): one-word names of three
   * letters or more, and names of several words as a phrase of words (Kim Jong-un → kim jong un),
   * which the query's synonym graph turns into the one Arabic name.
   */
  private static List<String> latinWords(List<String> names) {
    Set<String> words = new LinkedHashSet<>();
    for (String n : names) {
      if (n == null || !isLatin(n)) {
        continue;
      }
      if (n.matches("[\\p{L}\\p{M}]{3,}")) {
        words.add(NORMALISER.fold(n));
      } else {
        List<String> parts = words(n);
        if (parts.size() > 1) {
          words.add(String.join(" ", parts));
        }
      }
    }
    return new ArrayList<>(words);
  }

  private static boolean isLatin(String name) {
    return !ArabicNormaliser.hasArabic(name);
  }

  /** The content of {@value #PROTECTED}. */
  public String protectedWords() {
    StringBuilder out = header(PROTECTED, "Names and places that arabicCliticStem never cuts; a clitic in front is still"
        + " removed (بحفتر، لليبيا).");
    protectedList().forEach(word -> out.append(word).append('\n'));
    return out.toString();
  }

  private Set<String> protectedList() {
    Set<String> words = new LinkedHashSet<>();
    names.forEach(name -> words.addAll(name.arabic()));
    return words;
  }

  /**
   * The content of {@value #MAPPINGS}. A form is written only when the filter would map it: not when
   * its stem is the target's (إسطنبول and اسطنبول normalise alike) or an earlier form's (الروسي after
   * روسي), so each line says only what the filter does.
   */
  public String mappings() {
    StringBuilder out = header(MAPPINGS, "Words whose stem stands for a name's stem (target => form, form): nisba"
        + " adjectives → their country, spellings → one spelling. The filter normalises and stems each word.");
    ArabicMorphology unmapped = ArabicMorphology.fromWordLists(List.copyOf(protectedList()), List.of(), PROTECTED);
    for (Name name : names) {
      List<String> candidates = new ArrayList<>(name.arabic().subList(1, name.arabic().size()));
      name.variants().stream().filter(v -> !candidates.contains(v)).forEach(candidates::add);
      Set<String> stems = new LinkedHashSet<>();
      stems.add(stemOf(unmapped, name.arabic().get(0)));
      List<String> forms = candidates.stream().filter(f -> stems.add(stemOf(unmapped, f))).toList();
      if (!forms.isEmpty()) {
        out.append(name.arabic().get(0)).append(" => ").append(String.join(", ", forms)).append('\n');
      }
    }
    return out.toString();
  }

  /** A word's stem as the filter computes it when it reads the mappings. */
  private static String stemOf(ArabicMorphology unmapped, String word) {
    return unmapped.stem(NORMALISER.normalise(word));
  }

  /** The content of {@value #SYNONYMS}. */
  public String synonyms() {
    StringBuilder out = header(SYNONYMS, "Latin spellings → the Arabic name (query side of names_latin): latin, latin"
        + " => arabic. A Latin word of two names is left out.");
    Map<String, Set<String>> targets = new LinkedHashMap<>();
    Map<String, Set<String>> surnames = new LinkedHashMap<>();
    for (Name name : names) {
      name.latin().forEach(l -> targets.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(name.arabic().get(0)));
      name.surnames().forEach(l -> surnames.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(name.arabic().get(0)));
    }
    Set<String> written = new LinkedHashSet<>();
    for (Name name : names) {
      List<String> latin = new ArrayList<>(name.latin().stream()
          .filter(l -> targets.get(l).size() == 1 && !written.contains(l)).toList());
      // A surname another name claims (Gaddafi of Hannibal Gaddafi) is left to that name.
      name.surnames().stream()
          .filter(l -> !targets.containsKey(l) && surnames.get(l).size() == 1 && !written.contains(l))
          .forEach(latin::add);
      if (!latin.isEmpty()) {
        written.addAll(latin);
        out.append(String.join(", ", latin)).append(" => ").append(name.arabic().get(0)).append('\n');
      }
    }
    return out.toString();
  }

  /** The content of {@value #TAGGED}. */
  public String taggedSynonyms() {
    StringBuilder out = header(TAGGED, "Latin names → the Arabic label of the actor, country or place (query side of"
        + " names_en): latin, latin => arabic. A Latin name of two labels is left out.");
    Map<String, List<String>> byLabel = new LinkedHashMap<>();
    tagged.forEach((form, labels) -> {
      if (labels.size() == 1) {
        byLabel.computeIfAbsent(labels.iterator().next(), k -> new ArrayList<>()).add(form);
      }
    });
    taggedSurnames.forEach((surname, labels) -> {
      if (labels.size() == 1 && !tagged.containsKey(surname)) {
        byLabel.computeIfAbsent(labels.iterator().next(), k -> new ArrayList<>()).add(surname);
      }
    });
    byLabel.forEach((label, forms) -> out.append(String.join(", ", forms)).append(" => ").append(label).append('\n'));
    return out.toString();
  }

  /**
   * The content of {@value #GIVEN_NAMES}: the one-word given names of {@code
   * kb/words/given-names-common.txt} (the common ones, as Arabic news writes them), normalised, in
   * sorted order. Not the long generated list: its rare foreign names (كانغ) would take the keys of
   * names whose spellings must meet (جونغ، جونج).
   */
  public String givenNames() {
    StringBuilder out = header(GIVEN_NAMES, "Given names whose spelling is settled: a query word with one of their"
        + " name keys is matched as written (حسين is not حسن). From kb/words/given-names-common.txt.");
    Set<String> given = new TreeSet<>();
    WordList.read("given-names-common.txt").stream().filter(w -> !w.contains(" ") && !isLatin(w))
        .map(NORMALISER::normalise).forEach(given::add);
    given.forEach(g -> out.append(g).append('\n'));
    return out.toString();
  }

  private static StringBuilder header(String file, String what) {
    return new StringBuilder()
        .append("# ").append(file).append(": GENERATED from the knowledge base (src/main/resources/kb/*.yaml)\n")
        .append("# by org.marsad.enrich.SearchVocabulary; edit the knowledge base, then regenerate.\n")
        .append("# ").append(what).append('\n');
  }

  /** Writes the five files under a configset's {@code conf} directory. */
  public void write(Path conf) throws IOException {
    Files.writeString(conf.resolve(PROTECTED), protectedWords(), StandardCharsets.UTF_8);
    Files.writeString(conf.resolve(MAPPINGS), mappings(), StandardCharsets.UTF_8);
    Files.writeString(conf.resolve(SYNONYMS), synonyms(), StandardCharsets.UTF_8);
    Files.writeString(conf.resolve(TAGGED), taggedSynonyms(), StandardCharsets.UTF_8);
    Files.writeString(conf.resolve(GIVEN_NAMES), givenNames(), StandardCharsets.UTF_8);
  }

  /** {@code SearchVocabulary <conf dir> [<kb override dir>]}: regenerates the configset's name lists. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SearchVocabulary <configset conf dir> [<knowledge base dir>]");
      System.exit(2);
    }
    KnowledgeBase kb = new KnowledgeBaseLoader(args.length > 1 ? Path.of(args[1]) : null, false).load();
    new SearchVocabulary(kb).write(Path.of(args[0]));
  }
}
