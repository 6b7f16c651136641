package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Tells sport reports from the rest by their words (kb/sport-words.txt): a page that uses at least
 * {@link #MIN_WORDS} different sport words, also behind a joined و, ف, ل or ب (بالمباراة، للبطولات), is
 * one. Words that are political elsewhere are often sport words there (ذهاب, a first leg, is no
 * migration), so the tagger asks more evidence of political topics on such pages. Immutable and thread
 * safe.
 */
final class SportPage {

  static final int MIN_WORDS = 5;

  private final Set<String> words = new HashSet<>();

  SportPage(ArabicNormaliser normaliser) {
    try (InputStream in = SportPage.class.getResourceAsStream("/kb/sport-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("kb/sport-words.txt is not on the classpath");
      }
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(w -> words.add(normaliser.fold(w)));
    } catch (IOException e) {
      throw new UncheckedIOException("kb/sport-words.txt cannot be read", e);
    }
  }

  boolean isSport(List<TaggedField> fields) {
    Set<String> seen = new HashSet<>();
    for (TaggedField field : fields) {
      for (String word : field.normalised()) {
        String bare = withoutProclitics(word);
        if (words.contains(word) || words.contains(bare)) {
          seen.add(bare);
          if (seen.size() >= MIN_WORDS) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The word without a joined و or ف ({@link ArabicMorphology#withoutConjunction}) and a preposition ل
   * or ب before it (بالمباراة → المباراة، للبطولات → البطولات, the article's ا that لل drops put back);
   * short words are left whole.
   */
  static String withoutProclitics(String word) {
    // Not ArabicMorphology.withArticleKept: it reads every clitic reading of the word, and this runs on
    // every word of every page; one form, with the length guards measured here, is what the count needs.
    // Taken off a word of four letters, the conjunction adds as many other pages as sport ones (measured).
    String w = word.length() > 4 ? ArabicMorphology.withoutConjunction(word) : word;
    if (w.length() > 4 && w.startsWith(ArabicMorphology.LAM_LAM)) {
      return ArabicMorphology.ARTICLE + w.substring(ArabicMorphology.LAM_LAM.length());
    }
    if (w.length() > 4 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب')) {
      return w.substring(1);
    }
    return w;
  }
}
