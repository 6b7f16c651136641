package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * The knowledge base's people by how their full names are heard rather than spelt: the name keys
 * of their words ({@link ArabicNormaliser#nameKey}), so that a discovered name the text spells another
 * way (بينيامين نتنياهو for بنيامين نتنياهو) can be read as the known person. Keys two people share are
 * left out. Keys alone would merge different Arabic names (أحمد حسين، أحمد حسون): callers take the
 * known person only when the document names that person elsewhere, or when the name is a foreign one
 * written with the same vowel letters at its words' ends ({@link #addSpeltOtherwise}). Immutable and
 * thread safe.
 */
final class PersonSpellings {

  /** The most words of a full name read when spelt otherwise. */
  private static final int MAX_WORDS = 3;

  /** The fewest letters of a spelt-otherwise full name's key: short names agree by chance (غريغ بورك، جورج براك). */
  private static final int MIN_KEY_LETTERS = 7;

  /** The most letters a full name spelt otherwise may differ by (سيبستيان فوتيل is another than سيباستيان فيتل). */
  private static final int MAX_EDITS = 2;

  private static final LevenshteinDistance EDITS = new LevenshteinDistance();

  /** A known person and one full name of theirs as the knowledge base writes it, folded, as words. */
  private record KnownName(String person, List<String> words) {}

  /** The known full names by their words' name keys; keys two people share left out. */
  private final Map<String, KnownName> namesByKeys = new HashMap<>();
  /** The keys of the words of the full names in {@link #namesByKeys}: a word with another key starts or goes on none. */
  private final Set<String> nameWordKeys = new HashSet<>();
  /** The people's aliases, folded: a name the knowledge base writes so is the alias tagger's to take or leave. */
  private final Set<String> aliases = new HashSet<>();

  PersonSpellings(KnowledgeBase kb, ArabicNormaliser normaliser) {
    Set<String> shared = new HashSet<>();
    for (ActorEntry person : kb.actors()) {
      if (person.type() != ActorType.PERSON) {
        continue;
      }
      List<String> spellings = new ArrayList<>(person.aliases());
      if (person.ar() != null) {
        spellings.add(person.ar());
      }
      for (String name : spellings) {
        List<String> words = List.of(normaliser.normalise(name).split(" "));
        List<String> folded = TextToken.foldedWords(name, normaliser);
        aliases.add(String.join(" ", folded));
        if (words.size() >= 2) {
          String keys = nameKeys(words);
          KnownName before = namesByKeys.putIfAbsent(keys, new KnownName(person.id(), folded));
          if (before != null && !before.person().equals(person.id())) {
            shared.add(keys);
          }
        }
      }
    }
    shared.forEach(namesByKeys::remove);
    namesByKeys.keySet().forEach(keys -> nameWordKeys.addAll(List.of(keys.split(" "))));
  }

  /** The known person whose full name an actor's id, a discovered person's, spells another way, or null. */
  String knownPerson(String id) {
    if (!DiscoveredActors.isDiscovered(id) || DiscoveredActors.type(id) != ActorType.PERSON) {
      return null;
    }
    KnownName known = namesByKeys.get(nameKeys(DiscoveredActors.words(id)));
    return known == null ? null : known.person();
  }

  /**
   * Adds the known people whose full names a field spells otherwise to {@code actors}: two or three
   * words no actor's evidence covers whose name keys are a known person's full name's, each word
   * ending in the vowel letter the knowledge base's ends in, or in none where it ends in none
   * (غاسبر شمايكل for كاسبر شمايكل; مارك كارني is not مارك غارنو) and at most {@link #MAX_EDITS} letters
   * away from it. Only a foreign name: none of its words has the article or is a word or given name of
   * Arabic (ActorCues#isArabicWord), where one key covers different names (محمد رضا، محمد رعد); not
   * after a given name, where it ends a longer name (هانس غورغ ماسن); and only a person the text does
   * not name otherwise, whose spelling {@link #knownPerson} reads.
   */
  void addSpeltOtherwise(TaggedField field, Map<String, List<Evidence>> actors, ActorCues cues) {
    List<String> words = field.normalised();
    String[] ids = null;
    String[] keys = new String[words.size()];
    for (int t = field.firstTagged(); t < words.size(); t++) {
      keys[t] = foreignNameKey(words.get(t), cues);
    }
    for (int t = field.firstTagged(); t + 1 < words.size(); t++) {
      if (keys[t + 1] == null) {
        continue;
      }
      String bare = WordShapes.afterWaw(words.get(t));
      String bareKey = bare == null ? null : foreignNameKey(bare, cues);
      for (int n = 2; n <= MAX_WORDS && t + n <= words.size() && keys[t + n - 1] != null; n++) {
        String person = spelling(words.get(t), keys[t], words, keys, t, n);
        if (person == null && bareKey != null) {
          person = spelling(bare, bareKey, words, keys, t, n);
        }
        if (person == null || actors.containsKey(person) || (t > 0 && cues.givenNames.contains(words.get(t - 1)))) {
          continue;
        }
        ids = ids != null ? ids : field.idsAt(actors);
        if (Arrays.stream(ids, t, t + n).allMatch(id -> id == null)) {
          List<Evidence> evidence = actors.computeIfAbsent(person, id -> new ArrayList<>());
          evidence.add(field.evidence(t, n));
          evidence.sort(Evidence.IN_TEXT_ORDER);
          Arrays.fill(ids, t, t + n, person);
        }
      }
    }
  }

  /**
   * The person whose full name the {@code n} words from {@code t} spell otherwise, or null; the first
   * word read as {@code first}, with its key {@code firstKey}.
   */
  private String spelling(String first, String firstKey, List<String> words, String[] keys, int t, int n) {
    if (firstKey == null) {
      return null;
    }
    StringBuilder key = new StringBuilder(firstKey);
    int letters = firstKey.length();
    for (int i = t + 1; i < t + n; i++) {
      if (keys[i] == null) {
        return null;
      }
      key.append(' ').append(keys[i]);
      letters += keys[i].length();
    }
    KnownName known = namesByKeys.get(key.toString());
    if (letters < MIN_KEY_LETTERS || known == null) {
      return null;
    }
    List<String> written = new ArrayList<>(words.subList(t, t + n));
    written.set(0, first);
    String name = String.join(" ", written);
    if (aliases.contains(name)) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (finalVowel(written.get(i)) != finalVowel(known.words().get(i)) || !sameVowels(written.get(i), known.words().get(i))) {
        return null;
      }
    }
    return edits(name, String.join(" ", known.words())) <= MAX_EDITS ? known.person() : null;
  }

  /** The letters one name differs from another by: Lucene's similarity is 1 - edits / the longer length. */
  private static int edits(String a, String b) {
    return Math.round((1 - EDITS.getDistance(a, b)) * Math.max(a.length(), b.length()));
  }

  /** A word's name key if it may be a word of a foreign name, else null. */
  private String foreignNameKey(String word, ActorCues cues) {
    // Most words of a text are common ones or no known name's: the lookups first, the article last.
    if (cues.isArabicWord(word) || !arabicLetters(word)) {
      return null;
    }
    String key = wordKey(word);
    return nameWordKeys.contains(key) && !ArabicMorphology.startsWithArticle(word) ? key : null;
  }

  /**
   * Whether two spellings of a word differ in vowel letters only by some left out: a vowel written
   * otherwise is another name (فوتيل, Votel, is not فيتيل, Vettel).
   */
  private static boolean sameVowels(String a, String b) {
    String va = vowels(a);
    String vb = vowels(b);
    return va.length() <= vb.length() ? within(va, vb) : within(vb, va);
  }

  private static String vowels(String word) {
    StringBuilder vowels = new StringBuilder();
    word.chars().filter(c -> c == ArabicNormaliser.ALEF || c == ArabicNormaliser.WAW || c == ArabicNormaliser.YEH)
        .forEach(c -> vowels.append((char) c));
    return vowels.toString();
  }

  /** Whether {@code part}'s letters occur in {@code whole} in the same order. */
  private static boolean within(String part, String whole) {
    int at = 0;
    for (int i = 0; i < part.length(); i++) {
      at = whole.indexOf(part.charAt(i), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean arabicLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < 0x600) {
        return false;
      }
    }
    return true;
  }

  /** The vowel letter a word ends in (ا، و، ي; ى and ه read as ا), or 0. */
  private static char finalVowel(String word) {
    char last = word.charAt(word.length() - 1);
    return switch (last) {
      case ArabicNormaliser.ALEF, ArabicNormaliser.DOTLESS_YEH, ArabicNormaliser.HEH -> ArabicNormaliser.ALEF;
      case ArabicNormaliser.WAW, ArabicNormaliser.YEH -> last;
      default -> 0;
    };
  }

  /** A name's words by their name keys, a word too short for a key as it is. */
  private static String nameKeys(List<String> words) {
    StringBuilder keys = new StringBuilder();
    for (String word : words) {
      keys.append(keys.isEmpty() ? "" : " ").append(wordKey(word));
    }
    return keys.toString();
  }

  /** A word's name key, or the word itself when it is too short for one. */
  private static String wordKey(String word) {
    String key = ArabicNormaliser.nameKey(word);
    return key.isEmpty() ? word : key;
  }
}
