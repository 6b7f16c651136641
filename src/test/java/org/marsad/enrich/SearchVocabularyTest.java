package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void theVocabularyHoldsPlacesCountriesAndActors() {
    assertThat(vocabulary.protectedWords().lines()).contains("طبرق", "ليبيا", "موسكو", "حفتر");
    assertThat(vocabulary.mappings().lines()).anyMatch(l -> l.startsWith("روسيا => ") && l.contains("الروسية"));
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
