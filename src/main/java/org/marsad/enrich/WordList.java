package org.marsad.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A list of words kept as data beside the knowledge base ({@code kb/words/*.txt}): one word or
 * phrase a line (up to a tab: a note may follow it), {@code #} comments and blank lines skipped. Read once, when a class that needs it
 * is built.
 */
final class WordList {

  private WordList() {}

  /** The lines of {@code kb/words/<name>}; a missing file fails with its name. */
  static List<String> read(String name) {
    String path = "/kb/words/" + name;
    try (InputStream in = WordList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Word list " + path + " is not on the classpath");
      }
      List<String> words = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        // A tab ends the entry: what follows is a note (given-names-foreign.txt: the Latin name, the origin).
        int tab = line.indexOf('\t');
        String word = (tab < 0 ? line : line.substring(0, tab)).strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("Word list " + path + " cannot be read", e);
    }
  }

  /** The entries of the lists {@code kb/words/<name>}, folded as the taggers read text. */
  static Set<String> folded(ArabicNormaliser normaliser, String... names) {
    Set<String> words = new HashSet<>();
    for (String name : names) {
      words.addAll(fold(normaliser, read(name)));
    }
    return Set.copyOf(words);
  }

  /**
   * The entries of a generated list written already folded by the tagger's own folding (surnames.txt,
   * common-words.txt: tens of thousands of words), taken as they are: folding them again costs a
   * knowledge-base load about a tenth of a second and changes none.
   */
  static Set<String> generated(String name) {
    return Set.copyOf(read(name));
  }

  /** The entries of the list {@code kb/words/<name>}, folded, each phrase as its list of words (كل من). */
  static List<List<String>> foldedPhrases(ArabicNormaliser normaliser, String name) {
    return folded(normaliser, name).stream().map(p -> List.of(p.split(" "))).toList();
  }

  /**
   * A list of pairs, one a line, as written: the first, " | ", the second (office-construct-heads.txt:
   * رئيس الوزراء | رئيس وزراء); a line without the separator fails with the list's name.
   */
  static List<Map.Entry<String, String>> pairs(String name) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (String line : read(name)) {
      String[] pair = line.split(" \\| ");
      if (pair.length != 2) {
        throw new IllegalStateException("Word list " + name + ": \"" + line + "\" is not two entries joined by \" | \"");
      }
      pairs.add(Map.entry(pair[0].strip(), pair[1].strip()));
    }
    return List.copyOf(pairs);
  }

  /**
   * A list of pairs, one a line, a plural as written, a space and its singular (office-plurals.txt:
   * وزراء وزير), both folded: plural → singular.
   */
  static Map<String, String> foldedPairs(ArabicNormaliser normaliser, String name) {
    return read(name).stream().map(pair -> pair.split(" "))
        .collect(Collectors.toUnmodifiableMap(pair -> normaliser.fold(pair[0]), pair -> normaliser.fold(pair[1])));
  }

  /**
   * The entries of a list marked with {@code mark} after them (حزب *، في -, or among other marks: شركة *=),
   * without their marks.
   */
  static List<String> markedWith(List<String> entries, String mark) {
    return entries.stream().filter(e -> marksOf(e).contains(mark)).map(WordList::withoutMarks).toList();
  }

  /** An entry without the marks written after it (شركة *= → شركة); an unmarked entry as it is. */
  static String withoutMarks(String entry) {
    return entry.substring(0, entry.length() - marksOf(entry).length()).strip();
  }

  /**
   * The marks written after an entry and a space (حزب *، شركة *=): its last word when that has no letter
   * or digit; "" when the entry has no marks.
   */
  private static String marksOf(String entry) {
    String last = entry.substring(entry.lastIndexOf(' ') + 1);
    return entry.indexOf(' ') > 0 && last.chars().noneMatch(Character::isLetterOrDigit) ? last : "";
  }

  /**
   * A list of two kinds of entries, told apart by a mark after them (event-bodies.txt: heads, and
   * organisers' words marked -), each kind folded as the taggers read text.
   */
  record Marked(Set<String> plain, Set<String> marked) {}

  /** The entries of {@code kb/words/<name>}, folded, split by {@code mark}. */
  static Marked foldedByMark(ArabicNormaliser normaliser, String name, String mark) {
    List<String> entries = read(name);
    return new Marked(fold(normaliser, notMarkedWith(entries, mark)), fold(normaliser, markedWith(entries, mark)));
  }

  /** The entries of a list marked with none of {@code marks} after them. */
  static List<String> notMarkedWith(List<String> entries, String... marks) {
    return entries.stream().filter(e -> Arrays.stream(marks).noneMatch(marksOf(e)::contains)).toList();
  }

  /** Each entry folded word by word: a phrase stays a phrase of folded words. */
  static Set<String> fold(ArabicNormaliser normaliser, List<String> entries) {
    Set<String> folded = new HashSet<>();
    for (String entry : entries) {
      folded.add(String.join(" ", TextToken.foldedWords(entry, normaliser)));
    }
    return Set.copyOf(folded);
  }
}
