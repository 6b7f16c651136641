package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configset's name lists are generated from the knowledge base: this test fails when they
 * drift apart (an alias added to actors.yaml without regenerating, a hand edit of a generated
 * file). Regenerate with {@code SearchVocabulary solr-config/conf} (see the README).
 */
class SearchVocabularyTest {

  private static final Path CONF = Path.of("solr-config", "conf");
  private static SearchVocabulary vocabulary;

  @BeforeAll
  static void load() {
    vocabulary = new SearchVocabulary(new KnowledgeBaseLoader(null, false).load());
  }

  @Test
  void protectedWordsAreTheKnowledgeBases() throws IOException {
    assertThat(read(SearchVocabulary.PROTECTED)).isEqualTo(vocabulary.protectedWords());
  }

  @Test
  void stemMappingsAreTheKnowledgeBases() throws IOException {
    assertThat(read(SearchVocabulary.MAPPINGS)).isEqualTo(vocabulary.mappings());
  }

  @Test
  void latinSynonymsAreTheKnowledgeBases() throws IOException {
    assertThat(read(SearchVocabulary.SYNONYMS)).isEqualTo(vocabulary.synonyms());
  }

  @Test
  void givenNamesAreTheKnowledgeBases() throws IOException {
    assertThat(read(SearchVocabulary.GIVEN_NAMES)).isEqualTo(vocabulary.givenNames());
    assertThat(vocabulary.givenNames().lines()).contains("حسن", "حسين", "سيرغي").doesNotContain("غوتيريش");
  }

  @Test
  void taggedSynonymsAreTheKnowledgeBases() throws IOException {
    assertThat(read(SearchVocabulary.TAGGED)).isEqualTo(vocabulary.taggedSynonyms());
  }

  @Test
  void everyActorCountryAndPlaceIsNamedInLatin() {
    KnowledgeBase kb = new KnowledgeBaseLoader(null, false).load();
    List<String> lines = vocabulary.taggedSynonyms().lines().filter(l -> !l.startsWith("#")).toList();
    List<String> targets = lines.stream().map(l -> l.substring(l.indexOf("=> ") + 3)).toList();
    // Every actor with an English name maps to its label, or a person's to the last word of it.
    // Multi-word Arabic names too (no one-word alias): an organisation, a person without one.
    assertThat(lines).contains("fayez al sarraj, fayez sarraj => فايز السراج", "serraj, sarraj => السراج",
            "trump => ترامب")
        .anyMatch(l -> l.startsWith("national oil corporation") && l.endsWith("=> المؤسسة الوطنية للنفط"))
        .anyMatch(l -> l.startsWith("osama hammad") && l.endsWith("=> أسامة حماد"))
        .anyMatch(l -> l.equals("hammad => حماد"))
        // A compound surname keeps both words: Sanalla is صنع الله, not الله.
        .anyMatch(l -> l.endsWith(" => صنع الله"))
        .noneMatch(l -> l.endsWith(" => الله"));
    // Generated actors (a government, a national team, armed forces of every country) are left out.
    long named = kb.actors().stream().filter(a -> a.en() != null && a.ar() != null
        && !a.generated()).count();
    long found = kb.actors().stream().filter(a -> a.en() != null && a.ar() != null
        && !a.generated() && (targets.contains(a.ar())
            || targets.contains(SearchVocabulary.surnameOf(a.ar())))).count();
    // A few English names are shared by two entries (a person and a party): those are left out.
    assertThat(found).as("actors found by their English name").isGreaterThan(named * 95 / 100);
    assertThat(kb.places()).allMatch(p -> targets.contains(p.ar()), "every place");
  }

  @Test
  void theVocabularyHoldsPlacesCountriesAndActors() {
    assertThat(vocabulary.protectedWords().lines()).contains("طبرق", "ليبيا", "موسكو", "حفتر");
    assertThat(vocabulary.mappings().lines()).contains("روسيا => روسي");
    // Forms the filter would not map are left out: spellings that normalise like the target, and
    // forms whose stem an earlier form has (الروسية stems like روسي).
    assertThat(vocabulary.mappings()).doesNotContain("اسطنبول", "الروسية");
    assertThat(vocabulary.synonyms().lines())
        .contains("khalifa haftar, haftar, hifter, heftar, hafter => حفتر", "tobruk, tobruch, tubruq => طبرق");
  }

  @Test
  void everyPersonIsFoundByEnglishNameAndSurname() {
    // No Latin alias in actors.yaml: the English name and its last word are enough.
    assertThat(vocabulary.synonyms().lines())
        .contains("benjamin netanyahu, netanyahu => نتنياهو", "angela merkel, merkel => ميركل", "kim jong un => كيم");
    // A surname another name claims stays with it (Hannibal Gaddafi does not take "gaddafi").
    assertThat(vocabulary.synonyms().lines())
        .contains("hannibal gaddafi => هانيبال")
        .anyMatch(l -> l.startsWith("muammar gaddafi, gaddafi, ") && l.endsWith("=> القذافي"));
    // "Queen Letizia of Spain" gives no surname "spain".
    assertThat(vocabulary.synonyms().lines()).contains("spain, spanish => إسبانيا");
    assertThat(vocabulary.protectedWords().lines()).contains("نتنياهو", "كيم");
    assertThat(vocabulary.mappings().lines()).contains("نتنياهو => نتانياهو");
  }

  private static String read(String file) throws IOException {
    return Files.readString(CONF.resolve(file), StandardCharsets.UTF_8);
  }
}
