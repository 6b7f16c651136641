package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      List<String> chain = tokens(exact, word);
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
      List<String> chain = tokens(stemmed, word);
      List<String> model = morphology.stems(normaliser.normalise(word));
      if (!chain.equals(model)) {
        differences.add(word + ": chain " + chain + ", model " + model);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void theTableCoversWhatTheModelChanges() throws IOException {
    List<String> words = words();
    // A table of words the model leaves alone would pass with the model removed.
    assertThat(words.stream().filter(w -> !normaliser.normalise(w).equals(w)).count()).isGreaterThan(50);
    assertThat(words).contains("مؤتمر", "ٱلكتاب", "کتاب", "كتا\u200Cب", "قارئ");
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

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
