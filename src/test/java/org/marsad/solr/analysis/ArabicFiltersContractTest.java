package org.marsad.solr.analysis;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkRandomData;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

/**
 * Lucene's contract for token filters, with lucene-test-framework's {@code BaseTokenStreamTestCase}
 * checks (called statically, from JUnit 5), as Lucene tests its own Arabic filters: the keyword
 * attribute is respected, an empty term stays empty, and random text (any Unicode, any length)
 * keeps offsets, positions and the reset/end contract consistent.
 */
class ArabicFiltersContractTest {

  private static final long SEED = 0x4D415253L;
  private static final ArabicMorphology MORPHOLOGY =
      ArabicMorphology.fromWordLists(List.of("ليبيا", "حفتر"), List.of("ليبيا => ليبي"), "test");

  private static Analyzer analyzer(boolean expand, boolean protectedOnly, CharArraySet keywords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new WhitespaceTokenizer();
        TokenStream stream = new ArabicNormaliserFilter(source);
        if (keywords != null) {
          stream = new SetKeywordMarkerFilter(stream, keywords);
        }
        return new TokenStreamComponents(source, new ArabicCliticStemFilter(stream, MORPHOLOGY, expand, protectedOnly));
      }
    };
  }

  @Test
  void aKeywordIsNotStemmed() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("والكتاب"), false);
    try (Analyzer a = analyzer(true, false, keywords)) {
      assertTokenStreamContents(a.tokenStream("f", "والكتاب بالكتاب"), new String[] {"والكتاب", "كتاب"});
    }
  }

  @Test
  void stemsAndNamesAsTheModelSays() throws IOException {
    try (Analyzer a = analyzer(true, false, null)) {
      assertTokenStreamContents(a.tokenStream("f", "لليبيا الليبية لمقاتلين مؤتمر"), new String[] {"ليبيا", "ليبيا", "لمقاتل", "مقاتل", "موتمر"},
          new int[] {1, 1, 1, 0, 1});
    }
    try (Analyzer names = analyzer(false, true, null)) {
      assertTokenStreamContents(names.tokenStream("f", "قال بحفتر في ليبيا"), new String[] {"حفتر", "ليبيا"},
          new int[] {2, 2});
    }
  }

  @Test
  void anEmptyTermStaysEmpty() throws IOException {
    for (boolean expand : new boolean[] {false, true}) {
      try (Analyzer a = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(
              source, new ArabicCliticStemFilter(new ArabicNormaliserFilter(source), MORPHOLOGY, expand, false));
        }
      }) {
        assertTokenStreamContents(a.tokenStream("f", ""), new String[] {""});
      }
    }
  }

  @Test
  void randomTextKeepsTheTokenStreamContract() throws IOException {
    Random random = new Random(SEED);
    for (boolean expand : new boolean[] {false, true}) {
      try (Analyzer a = analyzer(expand, false, null)) {
        checkRandomData(random, a, 500);
      }
    }
    try (Analyzer names = analyzer(false, true, null)) {
      checkRandomData(random, names, 500);
    }
  }

  @Test
  void nameKeysKeepTheTokenStreamContract() throws IOException {
    com.ibm.icu.text.Transliterator latin = com.ibm.icu.text.Transliterator.getInstance("Latin-Arabic");
    for (ArabicNameKeyFilter.Script script : ArabicNameKeyFilter.Script.values()) {
      try (Analyzer a = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new WhitespaceTokenizer();
          return new TokenStreamComponents(source, new ArabicNameKeyFilter(new ArabicNormaliserFilter(source), script,
              script == ArabicNameKeyFilter.Script.LATIN ? latin : null));
        }
      }) {
        checkRandomData(new Random(SEED), a, 500);
        if (script == ArabicNameKeyFilter.Script.ARABIC) {
          // Stacked at the word's position; a Latin word leaves its position behind.
          assertTokenStreamContents(a.tokenStream("f", "Putin وبوتين"),
              new String[] {"وبوتين", "بوتين", "وتين", "#بتن"}, new int[] {2, 0, 0, 0});
        }
      }
    }
  }

  @Test
  void theFactoriesRefuseUnknownParameters() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ArabicNormaliserFilterFactory(new java.util.HashMap<>(Map.of("typo", "1"))))
        .hasMessageContaining("typo");
  }
}
