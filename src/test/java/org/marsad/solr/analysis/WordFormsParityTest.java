package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clitic-stem and name-key filters give the same tokens whether a word's forms come from
 * their memory ({@link WordForms}) or are worked out for every token: each chain of the schema that
 * ends in one of them, built by its factories as Solr builds it, against the same chain whose last
 * filter works every word out afresh. Every attribute the index keeps is compared (term, offsets,
 * position increment and length, type), over every sample-corpus article, the retrieval corpus,
 * the parity words and the knowledge base's Latin names, twice over (the memory cold, then warm).
 */
class WordFormsParityTest {

  private static final Path CONF = SolrTestNode.CONFIGSET;
  private static final Path SAMPLE_CORPUS = Path.of("src/main/resources/sample-corpus/ant");
  private static List<String> arabicTexts;
  private static List<String> latinTexts;
  private static ArabicMorphology morphology;

  @BeforeAll
  static void texts() throws IOException {
    arabicTexts = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLE_CORPUS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        arabicTexts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    for (String line : lines(Path.of("src/test/resources/retrieval/corpus.tsv"))) {
      arabicTexts.addAll(List.of(line.split("\t")));
    }
    arabicTexts.addAll(lines(Path.of("src/test/resources/analysis/parity-words.txt")));
    latinTexts = new ArrayList<>();
    for (String line : lines(CONF.resolve("synonyms_tagged.txt"))) {
      latinTexts.addAll(List.of(line.split("=>")[0].split(",")));
    }
    latinTexts.addAll(List.of("Skripal", "Navalny Sergei Skripal", "Haftar Tobruk", "fayez al-sarraj"));
    morphology = ArabicMorphology.fromWordLists(
        lines(CONF.resolve("lang/protwords_ar.txt")), lines(CONF.resolve("lang/stem_map_ar.txt")), "stem_map_ar.txt");
  }

  @Test
  void theStemmedTextIsTheSame() {
    assertSameTokens("text_ar", "index", arabicTexts,
        afresh(word -> ArabicCliticStemFilter.formsOf(morphology, true, false, word)));
  }

  @Test
  void theNamesOfTheTextForLatinQueriesAreTheSame() {
    UnaryOperator<TokenStream> names = afresh(word -> ArabicCliticStemFilter.formsOf(morphology, false, true, word));
    assertSameTokens("text_ar_names", "index", arabicTexts, names);
    assertSameTokens("text_ar_names", "query", latinTexts, names);
  }

  @Test
  void theNameKeysAreTheSame() throws IOException {
    Set<String> none = Set.of();
    assertSameNameKeys("text_names", "index", arabicTexts, ArabicNameKeyFilter.Script.ARABIC, null, none);
    assertSameNameKeys("text_names", "query", arabicTexts, ArabicNameKeyFilter.Script.ARABIC, null, givenNameKeys());
    assertSameNameKeys("text_names_en", "query", latinTexts, ArabicNameKeyFilter.Script.SYNONYMS, null, none);
    assertSameNameKeys("text_names_translit", "query", latinTexts, ArabicNameKeyFilter.Script.LATIN,
        transliterator(), none);
  }

  /** With a table of a few hundred slots, words are replaced and worked out again all the time. */
  @Test
  void theStemmedTextIsTheSameWhenWordsAreForgotten() {
    Function<String, List<String>> stems = word -> ArabicCliticStemFilter.formsOf(morphology, true, false, word);
    AtomicInteger computed = new AtomicInteger();
    WordForms<List<String>> small = new WordForms<>(word -> {
      computed.incrementAndGet();
      return List.copyOf(stems.apply(word));
    }, 256);
    try (Analyzer upstream = SchemaAnalyzers.withoutLastFilter(CONF, "text_ar", "index");
        Analyzer remembering = then(upstream, in -> new ArabicCliticStemFilter(in, small));
        Analyzer fresh = then(upstream, afresh(stems))) {
      Set<String> distinct = new HashSet<>();
      int words = 0;
      for (String text : arabicTexts) {
        assertThat(tokens(remembering, text)).as(text).isEqualTo(tokens(fresh, text));
        List<String> upstreamWords = AnalyzerTerms.of(upstream, text);
        distinct.addAll(upstreamWords);
        words += upstreamWords.size();
      }
      // Both ways were taken: words answered from memory, and words replaced and worked out again.
      assertThat(computed.get()).isLessThan(words).isGreaterThan(distinct.size());
    }
  }

  private static void assertSameNameKeys(String type, String side, List<String> texts,
      ArabicNameKeyFilter.Script script, Transliterator latin, Set<String> reserved) {
    // The reference reads the token type as the filter does: a synonym's words are normalised first.
    assertSameTokens(type, side, texts, in -> {
      TypeAttribute tokenType = in.addAttribute(TypeAttribute.class);
      return new Fresh(in, term -> ArabicNameKeyFilter.forms(script, latin, reserved, term.toString(),
          SynonymGraphFilter.TYPE_SYNONYM.equals(tokenType.type())));
    });
  }

  /** A last filter that works out each word's forms afresh with {@code forms}. */
  private static UnaryOperator<TokenStream> afresh(Function<String, List<String>> forms) {
    return in -> new Fresh(in, term -> forms.apply(term.toString()));
  }

  private static void assertSameTokens(String type, String side, List<String> texts,
      UnaryOperator<TokenStream> freshFilter) {
    try (Analyzer schema = SchemaAnalyzers.of(CONF, type, side);
        Analyzer fresh = then(SchemaAnalyzers.withoutLastFilter(CONF, type, side), freshFilter)) {
      int tokens = 0;
      for (int pass = 0; pass < 2; pass++) {
        for (String text : texts) {
          List<String> expected = tokens(fresh, text);
          assertThat(tokens(schema, text)).as("%s (%s), pass %d: %s", type, side, pass, text).isEqualTo(expected);
          tokens += expected.size();
        }
      }
      assertThat(tokens).as(type + " (" + side + ") gives tokens").isGreaterThan(100);
    }
  }

  /** The last filter of a chain working out every word's forms afresh, as the filters did first. */
  private static final class Fresh extends StackingFilter {
    private final Function<CharTermAttribute, List<String>> forms;

    Fresh(TokenStream input, Function<CharTermAttribute, List<String>> forms) {
      super(input);
      this.forms = forms;
    }

    @Override
    List<String> forms() {
      return forms.apply(term);
    }
  }

  /** The upstream analyzer's chain with one more filter at its end. */
  private static Analyzer then(Analyzer upstream, UnaryOperator<TokenStream> filter) {
    return new AnalyzerWrapper(Analyzer.GLOBAL_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return upstream;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String field, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), filter.apply(components.getTokenStream()));
      }
    };
  }

  /** Every token with what the index keeps of it, and the final offset. */
  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "|" + offset.startOffset() + "-" + offset.endOffset() + "|+" + increment.getPositionIncrement()
            + "|" + length.getPositionLength() + "|" + type.type());
      }
      stream.end();
      tokens.add("end|" + offset.endOffset() + "|+" + increment.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static Set<String> givenNameKeys() throws IOException {
    ArabicNormaliser normaliser = new ArabicNormaliser();
    Set<String> keys = new HashSet<>();
    for (String line : lines(CONF.resolve("lang/given_names_ar.txt"))) {
      String key = ArabicNormaliser.nameKey(normaliser.normalise(line.strip()));
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static Transliterator transliterator() throws IOException {
    return Transliterator.createFromRules("Latin-ArabicNames",
        Files.readString(CONF.resolve("lang/latin_names_ar.txt"), StandardCharsets.UTF_8), Transliterator.FORWARD);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
