package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.CaseTable;

/**
 * Name matching through the configset's own names chains ({@code text_names}, {@code
 * text_names_translit}): the rule table {@code analysis/name-keys.tsv} (query word, name as
 * written, meets or differs) and the key's rules one a line, in Lucene's style.
 */
class ArabicNameKeyFilterTest {

  private static final Path CONF = SolrTestNode.CONFIGSET;
  private static Analyzer names;
  private static Analyzer namesQuery;
  private static Analyzer latinQuery;
  private static Analyzer englishQuery;

  @BeforeAll
  static void chains() {
    names = SchemaAnalyzers.of(CONF, "text_names", "index");
    namesQuery = SchemaAnalyzers.of(CONF, "text_names", "query");
    latinQuery = SchemaAnalyzers.of(CONF, "text_names_translit", "query");
    englishQuery = SchemaAnalyzers.of(CONF, "text_names_en", "query");
  }

  @AfterAll
  static void close() {
    names.close();
    namesQuery.close();
    latinQuery.close();
    englishQuery.close();
  }

  @Test
  void keyRules() {
    key("غوتيريش", "جترس");
    key("جوتيريس", "جترس");
    key("كوتيريش", "جترس");
    key("نتانياهو", "نتنه");
    key("نتنياهو", "نتنه");
    key("انقره", "نجر");
    key("صلاح", "سله");
    key("طبرق", "تبرج");
    key("ظريف", "زرف");
    key("سارراج", "سرج");
    key("درعا", "");
    key("كيم", "");
  }

  @Test
  void everyCaseOfTheTable() throws IOException {
    List<String> failures = new ArrayList<>();
    List<String[]> cases = CaseTable.rows("/analysis/name-keys.tsv");
    for (String[] c : cases) {
      boolean latin = c[1].chars().allMatch(ch -> ch < 0x80);
      // A Latin word is asked of both Latin fields: names_en (names the knowledge base knows) and
      // names_translit (the others, transliterated).
      Set<String> query = new HashSet<>(AnalyzerTerms.of(latin ? latinQuery : namesQuery, c[1]));
      if (latin) {
        query.addAll(AnalyzerTerms.of(englishQuery, c[1]));
      }
      List<String> indexed = AnalyzerTerms.of(names, c[2]);
      boolean meets = indexed.stream().anyMatch(query::contains);
      if (meets != c[0].equals("meets")) {
        failures.add(String.join(" ", c) + ": query " + query + ", index " + indexed);
      }
    }
    assertThat(cases).hasSizeGreaterThan(30);
    assertThat(failures).isEmpty();
  }

  @Test
  void ordinaryWordsAndTheOtherScriptLeaveTheNamesFields() {
    assertThat(AnalyzerTerms.of(namesQuery, "Putin")).isEmpty();
    assertThat(AnalyzerTerms.of(latinQuery, "بوتين")).isEmpty();
    assertThat(AnalyzerTerms.of(names, "بوتين")).containsExactly("بوتين", "وتين", "#بتن");
    // Stopwords leave the query (normalised, على would be the name علي); the name itself stays.
    assertThat(AnalyzerTerms.of(namesQuery, "العقوبات على إيران")).doesNotContain("علي");
    assertThat(AnalyzerTerms.of(namesQuery, "علي لاريجاني")).contains("علي");
  }

  @Test
  void knowledgeBaseNamesByTheirEnglishNamesAndNotByTransliteration() {
    // names_en: the generated synonyms give the Arabic label (or a person's surname), keyed.
    assertThat(AnalyzerTerms.of(englishQuery, "Fayez al-Sarraj")).contains("فايز", "السراج", "سراج");
    assertThat(AnalyzerTerms.of(englishQuery, "Osama Hammad")).contains("اسامه", "حماد");
    assertThat(AnalyzerTerms.of(englishQuery, "Trump")).containsExactly("ترامب", "#ترمب");
    assertThat(AnalyzerTerms.of(englishQuery, "Kowalczyk")).isEmpty();
    // names_translit takes only what the knowledge base lacks.
    assertThat(AnalyzerTerms.of(latinQuery, "Sarraj")).isEmpty();
    // A name the knowledge base lacks (Kowalczyk) is one transliterated name key.
    assertThat(AnalyzerTerms.of(latinQuery, "Kowalczyk")).singleElement().asString().startsWith("#");
  }

  private static void key(String normalised, String expected) {
    assertThat(ArabicNormaliser.nameKey(normalised)).as(normalised).isEqualTo(expected);
  }
}
