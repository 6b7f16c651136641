package org.marsad.solr.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Marsad's one Arabic normalisation, in the style of Lucene's {@code ArabicNormalizer}: the index
 * ({@code text_ar}, {@code text_ar_exact} through {@link ArabicNormaliserFilterFactory}), the tagger,
 * SimHash, label matching and suggestions all compare words in this form. {@code ParityTest} holds
 * it and the schema's chain together.
 *
 * <p>What {@link #normalize(char[], int)} changes, and why:
 *
 * <ul>
 *   <li>diacritics (fathatan to sukun, the Quranic marks U+0653–U+065F, superscript alef) and
 *       tatweel are removed: they are optional in writing;
 *   <li>invisible joiners and direction marks (ZWNJ, ZWJ, LRM, RLM, ALM) are removed: they would
 *       stay inside a word and split it from its plain spelling;
 *   <li>alef with madda, hamza above, hamza below and alef wasla become bare alef (أحمد = احمد);
 *   <li>alef maqsura becomes yeh (مستشفى = مستشفي), teh marbuta becomes heh (مكتبة = مكتبه);
 *   <li>Persian keheh becomes kaf, farsi yeh becomes yeh, and the Urdu and Persian forms of heh
 *       (doachashmee ھ, goal ہ) become heh (Persian and Urdu keyboards);
 *   <li>hamza seats: waw with hamza becomes waw (مؤتمر = موتمر, مسؤول = مسوول); yeh with hamza
 *       becomes yeh inside a word (رئيس = رييس, إسرائيل = اسراييل) but not at its end nor before
 *       teh marbuta or heh, where the bare form is another word (قارئ "reader" ≠ قاري
 *       "continental", فئة "group" ≠ فيه "in it"). The lone hamza ء stays.
 * </ul>
 *
 * {@link #normalise(String)} is the whole chain for a word or a text: NFKC (presentation forms
 * such as ﻻ), lower case, Arabic-Indic and Persian digits to ASCII, then the steps above.
 *
 * <p>{@link #nameKey(String)} goes further, for <b>names only</b> (the mentions the tagger found,
 * never ordinary words): the spellings readers give one foreign name (غوتيريش، غوتيريس، جوتيريش;
 * نتنياهو، نتانياهو; بوتين، بوتن) share a key. Stateless and thread safe.
 */
public final class ArabicNormaliser {

  public static final char ALEF = '\u0627';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF_WASLA = '\u0671';
  public static final char YEH = '\u064A';
  public static final char DOTLESS_YEH = '\u0649';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_HAMZA = '\u0626';
  public static final char WAW = '\u0648';
  public static final char WAW_HAMZA = '\u0624';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char KAF = '\u0643';
  public static final char KEHEH = '\u06A9';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char HEH_GOAL = '\u06C1';
  public static final char TATWEEL = '\u0640';
  public static final char FATHATAN = '\u064B';
  /** The last of the harakat and Quranic marks that follow fathatan (U+064B–U+065F). */
  public static final char LAST_MARK = '\u065F';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ZWNJ = '\u200C';
  public static final char ZWJ = '\u200D';
  public static final char LRM = '\u200E';
  public static final char RLM = '\u200F';
  public static final char ALM = '\u061C';
  public static final char ARABIC_INDIC_ZERO = '\u0660';
  public static final char PERSIAN_ZERO = '\u06F0';
  public static final char HIGH_HAMZA_ALEF = '\u0675';
  public static final char HIGH_HAMZA_YEH = '\u0678';
  public static final char AIN = '\u0639';
  public static final char HAMZA = '\u0621';
  public static final char GHAIN = '\u063A';
  public static final char JEEM = '\u062C';
  public static final char QAF = '\u0642';
  public static final char GAF = '\u06AF';
  public static final char TCHEH = '\u0686';
  public static final char TEH = '\u062A';
  public static final char TAH = '\u0637';
  public static final char THEH = '\u062B';
  public static final char SEEN = '\u0633';
  public static final char SHEEN = '\u0634';
  public static final char SAD = '\u0635';
  public static final char DAL = '\u062F';
  public static final char DAD = '\u0636';
  public static final char ZAIN = '\u0632';
  public static final char THAL = '\u0630';
  public static final char ZAH = '\u0638';
  public static final char HAH = '\u062D';
  public static final char BEH = '\u0628';
  public static final char PEH = '\u067E';
  public static final char FEH = '\u0641';
  public static final char VEH = '\u06A4';
  /** A name key shorter than this says too little to match on (درعا، كيم give none). */
  public static final int MIN_NAME_KEY = 3;

  /** Whether a text has a letter of the Arabic block (U+0600–U+06FF). */
  public static boolean hasArabic(String text) {
    return text.chars().anyMatch(c -> c >= 0x600 && c <= 0x6FF);
  }

  /**
   * The text as written, without its marks (harakat, shadda, superscript alef, tatweel) and nothing else
   * changed: فإنّ is فإن, still not فان. For reading a word as written when its folded form is ambiguous.
   */
  public static String withoutMarks(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = (c >= FATHATAN && c <= LAST_MARK) || c == SUPERSCRIPT_ALEF || c == TATWEEL;
      if (mark && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!mark && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The whole chain for a word or text: NFKC, lower case, ASCII digits, then {@link #normalize}. */
  public String normalise(String text) {
    String compatible = needsCompatibilityMapping(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
    char[] chars = compatible.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (Character.isSurrogate(chars[i])) {
        chars = compatible.toLowerCase(Locale.ROOT).toCharArray();
        break;
      }
      chars[i] = Character.toLowerCase(chars[i]);
    }
    for (int i = 0; i < chars.length; i++) {
      chars[i] = digit(chars[i]);
    }
    return new String(chars, 0, normalize(chars, chars.length));
  }

  /**
   * Whether NFKC can change the text: most words are ASCII or plain Arabic letters, which it leaves
   * alone, and a word is normalised for every token the tagger reads. The Arabic block's high-hamza
   * letters (U+0675–U+0678) and everything outside those two ranges go through NFKC.
   */
  private static boolean needsCompatibilityMapping(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (c < 0x600 || c > 0x6FF || (c >= HIGH_HAMZA_ALEF && c <= HIGH_HAMZA_YEH))) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #normalise}, and Latin accents folded too (Salamé = Salame, Côte = cote): how names
   * and labels are compared, though the index keeps Latin accents.
   */
  public String fold(String text) {
    String normalised = normalise(text);
    for (int i = 0; i < normalised.length(); i++) {
      if (normalised.charAt(i) >= 0x80 && normalised.charAt(i) < 0x600) {
        return Normalizer.normalize(normalised, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
      }
    }
    return normalised;
  }

  /** The normalisation steps of the class comment on a buffer; returns the new length. */
  public int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (removed(c)) {
        continue;
      }
      s[out++] = c == YEH_HAMZA ? yehHamza(s, i, len) : letter(c);
    }
    return out;
  }

  /**
   * The key of a name already in {@link #normalise normalised} form, or {@code ""} when it keeps
   * fewer than {@value #MIN_NAME_KEY} letters. Transliteration leaves readers free where Arabic has
   * no one spelling for a foreign sound, so the key keeps only what all spellings share:
   *
   * <ul>
   *   <li>a final ه (a teh marbuta by now) is dropped: the ending is a vowel (أنقرة، أنقره);
   *   <li>the long vowels ا و ي, ع and the lone hamza ء are dropped: written or not (نتانياهو،
   *       نتنياهو; بوتين، بوتن), and Latin spellings have no letter for ع (Afrin);
   *   <li>the letters written for g, k and q — غ ج ك ق گ چ — become ج (غوتيريش، جوتيريش);
   *   <li>emphatic and interdental letters become their plain neighbours, as Latin spellings
   *       hear them: ط ث → ت, ص ش → س (غوتيريس، غوتيريش), ض → د, ظ ذ → ز, ح → ه; پ → ب, ڤ → ف;
   *   <li>a letter repeated becomes one (doubled consonants of Latin spellings).
   * </ul>
   *
   * Never apply it to ordinary words: it merges words that differ (رئيس and روسيا both key رس).
   */
  public static String nameKey(String normalised) {
    int end = normalised.length();
    if (end > 0 && normalised.charAt(end - 1) == HEH) {
      end--;
    }
    StringBuilder key = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = nameLetter(normalised.charAt(i));
      if (c != 0 && (key.isEmpty() || key.charAt(key.length() - 1) != c)) {
        key.append(c);
      }
    }
    return key.length() < MIN_NAME_KEY ? "" : key.toString();
  }

  /** One letter of a name key; 0 for a letter the key drops. */
  private static char nameLetter(char c) {
    return switch (c) {
      case ALEF, WAW, YEH, DOTLESS_YEH, AIN, HAMZA, YEH_HAMZA -> 0;
      case GHAIN, KAF, QAF, GAF, TCHEH -> JEEM;
      case TAH, THEH -> TEH;
      case SAD, SHEEN -> SEEN;
      case DAD -> DAL;
      case ZAH, THAL -> ZAIN;
      case HAH -> HEH;
      case PEH -> BEH;
      case VEH -> FEH;
      default -> c;
    };
  }

  /** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII; everything else unchanged. */
  public static String asciiDigits(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = digit(chars[i]);
    }
    return new String(chars);
  }

  private static char digit(char c) {
    if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
      return (char) ('0' + c - ARABIC_INDIC_ZERO);
    }
    if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
      return (char) ('0' + c - PERSIAN_ZERO);
    }
    return c;
  }

  private static boolean removed(char c) {
    return (c >= FATHATAN && c <= LAST_MARK) || c == SUPERSCRIPT_ALEF || c == TATWEEL
        || c == ZWNJ || c == ZWJ || c == LRM || c == RLM || c == ALM;
  }

  private static char letter(char c) {
    return switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
      case DOTLESS_YEH, FARSI_YEH -> YEH;
      case TEH_MARBUTA, HEH_DOACHASHMEE, HEH_GOAL -> HEH;
      case KEHEH -> KAF;
      case WAW_HAMZA -> WAW;
      default -> c;
    };
  }

  /** ئ inside a word is a seat readers drop; at the end or before ة/ه the bare form is another word. */
  private static char yehHamza(char[] s, int i, int len) {
    int next = i + 1;
    while (next < len && removed(s[next])) {
      next++;
    }
    if (next >= len || !Character.isLetter(s[next]) || s[next] == TEH_MARBUTA || s[next] == HEH) {
      return YEH_HAMZA;
    }
    return YEH;
  }
}
