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
    assertThat(SUGGESTER.suggest("حفت", 5, Lang.EN, s -> 0).get(0).label()).isEqualTo("Khalifa Haftar");
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
    assertThat(new EntitySuggester(grown).suggest("zuwayt", 3, Lang.EN, s -> 0)).extracting(Suggestion::id)
        .containsExactly(haftar.label().id());
  }

  @Test
  void latinSpellingsMeetByTheirConsonants() {
    assertThat(EntitySuggester.skeleton("haftar")).isEqualTo(EntitySuggester.skeleton("hifter")).isEqualTo("hftr");
    assertThat(EntitySuggester.skeleton("qaddafi")).isEqualTo(EntitySuggester.skeleton("kadafi"));
    // Not for short words: three letters have too few consonants to tell names apart.
    assertThat(suggest("hft")).isEmpty();
    assertThat(suggest("zzzq")).isEmpty();
  }

  private static List<Suggestion> suggest(String typed) {
    return SUGGESTER.suggest(typed, 8, Lang.AR, s -> COUNTS.getOrDefault(s.id(), 0L));
  }
}
