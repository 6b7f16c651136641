package org.marsad.enrich;

import java.util.List;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Mentions of a social platform by its bare name (فيسبوك، تويتر: a company's {@code often} names). A
 * platform is an actor where the story is about the company (its data scandal, its users leaving it),
 * not where something was posted on it (نشر على فيسبوك، حسابه على تويتر), as the labelling guide reads
 * platforms; a story about the company names it again and again outside such phrases. A mention after
 * a medium's word (kb/words/platform-media.txt) or the preposition ب does not count; the company is
 * named when at least {@value #MIN_MENTIONS} others are. Immutable and thread safe.
 */
final class PlatformMentions {

  /**
   * The fewest mentions outside a medium's words that make a platform the story's company. On the
   * train split three give 32 platform values the labels hold and 2 they do not; two give 38 and 24.
   */
  static final int MIN_MENTIONS = 3;

  private static final String STEM = "*";
  /** How many words before a platform's name are read for a medium's word (حسابه الرسمي على…: the last two). */
  private static final int WORDS_BEFORE = 2;

  private final Set<String> words;
  private final Set<String> stems;

  PlatformMentions(ArabicNormaliser normaliser) {
    WordList.Marked entries = WordList.foldedByMark(normaliser, "platform-media.txt", STEM);
    words = entries.plain();
    stems = entries.marked();
  }

  /**
   * Whether the name that begins at word {@code first} of {@code field} (read with the clitic
   * {@code prefix}) is written as a medium: بفيسبوك، على تويتر، صفحته الرسمية على إنستغرام.
   */
  boolean asMedium(TaggedField field, int first, String prefix) {
    if (ArabicMorphology.hasPrepositionBa(prefix)) {
      return true;
    }
    List<String> text = field.normalised();
    for (int t = first - 1; t >= Math.max(field.firstTagged(), first - WORDS_BEFORE) && field.joinedPastQuotes(t); t--) {
      String word = text.get(t);
      if (words.contains(ArabicMorphology.withoutConjunction(word)) || beginsWithStem(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word, as written or with its clitics read off (وصفحته، بالفيديو), begins with a medium's stem. */
  private boolean beginsWithStem(String word) {
    return WordShapes.readings(word).stream()
        .map(ArabicMorphology::withoutArticle)
        .anyMatch(reading -> stems.stream().anyMatch(reading::startsWith));
  }
}
