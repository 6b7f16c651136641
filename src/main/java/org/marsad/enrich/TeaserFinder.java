package org.marsad.enrich;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Finds where an article ends and the leads of other stories begin. CNN's pages append the first
 * sentence of several other stories to the body, one a line; what they name does not belong to the
 * article (the labelling guide). A trailing line is taken for such a lead when it opens a story
 * rather than continuing one: it is one punctuated sentence of prose (no question, no list, no
 * "label:" item, no headline without a comma or full stop), and its first word is no connective, no
 * joined و or ف (a verb whose root begins with one, وجّه، فاز, is no conjunction) and no given name (a
 * paragraph that opens with its subject). At least {@link #MIN_LEADS} such lines must end the text.
 * On the pages of an outlet known to append leads (kb/words/trailing-lead-outlets.txt) that is
 * enough, since the leads are often of the article's own affair; on a page of unknown origin the line
 * must also share almost no content words with the title and first lines, or name its day as a lead
 * does. Other outlets' articles often end with lists (a squad, the signatory countries, a timeline of
 * crashes) or a closing question; those lines are the article's own and name what it is about, so
 * pages of other known outlets are not searched. Immutable and thread safe.
 */
final class TeaserFinder {

  /** One stray line at the end is more often the article's last paragraph than a lead. */
  private static final int MIN_LEADS = 2;
  private static final int MAX_LEAD_WORDS = 70;
  /** CNN's leads are whole news sentences (15 words and more in the labelled articles). */
  private static final int MIN_LEAD_WORDS = 12;
  /** A "label:" list item (للدفاع: ..., 11 فبراير: ...) has its colon among its first words. */
  private static final int LABEL_WORDS = 3;
  /** A timeline entry's date (6 مايو/أيار عام 2017) before its colon. */
  private static final int DATE_LABEL_WORDS = 6;
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  /** A numbered item (1- حجم ...، 2) آمال ...): the article's own points, never another story's lead. */
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\p{Nd}{1,2}\\s*[-–).]");
  /** A lead shares at most this share of its content words with the article's opening. */
  private static final double MAX_SHARED = 0.35;
  private static final int MIN_CONTENT_LENGTH = 4;
  /** The opening lines the leads are compared with. */
  private static final int OPENING_LINES = 2;
  /** A news lead names its day among its first words (قالت الصين، الثلاثاء، ...). */
  private static final int DAY_WORDS = 12;
  /** The news after a lead's opening question: a sentence, not a closing remark. */
  private static final int MIN_ANSWER_WORDS = 8;

  private final ArabicNormaliser normaliser;
  /** Words and two-word phrases that open a paragraph continuing the article (kb/words/paragraph-continuations.txt), folded. */
  private final Set<String> continuations;
  /** Verbs whose root begins with و or ف (kb/words/waw-fa-root-verbs.txt), folded: no conjunction. */
  private final Set<String> rootVerbs;
  /**
   * Given names, folded ({@link ActorCues#commonGivenNames}). A lead opens with its verb (قال، أعلنت، نفى);
   * a line that opens with a person's name (محمد عبد السلام، الذي ...) is the article's own.
   */
  private final Set<String> givenNames;
  /** Outlets whose pages end with other stories' leads (kb/words/trailing-lead-outlets.txt), lower case. */
  private final Set<String> leadOutlets;
  /** The days of the week (kb/words/weekdays.txt), folded. */
  private final Set<String> weekdays;

  TeaserFinder(ArabicNormaliser normaliser, Set<String> givenNames) {
    this.normaliser = normaliser;
    this.weekdays = WordList.folded(normaliser, "weekdays.txt");
    this.continuations = WordList.folded(normaliser, "paragraph-continuations.txt");
    this.rootVerbs = WordList.folded(normaliser, "waw-fa-root-verbs.txt");
    this.givenNames = givenNames;
    this.leadOutlets = WordList.read("trailing-lead-outlets.txt").stream().map(o -> o.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Where the article ends in a text by {@code outlet} (null when unknown): trailing leads are looked
   * for when the outlet is unknown or is one whose pages append them. Another outlet's article that
   * ends with short news-like paragraphs keeps them (a match report's last lines on Al Arabiya).
   */
  int articleEnd(String title, String body, String outlet) {
    if (outlet == null) {
      return articleEnd(title, body, false);
    }
    return appendsLeads(outlet) ? articleEnd(title, body, true) : body.length();
  }

  /** Whether the outlet's name or host, or one of their words (CNN Arabic، arabic.cnn.com), is listed. */
  private boolean appendsLeads(String outlet) {
    String name = outlet.strip().toLowerCase(Locale.ROOT);
    return leadOutlets.contains(name) || Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).anyMatch(leadOutlets::contains);
  }

  /** As {@link #articleEnd(String, String, String)} for a text whose outlet is unknown. */
  int articleEnd(String title, String body) {
    return articleEnd(title, body, false);
  }

  /**
   * The offset in {@code body} where trailing leads of other stories begin; {@code body.length()} when
   * none. On a page of an outlet known to append leads ({@code knownToAppend}) a trailing line of a
   * lead's shape is one even when it shares the article's words: CNN's leads are often of the same
   * affair (a Khashoggi article ends with four other Khashoggi leads). On a page of unknown origin the
   * line must also be of another story, or name its day as a lead does, so that a report's own
   * closing paragraphs are kept.
   */
  private int articleEnd(String title, String body, boolean knownToAppend) {
    String[] lines = body.split("\n", -1);
    if (lines.length < MIN_LEADS + OPENING_LINES) {
      return body.length();
    }
    Set<String> opening = contentWords(title);
    int seen = 0;
    for (int l = 0; l < lines.length && seen < OPENING_LINES; l++) {
      if (!lines[l].isBlank()) {
        opening.addAll(contentWords(lines[l]));
        seen++;
      }
    }
    int end = body.length();
    int leads = 0;
    int offset = body.length();
    for (int l = lines.length - 1; l >= OPENING_LINES; l--) {
      offset -= lines[l].length();
      if (!lines[l].isBlank()) {
        if (!isLead(lines[l], opening, knownToAppend)) {
          break;
        }
        leads++;
        end = offset;
      }
      offset--; // the line break
    }
    return leads >= MIN_LEADS ? end : body.length();
  }

  private boolean isLead(String line, Set<String> opening, boolean knownToAppend) {
    List<TextToken> words = TextToken.tokenize(line);
    if (words.size() < MIN_LEAD_WORDS || words.size() > MAX_LEAD_WORDS
        || asksItself(line) && !(knownToAppend && answersItself(line))
        || isListItem(line, words) || isList(words) || !isPunctuated(line)) {
      return false;
    }
    String first = normaliser.fold(words.get(0).text());
    String firstTwo = first + " " + normaliser.fold(words.get(1).text());
    if (continues(first) || continuations.contains(firstTwo) || givenNames.contains(first) || line.strip().endsWith(":")) {
      return false;
    }
    if (knownToAppend || namesItsDay(words)) {
      return true;
    }
    Set<String> content = contentWords(line);
    if (content.isEmpty()) {
      return false;
    }
    long shared = content.stream().filter(opening::contains).count();
    return shared <= MAX_SHARED * content.size();
  }

  /**
   * Whether a line's first word (folded) continues the paragraph before: a connective, or و or ف
   * joined to it (وقال، فقد) — not في, whose ف is its own, nor a verb whose root begins with either.
   */
  private boolean continues(String first) {
    boolean joined = (first.startsWith("و") || first.startsWith("ف")) && !first.equals(ArabicMorphology.IN) && !rootVerbs.contains(first);
    return joined || continuations.contains(first);
  }

  /**
   * A story's lead names its day among its first words, right after its subject (نفى مصدر مسؤول
   * ...، فجر الأحد، ...). Such a line opens a story even when it follows the article's own (CNN's
   * leads of the same affair share its words); the article's own later paragraphs that name a day
   * open with و or a connective, which the caller has ruled out.
   */
  private boolean namesItsDay(List<TextToken> words) {
    return words.stream().limit(DAY_WORDS).anyMatch(w -> weekdays.contains(normaliser.fold(w.text())));
  }

  /**
   * A lead is a sentence of prose: it has a comma or a full stop. A line without either is a
   * headline or a list item (a timeline's "الجيش اللبناني يسيطر على مخيم نهر البارد ...").
   */
  private static boolean isPunctuated(String line) {
    return line.indexOf('،') >= 0 || line.indexOf(',') >= 0 || line.indexOf('.') >= 0 || line.indexOf('؛') >= 0;
  }

  /** The writer's own question (هل يعد ...؟), not one quoted in a lead (قائلة: "أين ...؟"). */
  private static boolean asksItself(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted ? QuotationMarks.closes(c) : QuotationMarks.opens(c)) {
        quoted = !quoted;
      } else if (!quoted && (c == '؟' || c == '?')) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lead that opens with a question and goes on with the news (هل تدمن على استخدام فيسبوك؟ سيتغير ذلك
   * من اليوم ...): a sentence of {@link #MIN_ANSWER_WORDS} words or more after its last question mark.
   */
  private static boolean answersItself(String line) {
    int question = Math.max(line.lastIndexOf('؟'), line.lastIndexOf('?'));
    return TextToken.tokenize(line.substring(question + 1)).size() >= MIN_ANSWER_WORDS;
  }

  /**
   * A numbered item, or a "label: value" item: a colon before the end of its first few words, or a
   * timeline's entry, whose label is a date with its year (ديسمبر/كانون أول عام 2016: أعلنت روسيا ...).
   */
  private static boolean isListItem(String line, List<TextToken> words) {
    if (NUMBERED.matcher(line).lookingAt()) {
      return true;
    }
    int colon = line.indexOf(':');
    if (colon < 0) {
      return false;
    }
    if (colon < words.get(Math.min(LABEL_WORDS, words.size() - 1)).start()) {
      return true;
    }
    List<TextToken> label = words.stream().filter(w -> w.end() <= colon).toList();
    return label.size() <= DATE_LABEL_WORDS && label.stream().anyMatch(w -> YEAR.matcher(w.text()).matches());
  }

  /** A run of names joined by و (أفغانستان والبحرين وبنغلاديش ...): most words after the first open with و. */
  private boolean isList(List<TextToken> words) {
    long joined = words.stream().skip(1).filter(w -> normaliser.fold(w.text()).startsWith("و")).count();
    return joined * 2 > words.size() - 1;
  }

  private Set<String> contentWords(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    for (TextToken t : TextToken.tokenize(text)) {
      String stem = ArabicMorphology.PLAIN.stem(normaliser.fold(t.text()));
      if (stem.length() >= MIN_CONTENT_LENGTH) {
        words.add(stem);
      }
    }
    return words;
  }
}
