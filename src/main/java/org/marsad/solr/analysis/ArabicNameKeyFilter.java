package org.marsad.solr.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns the words of a names field into what names are matched on ({@link
 * ArabicNormaliser#nameKey}), stacked at the word's position:
 *
 * <ul>
 *   <li>an Arabic word (already normalised): each way to read it without a clitic prefix ({@link
 *       ArabicMorphology#readings}, the word itself first; suffixes are never cut, so a name ending
 *       in ين or ون stays whole), then each reading's name key, marked with {@value #KEY_MARK} so
 *       a key never meets a written word;
 *   <li>a Latin word, with a transliterator: its Arabic letters by that transliterator (ICU
 *       rules), then their name key — the key alone, as a Latin spelling is too loose to stand
 *       for a written form.
 * </ul>
 *
 * Which words a field takes is its {@link Script}; the others are dropped, leaving their positions.
 * Not thread safe (a token stream); the transliterator and the remembered forms are.
 */
public final class ArabicNameKeyFilter extends StackingFilter {

  /** Marks a name key in the index, so it never equals a written word. */
  public static final String KEY_MARK = "#";

  /** The words a names field takes; each field answers one kind of query word. */
  public enum Script {
    /** Arabic words (the index side, and Arabic query words); Latin words are dropped. */
    ARABIC,
    /** Latin words, transliterated; Arabic words are dropped. */
    LATIN,
    /** Only the Arabic words a synonym filter put in (Latin names the knowledge base knows). */
    SYNONYMS
  }

  /** Stateless, so one serves every stream. */
  private static final ArabicNormaliser NORMALISER = new ArabicNormaliser();
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final WordForms<List<String>> written;
  private final WordForms<List<String>> synonyms;

  /** @param latin the Latin-to-Arabic transliterator, for {@link Script#LATIN} */
  ArabicNameKeyFilter(TokenStream input, Script script, Transliterator latin) {
    this(input, new Remembered(script, latin, Set.of()));
  }

  /** @param reserved name keys (without the mark) a word is never matched by: the given names' keys */
  ArabicNameKeyFilter(TokenStream input, Script script, Transliterator latin, Set<String> reserved) {
    this(input, new Remembered(script, latin, reserved));
  }

  /** @param remembered the forms of words, shared by every stream of one factory */
  ArabicNameKeyFilter(TokenStream input, Remembered remembered) {
    super(input);
    this.written = remembered.written;
    this.synonyms = remembered.synonyms;
  }

  /**
   * The forms of words as written and of words a synonym filter put in, each worked out once
   * ({@link WordForms}); one per factory, thread safe.
   */
  static final class Remembered {
    private final WordForms<List<String>> written;
    private final WordForms<List<String>> synonyms;

    /** @param reserved name keys (without the mark) a word is never matched by: the given names' keys */
    Remembered(Script script, Transliterator latin, Set<String> reserved) {
      if (script == Script.LATIN && latin == null) {
        throw new IllegalArgumentException("Latin names need a transliterator");
      }
      this.written = WordForms.lists(word -> forms(script, latin, reserved, word, false));
      this.synonyms = WordForms.lists(word -> forms(script, latin, reserved, word, true));
    }
  }

  @Override
  List<String> forms() {
    WordForms<List<String>> forms = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? synonyms : written;
    return forms.of(term.buffer(), term.length());
  }

  /** What the word is matched on, first the token's own term; empty to drop it. */
  static List<String> forms(Script script, Transliterator latin, Set<String> reserved, String word,
      boolean synonym) {
    boolean arabic = ArabicNormaliser.hasArabic(word);
    if (script == Script.LATIN) {
      if (arabic || !isLatin(word)) {
        return List.of();
      }
      String key = ArabicNormaliser.nameKey(NORMALISER.normalise(latin.transliterate(word)));
      return key.isEmpty() ? List.of() : List.of(KEY_MARK + key);
    }
    if (!arabic || (script == Script.SYNONYMS && !synonym)) {
      return List.of();
    }
    // A synonym's words come unnormalised from the synonym file.
    word = synonym ? NORMALISER.normalise(word) : word;
    List<String> forms = new ArrayList<>(4);
    List<String> keys = new ArrayList<>(2);
    for (ArabicMorphology.Reading reading : ArabicMorphology.PLAIN.readings(word, word)) {
      if (reading.suffix().isEmpty()) {
        forms.add(reading.core());
        String key = ArabicNormaliser.nameKey(reading.core());
        if (!key.isEmpty() && !reserved.contains(key) && !keys.contains(KEY_MARK + key)) {
          keys.add(KEY_MARK + key);
        }
      }
    }
    forms.addAll(keys);
    return forms;
  }

  private static boolean isLatin(String word) {
    return word.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }
}
