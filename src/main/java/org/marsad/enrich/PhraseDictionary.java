package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology.Reading;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Finds dictionary phrases in tokenised text, longest match first, on the index's normalisation
 * ({@link ArabicNormaliser}). The first word of a phrase may carry clitics (لروسيا، وبالعقوبات، منعه),
 * read off by {@code ArabicMorphology#readings}; a
 * phrase written with a trailing {@code *} matches any ending of its last word (انتخاب* matches
 * الانتخابات). Several values may share a phrase (a term of two topics). Build once, then read from
 * any thread.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseDictionary<T> {

  /**
   * A phrase found in the text.
   *
   * @param values what the phrase stands for
   * @param first index of the first token
   * @param count number of tokens
   * @param prefix the clitic prefix the first word carried ("" when none), e.g. ب in بموسكو
   */
  public record Match<T>(List<T> values, int first, int count, String prefix) {}

  /** The smallest stem a {@code *} phrase may end with: shorter stems match unrelated words. */
  private static final int MIN_STEM = 3;

  /**
   * The words read so far of one or more phrases. Why a tree of words and not a map of whole phrases:
   * a text's words are the same strings for every dictionary that reads them, so each step hashes a
   * word whose hash is already known instead of building and hashing a new phrase string.
   */
  private static final class Node<T> {
    /** The nodes one word further, by folded word; null while there are none. */
    Map<String, Node<T>> next;
    /** The values of the phrase that ends here, or null. */
    List<T> values;
    /** The values of {@code *} phrases whose last word starts with a key (a stem) after these words; null while none. */
    Map<String, List<T>> stems;

    /** Whether a longer phrase goes on from here. */
    boolean continues() {
      return next != null || stems != null;
    }
  }

  private final ArabicNormaliser normaliser;
  private final Node<T> root = new Node<>();

  public PhraseDictionary(ArabicNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** Adds a phrase; returns false when it has no words. */
  public boolean add(String phrase, T value) {
    boolean stem = phrase.endsWith("*");
    List<String> words = folded(stem ? phrase.substring(0, phrase.length() - 1) : phrase);
    if (words.isEmpty()) {
      return false;
    }
    Node<T> node = root;
    int path = stem ? words.size() - 1 : words.size();
    for (String word : words.subList(0, path)) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(word, w -> new Node<>());
    }
    List<T> values;
    if (stem) {
      if (node.stems == null) {
        node.stems = new HashMap<>(4);
      }
      values = node.stems.computeIfAbsent(words.get(path), w -> new ArrayList<>(1));
    } else {
      values = node.values == null ? (node.values = new ArrayList<>(1)) : node.values;
    }
    if (!values.contains(value)) {
      values.add(value);
    }
    return true;
  }

  /** Whether a phrase (written as in {@link #add}) is known, with any value. */
  public boolean contains(String phrase) {
    Node<T> node = root;
    for (String word : folded(phrase)) {
      node = word(node, word);
      if (node == null) {
        return false;
      }
    }
    return node != root && node.values != null;
  }

  private List<String> folded(String phrase) {
    return TextToken.foldedWords(phrase, normaliser);
  }

  /**
   * Non-overlapping matches, leftmost-longest.
   *
   * @param normalised the text's words, normalised
   * @param readings each word's readings (the word itself first)
   */
  public List<Match<T>> find(List<String> normalised, List<List<Reading>> readings) {
    List<Match<T>> matches = new ArrayList<>();
    int i = 0;
    while (i < normalised.size()) {
      Match<T> match = longestAt(normalised, readings.get(i), i);
      if (match != null) {
        matches.add(match);
        i += match.count();
      } else {
        i++;
      }
    }
    return matches;
  }

  /**
   * The longest phrase at {@code first}: of two words or more, the longest any reading of the first
   * word starts (an earlier reading wins a tie; a whole phrase before a {@code *} one of the same
   * length); else the first word alone.
   */
  private Match<T> longestAt(List<String> normalised, List<Reading> heads, int first) {
    Match<T> longest = null;
    // The first word alone, found in the same pass: each reading is looked up once.
    Match<T> single = null;
    for (Reading head : heads) {
      Node<T> node = word(root, head.core());
      if (single == null) {
        List<T> values = node == null ? null : node.values;
        // A * term already takes any ending: a pronoun suffix is not read off for it.
        if (values == null && root.stems != null && head.suffix().isEmpty()) {
          values = stemMatch(root, head.core());
        }
        if (values != null) {
          single = new Match<>(values, first, 1, head.prefix());
        }
      }
      for (int n = 1; node != null && first + n < normalised.size() && node.continues(); n++) {
        String word = normalised.get(first + n);
        Node<T> next = word(node, word);
        List<T> values = next == null ? null : next.values;
        if (values == null && node.stems != null) {
          values = stemMatch(node, word);
        }
        if (values != null && (longest == null || longest.count() < n + 1)) {
          longest = new Match<>(values, first, n + 1, head.prefix());
        }
        node = next;
      }
    }
    return longest != null ? longest : single;
  }

  private static <T> Node<T> word(Node<T> node, String word) {
    return node.next == null ? null : node.next.get(word);
  }

  /** The values of a {@code *} phrase after {@code node} whose stem the word starts with, the longest stem first. */
  private List<T> stemMatch(Node<T> node, String lastWord) {
    for (int end = lastWord.length(); end >= MIN_STEM; end--) {
      List<T> values = node.stems.get(lastWord.substring(0, end));
      if (values != null) {
        return values;
      }
    }
    return null;
  }
}
