package org.marsad.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * Checks and repairs extracted text before it is indexed.
 *
 * <ul>
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: the contextual glyph codes some
 *       PDFs and old systems emit, e.g. ﻻ for لا) are mapped to the letters by NFKC, only within
 *       those blocks, so no other character changes.
 *   <li>Mojibake — Arabic bytes decoded with a Latin or Cyrillic code page, or bytes that decode to
 *       U+FFFD — is detected by the share of such characters among the letters.
 *   <li>Arabic in visual order (each line reversed, as some PDFs store it) is detected by the
 *       article ال appearing reversed (لا) at word ends far more often than at word starts.
 * </ul>
 * Stateless and thread safe.
 */
public final class ArabicTextCheck {

  private static final char REPLACEMENT = '\uFFFD';
  /** Above this share of suspicious letters the text is mis-decoded, not French with accents. */
  private static final double MOJIBAKE_SHARE = 0.3;
  private static final int MIN_LETTERS = 20;
  private static final int MIN_REVERSED_HINTS = 4;

  /** The text with presentation forms normalised, and what is wrong with it. */
  public record Checked(String text, String mojibake, List<String> warnings) {}

  public Checked check(String text) {
    String normalised = normalisePresentationForms(text);
    List<String> warnings = new ArrayList<>();
    if (!normalised.equals(text)) {
      warnings.add("Arabic presentation forms were normalised to letters");
    }
    if (looksReversed(normalised)) {
      warnings.add("Arabic text looks reversed (visual order); search may miss it");
    }
    return new Checked(normalised, mojibake(normalised), warnings);
  }

  static String normalisePresentationForms(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPresentationForm(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF' && c != '\uFEFF');
  }

  /** Why the text looks mis-decoded, or null when it looks fine. */
  static String mojibake(String text) {
    int letters = 0;
    int suspicious = 0;
    int replacements = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == REPLACEMENT) {
        replacements++;
      } else if (Character.isLetter(c)) {
        letters++;
        if ((c >= '\u00C0' && c <= '\u00FF') || (c >= '\u0400' && c <= '\u04FF')) {
          suspicious++;
        }
      }
    }
    if (letters + replacements < MIN_LETTERS) {
      return null;
    }
    if (replacements > (letters + replacements) * 0.05) {
      return "The text is mis-decoded (" + replacements
          + " unreadable characters): check the file's character encoding";
    }
    if (suspicious > letters * MOJIBAKE_SHARE) {
      return "The text looks like mojibake (Arabic read with a Latin or Cyrillic code page): "
          + "check the file's character encoding";
    }
    return null;
  }

  /** The article ال written in visual order, as a reversed text ends its words. */
  private static final String REVERSED_ARTICLE = new StringBuilder(ArabicMorphology.ARTICLE).reverse().toString();

  static boolean looksReversed(String text) {
    int alStart = 0;
    int laEnd = 0;
    for (String word : text.split("[\\s\\p{Punct}،؛؟]+")) {
      if (word.length() < 4) {
        continue;
      }
      if (word.startsWith(ArabicMorphology.ARTICLE)) {
        alStart++;
      }
      if (word.endsWith(REVERSED_ARTICLE)) {
        laEnd++;
      }
    }
    return laEnd >= MIN_REVERSED_HINTS && laEnd > alStart * 2;
  }
}
