package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.marsad.enrich.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;

/**
 * The in-memory entity prefix index over the app's real knowledge base: one case a line in {@code
 * search/suggest-cases.tsv}.
 */
class EntitySuggesterTest {

  private static final KnowledgeBase KB = new KnowledgeBaseLoader(null).load();
  private static final EntitySuggester SUGGESTER = new EntitySuggester(KB);
  /** Documents per value, as the service would count them; LY and EG have documents. */
  private static final Map<String, Long> COUNTS = Map.of("LY", 11L, "EG", 3L, "khalifa-haftar", 3L);

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        EntitySuggesterTest.class.getResourceAsStream("/search/suggest-cases.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cells = line.split("\t");
          cases.add(Arguments.of(cells[0], cells[1]));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void suggestsTheExpectedValueFirst(String typed, String expected) {
    List<Suggestion> suggestions = suggest(typed);
    assertThat(suggestions).isNotEmpty();
    assertThat(suggestions.get(0).type() + "/" + suggestions.get(0).id()).isEqualTo(expected);
    assertThat(suggestions).extracting(s -> s.type() + "/" + s.id()).doesNotHaveDuplicates();
  }

  @Test
  void valuesWithDocumentsComeBeforeValuesWithout() {
    // ليب also starts Liberia (ليبيريا), which has no documents.
    List<Suggestion> suggestions = suggest("ليب");
    assertThat(suggestions).extracting(Suggestion::id).containsSubsequence("LY", "LR");
  }

  @Test
  void labelsFollowTheLanguageAndNothingMatchesNonsense() {
    assertThat(SUGGESTER.suggest("حفت", 5, Lang.EN, (type, id) -> 0).get(0).label()).isEqualTo("Khalifa Haftar");
    assertThat(suggest("zzzq")).isEmpty();
    assertThat(suggest("  ")).isEmpty();
  }

  @Test
  void knowsWhetherTheKnowledgeBaseChangedSinceItWasBuilt() {
    List<EntitySuggester.Named> names = EntitySuggester.names(KB);
    EntitySuggester built = new EntitySuggester(names);
    assertThat(built.builtFrom(EntitySuggester.names(KB))).isTrue();
    List<EntitySuggester.Named> grown = new ArrayList<>(names);
    int at = 0;
    while (!grown.get(at).label().id().equals("khalifa-haftar")) {
      at++;
    }
    EntitySuggester.Named haftar = grown.get(at);
    grown.set(at, new EntitySuggester.Named(haftar.type(), haftar.label(), List.of("Belqasim Zuwaytini")));
    assertThat(built.builtFrom(grown)).isFalse();
    assertThat(new EntitySuggester(grown).suggest("zuwayt", 3, Lang.EN, (type, id) -> 0)).extracting(Suggestion::id)
        .containsExactly(haftar.label().id());
  }

  /**
   * An index rebuilt from the previous one (its entries taken again) answers exactly as one built
   * afresh, in the same order: after actors were discovered (inserted among the values in id
   * order, as the service lists them), one value changed its aliases and one was dropped.
   */
  @Test
  void aRebuildFromThePreviousIndexAnswersAsAFreshOne() {
    List<EntitySuggester.Named> names = EntitySuggester.names(KB);
    EntitySuggester previous = new EntitySuggester(names);
    List<EntitySuggester.Named> grown = new ArrayList<>(names);
    grown.add(discovered("person:خليفة-حفتر-الابن", "Khlyfh Hftr Alabn"));
    grown.add(discovered("person:ليبي-جديد", "Lyby Jdyd"));
    grown.add(1, discovered("organization:حزب-ليبيا-الجديدة", "Hzb Lybya Aljdydh"));
    grown.add(grown.get(5)); // a value listed twice
    grown.remove(7);
    EntitySuggester.Named changed = grown.get(9);
    grown.set(9, new EntitySuggester.Named(changed.type(), changed.label(), List.of("Zuwaytini Zuwayt")));
    EntitySuggester rebuilt = new EntitySuggester(grown, previous);
    EntitySuggester fresh = new EntitySuggester(grown);
    assertThat(rebuilt.builtFrom(grown)).isTrue();
    for (String typed : List.of("ليب", "حفت", "خليفة حف", "الح", "hft", "haftar", "zuwayt", "lyby", "حزب", "ال", "ت")) {
      for (Lang lang : Lang.values()) {
        assertThat(rebuilt.suggest(typed, Integer.MAX_VALUE, lang, (type, id) -> COUNTS.getOrDefault(id, 0L)))
            .as(typed).isEqualTo(fresh.suggest(typed, Integer.MAX_VALUE, lang, (type, id) -> COUNTS.getOrDefault(id, 0L)))
            .isNotEmpty();
      }
    }
  }

  private static EntitySuggester.Named discovered(String id, String english) {
    String ar = id.substring(id.indexOf(':') + 1).replace('-', ' ');
    org.marsad.enrich.ActorType type = id.startsWith("person") ? org.marsad.enrich.ActorType.PERSON
        : org.marsad.enrich.ActorType.ORGANIZATION;
    return new EntitySuggester.Named(org.marsad.enrich.FacetType.ACTOR,
        new org.marsad.enrich.FacetLabel(id, type, ar, english), List.of());
  }

  @Test
  void latinSpellingsMeetByTheirConsonants() {
    assertThat(EntitySuggester.skeleton("haftar")).isEqualTo(EntitySuggester.skeleton("hifter")).isEqualTo("hftr");
    assertThat(EntitySuggester.skeleton("qaddafi")).isEqualTo(EntitySuggester.skeleton("kadafi"));
    // Not for short words: three letters have too few consonants to tell names apart.
    assertThat(suggest("hft")).isEmpty();
    assertThat(suggest("zzzq")).isEmpty();
  }

  /**
   * Every match the prefix index gives is what a scan of every value finds (each typed word starts
   * a word, or a word without its clitics, of one name of the value), ranked by the documented
   * order: for every two- and three-letter start of a name word in the knowledge base, and two-word
   * texts.
   */
  @Test
  void aKeystrokeFindsWhatAScanOfEveryValueFinds() {
    List<EntitySuggester.Named> values = EntitySuggester.names(KB);
    java.util.Set<String> typed = new java.util.TreeSet<>();
    for (EntitySuggester.Named value : values) {
      List<String> words = words(LabelMatcher.fold(value.label().ar()));
      for (String word : words) {
        typed.add(word.substring(0, Math.min(2, word.length())));
        typed.add(word.substring(0, Math.min(3, word.length())));
      }
      if (words.size() > 1) {
        typed.add(words.get(0) + " " + words.get(1).substring(0, Math.min(2, words.get(1).length())));
      }
    }
    // Every 25th text, for time: each is compared with a scan of every value.
    List<String> sample = new ArrayList<>(typed);
    Map<EntitySuggester.Named, List<List<String>>> readings = new java.util.HashMap<>();
    values.forEach(v -> readings.put(v, foldedNames(v).stream().map(n -> words(n).stream()
        .flatMap(w -> readings(w).stream()).toList()).toList()));
    for (int t = 0; t < sample.size(); t += 25) {
      String text = sample.get(t);
      List<Suggestion> all = SUGGESTER.suggest(text, Integer.MAX_VALUE, Lang.AR, (type, id) -> COUNTS.getOrDefault(id, 0L));
      java.util.Set<String> expected = new java.util.HashSet<>();
      List<String> typedWords = words(LabelMatcher.fold(text));
      for (EntitySuggester.Named value : values) {
        if (readings.get(value).stream().anyMatch(name -> typedWords.stream()
            .allMatch(w -> name.stream().anyMatch(r -> r.startsWith(w))))) {
          expected.add(value.type().field() + "/" + value.label().id());
        }
      }
      assertThat(all).as(text).extracting(s -> s.type() + "/" + s.id()).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(expected);
      for (int i = 1; i < all.size(); i++) {
        Suggestion a = all.get(i - 1);
        Suggestion b = all.get(i);
        assertThat(a.count() > 0 || b.count() == 0).as(text + ": with documents first").isTrue();
        if ((a.count() > 0) == (b.count() > 0) && a.count() < b.count()) {
          // Only a name that starts with the text may come before one with more documents.
          assertThat(startsName(a, typedWords.get(0), values) && !startsName(b, typedWords.get(0), values))
              .as(text + ": " + a.id() + " before " + b.id()).isTrue();
        }
      }
    }
  }

  private static boolean startsName(Suggestion s, String first, List<EntitySuggester.Named> values) {
    return values.stream().filter(v -> v.label().id().equals(s.id()) && v.type().field().equals(s.type()))
        .flatMap(v -> foldedNames(v).stream()).map(EntitySuggesterTest::words).filter(w -> !w.isEmpty())
        .anyMatch(w -> readings(w.get(0)).stream().anyMatch(r -> r.startsWith(first)));
  }

  private static List<String> foldedNames(EntitySuggester.Named value) {
    List<String> names = new ArrayList<>();
    names.add(value.label().ar());
    names.add(value.label().en());
    names.addAll(value.aliases());
    return names.stream().filter(n -> n != null && !n.isBlank()).map(LabelMatcher::fold).toList();
  }

  private static List<String> readings(String word) {
    return org.marsad.solr.analysis.ArabicMorphology.PLAIN.readings(word, word).stream()
        .map(org.marsad.solr.analysis.ArabicMorphology.Reading::core).toList();
  }

  private static List<String> words(String text) {
    return java.util.Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<Suggestion> suggest(String typed) {
    return SUGGESTER.suggest(typed, 8, Lang.AR, (type, id) -> COUNTS.getOrDefault(id, 0L));
  }
}
