package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the Java text model and the Solr chain together: every word of {@code
 * analysis/parity-words.txt} goes through {@link ArabicNormaliser} (and {@link ArabicMorphology}
 * with the configset's word lists) and through the schema's {@code text_ar_exact} and {@code
 * text_ar} index analyzers (ICU NFKC, the mapping file, the tokenizer, lower case, digits, the
 * filters); any difference fails, with every differing word listed.
 */
class ParityTest {

  private static final Path CONF = SolrTestNode.CONFIGSET;
  private static final int SAMPLE_ARTICLES = 120;
  private static Analyzer exact;
  private static Analyzer stemmed;
  private static ArabicMorphology morphology;
  private final ArabicNormaliser normaliser = new ArabicNormaliser();

  @BeforeAll
  static void chains() throws IOException {
    exact = SchemaAnalyzers.of(CONF, "text_ar_exact", "index");
    stemmed = SchemaAnalyzers.of(CONF, "text_ar", "index");
    morphology = ArabicMorphology.fromWordLists(
        lines(CONF.resolve("lang/protwords_ar.txt")), lines(CONF.resolve("lang/stem_map_ar.txt")), "stem_map_ar.txt");
  }

  @AfterAll
  static void close() {
    exact.close();
    stemmed.close();
  }

  @Test
  void theJavaModelNormalisesAsTextArExact() throws IOException {
    List<String> differences = new ArrayList<>();
    for (String word : words()) {
      List<String> chain = AnalyzerTerms.of(exact, word);
      List<String> model = List.of(normaliser.normalise(word));
      if (!chain.equals(model)) {
        differences.add(word + ": chain " + chain + ", model " + model);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void theJavaModelStemsAsTextAr() throws IOException {
    List<String> differences = new ArrayList<>();
    for (String word : words()) {
      List<String> chain = AnalyzerTerms.of(stemmed, word);
      List<String> model = morphology.stems(normaliser.normalise(word));
      if (!chain.equals(model)) {
        differences.add(word + ": chain " + chain + ", model " + model);
      }
    }
    assertThat(differences).isEmpty();
  }

  /** Real text as well as the table: every distinct word of the sample-corpus articles. */
  @Test
  void theJavaModelAndTheChainAgreeOnEveryWordOfTheSampleCorpus() throws IOException {
    Set<String> stopwords = new HashSet<>();
    for (String file : List.of("lang/stopwords_ar.txt", "lang/stopwords_ar_questions.txt")) {
      // The chain drops stopwords after removing diacritics, before the normaliser: compared normalised.
      lines(CONF.resolve(file)).forEach(w -> stopwords.add(normaliser.normalise(w.strip())));
    }
    Set<String> words = new TreeSet<>();
    try (Analyzer plain = new org.apache.lucene.analysis.standard.StandardAnalyzer(CharArraySet.EMPTY_SET);
        Stream<Path> files = Files.list(Path.of("src/main/resources/sample-corpus/ant"))) {
      for (Path file : files.sorted().limit(SAMPLE_ARTICLES).toList()) {
        words.addAll(rawTokens(plain, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    List<String> differences = new ArrayList<>();
    for (String word : words) {
      List<String> chainExact = AnalyzerTerms.of(exact, word);
      if (!chainExact.equals(List.of(normaliser.normalise(word)))) {
        differences.add(word + ": text_ar_exact " + chainExact + ", model " + normaliser.normalise(word));
      }
      List<String> chainStemmed = AnalyzerTerms.of(stemmed, word);
      boolean stopword = chainStemmed.isEmpty() && stopwords.contains(normaliser.normalise(word));
      if (!stopword && !chainStemmed.equals(morphology.stems(normaliser.normalise(word)))) {
        differences.add(word + ": text_ar " + chainStemmed + ", model " + morphology.stems(normaliser.normalise(word)));
      }
    }
    assertThat(words).hasSizeGreaterThan(5000);
    assertThat(differences).isEmpty();
  }

  /** The words as the tokenizer cuts them, without any other step. */
  private static List<String> rawTokens(Analyzer plain, String text) {
    List<String> raw = new ArrayList<>();
    try (TokenStream stream = plain.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        raw.add(text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return raw;
  }

  @Test
  void theTableCoversWhatTheModelChanges() throws IOException {
    List<String> words = words();
    // A table of words the model leaves alone would pass with the model removed.
    assertThat(words.stream().filter(w -> !normaliser.normalise(w).equals(w)).count()).isGreaterThan(50);
    assertThat(words).contains("مؤتمر", "ٱلكتاب", "کتاب", "\u06BEذلول", "كتا\u200Cب", "قارئ");
  }

  private static List<String> words() throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : lines(Path.of("src/test/resources/analysis/parity-words.txt"))) {
      words.add(line.strip());
    }
    return words;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }

}
