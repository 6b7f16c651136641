package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;
import org.marsad.solr.analysis.WordForms;

/**
 * How a word or a run of words is shaped, as open-world actor recognition reads it: as written
 * (ة against ه, ى against ي), as a verb, an adjective or a name would be, in Latin letters or between
 * brackets. Shape only: which words are titles, heads or given names is the cue lists' ({@link ActorCues}).
 */
final class WordShapes {

  /** Punctuation that closes a clause: a name never runs across it. */
  private static final String CLAUSE_MARKS = "،,.;؛:؟?!";
  /** The {@link #readings} of the words read lately: the rules ask for the same words again and again. */
  private static final WordForms<List<String>> RECENT_READINGS = new WordForms<>(WordShapes::computeReadings, 1 << 14);

  private WordShapes() {}

  /** The word at {@code t} as the text writes it, without its marks (ة and ى kept apart from ه and ي). */
  static String written(TaggedField field, int t) {
    return ArabicNormaliser.withoutMarks(field.tokens().get(t).text());
  }

  /** Whether a word is a number written in digits (2018، ٣٣): ages, goals, years. */
  static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }

  /**
   * Whether a word is و with a verb or an accusative after it (وتباع، وشعبا), not a name that begins with
   * و (وارويك، واشنطن).
   */
  static boolean conjoined(String word) {
    String rest = afterWaw(word);
    return rest != null && (readsAsVerb(rest) || rest.endsWith("ا"));
  }

  /**
   * What follows a و in front of a word of four letters or more, which may be a conjunction, or null
   * when the word has none (a shorter word's و is most often its own: ولد، وزن).
   */
  static String afterWaw(String word) {
    return word.startsWith("و") && word.length() >= 4 ? word.substring(1) : null;
  }

  /**
   * Whether a written word has the shape of a common word rather than a family name: after a conjunction
   * (وعيها), with a pronoun (بتعهدها، اركانه), a plural's or a dual's ending (مختطفين، مختلفان) or a future
   * verb's prefix (سيصوم، ستعرف); not the pronoun ك, which ends many foreign names (تانوك). Family names so
   * shaped (ووكر، ياسين) are the lexicons' to find.
   */
  static boolean shapedAsCommonWord(String written) {
    return written.startsWith("و") || endsWithPronoun(written) || written.endsWith("هما")
        || endsAsSoundPlural(written) || (written.endsWith("ان") && !armenianFamilyName(written))
        || (written.length() <= 6 && (written.startsWith("سي") || written.startsWith("ست") || written.startsWith("سن")));
  }

  /** Whether a word ends as a sound plural does, masculine or feminine (مختطفين، المسؤولون، الإجراءات). */
  static boolean endsAsSoundPlural(String word) {
    return word.endsWith("ين") || word.endsWith("ون") || word.endsWith("ات");
  }

  /**
   * Whether a word ending in ان has the shape of an Armenian family name (مختريان، باشينيان، سركيسيان):
   * -يان after four letters or more, where a dual (مختلفان) or a noun (بيان، كيان، طغيان) is shorter.
   */
  private static boolean armenianFamilyName(String written) {
    return written.endsWith("يان") && written.length() >= 7;
  }

  /** Whether a written word ends with a possessive or object pronoun (مقره، استضافتها، لديهم). */
  static boolean endsWithPronoun(String written) {
    return written.endsWith("ه") || written.endsWith("ها") || written.endsWith("هم") || written.endsWith("هما");
  }

  /**
   * Whether a word reads as a present-tense verb, as headlines put one after a head (لجنة تبحث الأزمة،
   * مجلس يناقش القانون): it begins with ي in up to six letters (يتهم، يستطيع; a name so begun is mostly
   * longer: يوشيهايد), or with ت in four (تبحث، تعلن; a ت noun of a name has five or more, تداول، تنظيم,
   * or a long ا third, تيار، تراث), or with تت in any length (تتناول، تتعلق: no name begins so).
   */
  static boolean readsAsVerb(String word) {
    return (word.startsWith("ي") && word.length() <= 6) || word.startsWith("تت")
        || (word.startsWith("ت") && word.length() <= 4 && (word.length() < 3 || word.charAt(2) != 'ا'));
  }

  /**
   * Whether a written indefinite word can stand in a genitive chain: not one with a pronoun (مقره،
   * استضافته), nor one ending as adjectives do (دولية، فيدرالية) unless a ل in front makes it a noun
   * (لحماية).
   */
  static boolean mayBePossessed(String word, boolean afterLam) {
    return !endsWithPronoun(word)
        && (afterLam || !(word.endsWith("ي") || word.endsWith("ية") || word.endsWith("يا")));
  }

  /** Whether a word ends as indefinite adjectives and common nouns do far more often than names (ي، ة). */
  static boolean endsAsAdjective(String word) {
    return word.endsWith("ي") || word.endsWith("ه");
  }

  /**
   * Whether a head takes a feminine adjective: a feminine noun (الحكومة) or a plural of things, which
   * Arabic agrees in the feminine singular (المخابرات المصرية، الاستخبارات الروسية).
   */
  static boolean feminine(String head) {
    return head.endsWith("ه") || head.endsWith("ات");
  }

  /**
   * Whether a definite word after a head reads as the head's adjective: a nisba (الإسلامي) or a feminine
   * one (العامة، المستقلة), not a genitive noun (وزارة الأوقاف لمعرفة المنتفعين: there ل says what for).
   */
  static boolean readsAsAdjective(String word) {
    return isNisba(word) || (ArabicMorphology.isDefinite(word) && word.endsWith("ه"));
  }

  /** A definite relative adjective (الدولي، الإسلامية): the article and a nisba ending. */
  static boolean isNisba(String word) {
    return ArabicMorphology.isDefinite(word) && hasNisbaEnding(word);
  }

  /** Whether a word ends as a relative adjective does, masculine or feminine (ماليزي، ماليزية). */
  static boolean hasNisbaEnding(String word) {
    return word.endsWith("ي") || hasFeminineNisbaEnding(word);
  }

  /** Whether a folded word ends as a feminine relative adjective does (ماليزية → ماليزيه). */
  static boolean hasFeminineNisbaEnding(String word) {
    return word.endsWith("يه");
  }

  /** Whether the article stands behind a preposition or conjunction (بالسجن، للمحكمة، والقوات). */
  static boolean articleBehindClitic(String word) {
    return !word.startsWith(ArabicMorphology.ARTICLE) && ArabicMorphology.startsWithArticle(word);
  }

  /** Whether the word at {@code t} is written in Latin letters with a capital first (Group, SAL). */
  static boolean capitalisedLatin(TaggedField field, int t) {
    String word = field.tokens().get(t).text();
    return !word.isEmpty() && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z'
        && word.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  }

  /** Whether a comma or a sentence's punctuation stands after the word at {@code token} (not quotes or a dash). */
  static boolean endsClause(TaggedField field, int token) {
    if (field.joined(token)) {
      return false;
    }
    return between(field, token).chars().anyMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0);
  }

  /** The text between a word and the next, without spaces. */
  static String between(TaggedField field, int token) {
    return field.text().substring(field.tokens().get(token).end(), field.tokens().get(token + 1).start()).strip();
  }

  /** Whether the text between two words ends with an opening quotation mark. */
  static boolean opensQuote(String gap) {
    return !gap.isEmpty() && QuotationMarks.opens(gap.charAt(gap.length() - 1));
  }

  /** Whether the word at {@code t} is definite as written ({@link ArabicMorphology#isDefiniteAsWritten}). */
  static boolean withArticle(TaggedField field, int t) {
    return ArabicMorphology.isDefiniteAsWritten(field.normalised().get(t), field.tokens().get(t).text());
  }

  /**
   * Whether the word at {@code t} is one of {@code words} as written, or behind clitics {@code prefix}
   * accepts with nothing after it (ونظام، للحكومة).
   */
  static boolean asWrittenOrBehind(TaggedField field, int t, Set<String> words, Predicate<String> prefix) {
    return wordAsWrittenOrBehind(field, t, words, prefix) != null;
  }

  /** Which of {@code words} the word at {@code t} is, as written or behind clitics {@code prefix} accepts; or null. */
  static String wordAsWrittenOrBehind(TaggedField field, int t, Set<String> words, Predicate<String> prefix) {
    String word = field.normalised().get(t);
    if (words.contains(word)) {
      return word;
    }
    for (ArabicMorphology.Reading r : field.readings().get(t)) {
      if (!r.prefix().isEmpty() && r.suffix().isEmpty() && prefix.test(r.prefix()) && words.contains(r.core())) {
        return r.core();
      }
    }
    return null;
  }

  /** A word and its readings without clitics, the article kept as a reading too (والسراج → السراج). */
  static List<String> readings(String word) {
    return RECENT_READINGS.of(word);
  }

  private static List<String> computeReadings(String word) {
    List<String> readings = new ArrayList<>(4);
    readings.add(word);
    for (ArabicMorphology.Reading r : ArabicMorphology.PLAIN.readings(word, word)) {
      if (r.suffix().isEmpty() && !readings.contains(r.core())) {
        readings.add(r.core());
        if (ArabicMorphology.hasArticle(r.prefix()) && !readings.contains(ArabicMorphology.ARTICLE + r.core())) {
          readings.add(ArabicMorphology.ARTICLE + r.core());
        }
      }
    }
    return List.copyOf(readings);
  }
}
