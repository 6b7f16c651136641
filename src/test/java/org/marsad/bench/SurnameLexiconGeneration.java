package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.ActorNameSamples;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * Generates {@code kb/words/surnames.txt}: words that the news corpora write right after a known
 * given name in at least {@code -Dshare} (default {@value #SHARE}) of their occurrences, and at least
 * {@code -Dleast} (default {@value #LEAST}) times. Such a word is a family name far more often than
 * anything else (رينزي after ماتيو, الزعتري after علي), so a given name followed by one is a person
 * with no title or comma around it. Counted by the tagger's own tokens and folding
 * ({@link ActorNameSamples#countWordsAfterGivenNames}); labelled articles (every split) are left out,
 * as for the name model's distant supervision. The file holds single folded words, no text.
 *
 * <p>{@code -Dcommon=FILE} also writes {@code kb/words/common-words.txt}: words used at least {@code
 * -DcommonLeast} (default {@value #COMMON_LEAST}) times that are no family name by the same share.
 *
 * <p>{@code -Darticle=FILE} also writes {@code kb/words/article-nouns.txt}: words the corpora write with
 * the article (ال، وال، بال، فال، لل) in at least {@code -DarticleShare} (default {@value #ARTICLE_SHARE}) of
 * at least {@code -DarticleLeast} (default {@value #ARTICLE_LEAST}) occurrences, counted from the same
 * words: common nouns (طيران، استشارات، أمن), where places and names almost never take it (طهران، دبي).
 *
 * <p>{@code -Dverbs=FILE} also writes {@code kb/words/verbs.txt}: words the corpora write right after a
 * relative pronoun or a verb's particle (kb/words/verb-openers.txt: التي، قد، لم) in at least {@code
 * -DverbShare} (default {@value #VERB_SHARE}) of their occurrences and at least {@code -DverbLeast} (default
 * {@value #VERB_LEAST}) times: verbs (فازت، تساعد، أصيب), which names almost never are (حماس 0.1%, فتح 2%).
 *
 * <p>{@code -Dtsv=FILE} also writes every word seen after a given name at least {@code least} times with
 * its two counts, for choosing the share on the training split.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.SurnameLexiconGeneration
 * -Dexec.args="src/test/resources/eval/news-2018-labels <multi-source corpus> <ANT v1.1 .tar.gz> [out]"}
 */
public final class SurnameLexiconGeneration {

  static final double SHARE = 0.3;
  static final int LEAST = 3;
  static final int COMMON_LEAST = 20;
  /** A word opening with و is the conjunction when the word without it is written at least 1 in this many times as often. */
  static final int CONJUNCTION_RATIO = 4;
  static final double ARTICLE_SHARE = 0.5;
  static final int ARTICLE_LEAST = 20;
  static final double VERB_SHARE = 0.08;
  static final int VERB_LEAST = 3;
  /** The article as a word begins with it, alone or after a clitic (folded). */
  private static final List<String> ARTICLE_FORMS = List.of("ال", "وال", "بال", "فال", "كال", "لل");

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: SurnameLexiconGeneration <labels (.jsonl or folder)> <multi-source corpus> <ANT v1.1 .tar.gz> [out]");
      System.exit(2);
    }
    Path out = Path.of(args.length > 3 ? args[3] : "src/main/resources/kb/words/surnames.txt");
    double share = Double.parseDouble(System.getProperty("share", Double.toString(SHARE)));
    int least = Integer.getInteger("least", LEAST);
    Set<String> held = ActorNameModelTraining.labelled(GoldLabels.read(Path.of(args[0])));
    ActorNameSamples counter = new ActorNameSamples(new KnowledgeBaseLoader(null).load());
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    Map<String, long[]> counts = new HashMap<>();
    long[] articles = {0};
    ActorNameModelTraining.TextSink sink = t -> {
      articles[0]++;
      counter.countWordsAfterGivenNames(t, counts);
    };
    ActorNameModelTraining.feed(Path.of(args[1]), held, 1, extractor, sink);
    ActorNameModelTraining.feed(Path.of(args[2]), held, 1, extractor, sink);

    String tsv = System.getProperty("tsv");
    if (tsv != null) {
      // Every word seen after a given name at least `least` times, with its counts: for choosing the share.
      List<String> rows = new ArrayList<>();
      counts.forEach((word, c) -> {
        if (c[1] >= least && isArabicWord(word)) {
          rows.add(word + "\t" + c[1] + "\t" + c[0]);
        }
      });
      Files.write(Path.of(tsv), rows, StandardCharsets.UTF_8);
    }
    List<String> words = new ArrayList<>();
    counts.forEach((word, c) -> {
      if (c[1] >= least && (double) c[1] / c[0] >= share && isArabicWord(word) && !afterConjunction(word, counts)) {
        words.add(word);
      }
    });
    writeList(out, words,
        "# Family names: words the news corpora (ANT v1.1 and the multi-source corpus, labelled articles left",
        String.format(Locale.ROOT, "# out) write right after a known given name, in at least %.0f%% of their occurrences and at least %d times,",
            share * 100, least),
        "# but for a word that opens with و and without it is a word written at least a quarter as often: that is the",
        "# conjunction (عادل وشامل \"just and comprehensive\", صلاح ومدين two brothers), not a name (واتسون).",
        "# Generated by src/test/java/org/marsad/bench/SurnameLexiconGeneration.java; folded words, one a line.");
    System.out.printf("%d articles; %d words written to %s%n", articles[0], words.size(), out);

    String common = System.getProperty("common");
    if (common != null) {
      writeCommonWords(Path.of(common), counts, share, Integer.getInteger("commonLeast", COMMON_LEAST));
    }
    String verbs = System.getProperty("verbs");
    if (verbs != null) {
      writeVerbs(Path.of(verbs), counts, Double.parseDouble(System.getProperty("verbShare", Double.toString(VERB_SHARE))),
          Integer.getInteger("verbLeast", VERB_LEAST));
    }
    String article = System.getProperty("article");
    if (article != null) {
      writeArticleNouns(Path.of(article), counts, Double.parseDouble(System.getProperty("articleShare",
          Double.toString(ARTICLE_SHARE))), Integer.getInteger("articleLeast", ARTICLE_LEAST));
    }
  }

  /**
   * Writes the words the corpora write with the article in at least {@code least} of their
   * occurrences: a word without it after an organisation's head is then a common noun (شركة طيران, "an
   * airline"), not the body's name (جامعة طهران).
   */
  private static void writeArticleNouns(Path out, Map<String, long[]> counts, double share, int least) throws IOException {
    List<String> words = new ArrayList<>();
    counts.forEach((word, c) -> {
      if (!isArabicWord(word) || word.length() < 3 || word.startsWith("ال")) {
        return;
      }
      long withArticle = 0;
      for (String form : ARTICLE_FORMS) {
        long[] d = counts.get(form + word);
        withArticle += d == null ? 0 : d[0];
      }
      long all = c[0] + withArticle;
      if (all >= least && (double) withArticle / all >= share) {
        words.add(word);
      }
    });
    writeList(out, words,
        "# Article nouns: words the news corpora (ANT v1.1 and the multi-source corpus, labelled articles left out)",
        String.format(Locale.ROOT, "# write at least %d times, with the article (ال، وال، بال، فال، كال، لل) in at least %.0f%% of them:",
            least, share * 100),
        "# common nouns, where places and names almost never take it.",
        "# Generated by src/test/java/org/marsad/bench/SurnameLexiconGeneration.java (-Darticle); folded words, one a line.");
    System.out.printf("%d article nouns written to %s%n", words.size(), out);
  }

  /**
   * Writes the words the corpora write after a relative pronoun or a verb's particle in at least {@code
   * share} of their occurrences, at least {@code least} times: a word after an organisation's head that
   * reads so begins the sentence's predicate (شركة فازت بالعقد، جماعة أسست على خلاف القانون), not the
   * body's name.
   */
  private static void writeVerbs(Path out, Map<String, long[]> counts, double share, int least) throws IOException {
    List<String> words = new ArrayList<>();
    counts.forEach((word, c) -> {
      if (c[2] >= least && (double) c[2] / c[0] >= share && isArabicWord(word) && !word.startsWith("ال")) {
        words.add(word);
      }
    });
    writeList(out, words,
        "# Verbs: words the news corpora (ANT v1.1 and the multi-source corpus, labelled articles left out) write",
        String.format(Locale.ROOT, "# right after a relative pronoun or a verb's particle (verb-openers.txt) at least %d times and in at least %.0f%% of",
            least, share * 100),
        "# their occurrences: verbs, which names almost never are.",
        "# Generated by src/test/java/org/marsad/bench/SurnameLexiconGeneration.java (-Dverbs); folded words, one a line.");
    System.out.printf("%d verbs written to %s%n", words.size(), out);
  }

  /**
   * Writes the words the corpora use at least {@code commonLeast} times that are no family name by the
   * same counts (below the share after given names): the common words a foreign given name is not
   * followed by when it names someone (ملالا تنتقد، فلورنس حكام).
   */
  private static void writeCommonWords(Path out, Map<String, long[]> counts, double share, int commonLeast) throws IOException {
    List<String> words = new ArrayList<>();
    counts.forEach((word, c) -> {
      if (c[0] >= commonLeast && (double) c[1] / c[0] < share && isArabicWord(word)) {
        words.add(word);
      }
    });
    writeList(out, words,
        "# Common words: words the news corpora (ANT v1.1 and the multi-source corpus, labelled articles left out)",
        String.format(Locale.ROOT, "# write at least %d times, after a known given name in less than %.0f%% of them: no family names.",
            commonLeast, share * 100),
        "# Generated by src/test/java/org/marsad/bench/SurnameLexiconGeneration.java (-Dcommon); folded words, one a line.");
    System.out.printf("%d common words written to %s%n", words.size(), out);
  }

  /** Writes a generated list: its header comment lines, then its words sorted, one a line. */
  private static void writeList(Path out, List<String> words, String... header) throws IOException {
    List<String> lines = new ArrayList<>(List.of(header));
    words.stream().sorted().forEach(lines::add);
    Files.write(out, lines, StandardCharsets.UTF_8);
  }

  /**
   * Whether a word is the conjunction و and a word the corpora write on its own at least 1 in
   * {@code -DconjunctionRatio} (default {@value #CONJUNCTION_RATIO}) times as often (ورفاقه، وشامل; not واتسون):
   * after a given name that is also an adjective (عادل، كامل، سعيد) or in a list of names (رونالدو وميسي)
   * it follows one often enough to pass the share, yet it names nobody's family.
   */
  static boolean afterConjunction(String word, Map<String, long[]> counts) {
    if (word.length() < 4 || word.charAt(0) != 'و') {
      return false;
    }
    long[] alone = counts.get(word.substring(1));
    return alone != null && alone[0] * Integer.getInteger("conjunctionRatio", CONJUNCTION_RATIO) >= counts.get(word)[0];
  }

  private static boolean isArabicWord(String word) {
    return word.length() >= 2 && ArabicMorphology.lettersOnly(word);
  }

  private SurnameLexiconGeneration() {}
}
