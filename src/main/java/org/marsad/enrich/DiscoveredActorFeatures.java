package org.marsad.enrich;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * What {@link DiscoveredActorFilter} reads of a discovered actor: its words and their classes in
 * the lexicons, how often and where the text names it, and the words on either side of
 * each mention. The rules and the name model each look at a few words around a name; these features
 * look at the name as it ended up, after every rule and merge, as the labels judge it.
 *
 * <p>A person's and a body's features are read alike and weighed by a model of their own type.
 * Thread safe.
 */
final class DiscoveredActorFeatures {

  /**
   * A word written as a noun with ة and a pronoun after it (حملته، حكومتها، قيادتهم): a possessed
   * noun, which a name's word seldom is; the folded id no longer tells ته from هه.
   */
  private static final Pattern POSSESSED = Pattern.compile("\\p{L}+ت(?:ه|ها|هم|هما|كم|نا)(?!\\p{L})");

  private final ActorCues cues;

  DiscoveredActorFeatures(ActorCues cues) {
    this.cues = cues;
  }

  /** The features of the discovered actor {@code id}, named by {@code evidence} in {@code fields}. */
  Set<String> of(String id, List<Evidence> evidence, List<TaggedField> fields) {
    List<String> words = DiscoveredActors.words(id);
    Set<String> features = new TreeSet<>();
    features.add("n=" + Math.min(words.size(), 4));
    features.add("m=" + Math.min(evidence.size(), 3));
    if (DiscoveredActors.scope(id) != null) {
      features.add("scoped");
    }
    word(features, "f", words.get(0));
    if (words.size() > 1) {
      word(features, "l", words.get(words.size() - 1));
    }
    for (int w = 1; w < words.size() - 1; w++) {
      word(features, "w", words.get(w));
    }
    if (words.size() > 1) {
      features.add("pair=" + words.get(0) + " " + words.get(1));
    }
    if (words.stream().allMatch(cues::isCommonWord)) {
      features.add("common-only");
    }
    int unlisted = (int) words.stream().filter(w -> !cues.isListedWord(w)).count();
    features.add("unlisted=" + Math.min(unlisted, 2));
    for (Evidence e : evidence) {
      if ("title".equals(e.field())) {
        features.add("title");
      }
      if (POSSESSED.matcher(e.text()).find()) {
        features.add("possessed");
      }
      for (TaggedField field : fields) {
        int[] range = field.wordRange(e);
        if (range[0] < range[1]) {
          if (range[0] > 0) {
            word(features, "prev", field.normalised().get(range[0] - 1));
          } else {
            features.add("prev=^");
          }
          if (range[1] < field.normalised().size()) {
            word(features, "next", field.normalised().get(range[1]));
          } else {
            features.add("next=$");
          }
        }
      }
    }
    return features;
  }

  /** A word at a place of the name or beside it: itself and the lexicons' classes it is in. */
  private void word(Set<String> features, String place, String word) {
    features.add(place + "=" + word);
    if (cues.head(word) != null) {
      features.add(place + ":head");
    }
    if (cues.titles.contains(word)) {
      features.add(place + ":title");
    }
    if (cues.givenNames.contains(word)) {
      features.add(place + ":given");
    }
    if (cues.foreignGivenNames.contains(word)) {
      features.add(place + ":foreign");
    }
    if (cues.surnames.contains(word)) {
      features.add(place + ":surname");
    }
    if (cues.isCommonWord(word)) {
      features.add(place + ":common");
    }
    if (cues.isArabicWord(word)) {
      features.add(place + ":arabic");
    }
    if (cues.links.contains(word)) {
      features.add(place + ":link");
    }
    if (word.startsWith(ArabicMorphology.ARTICLE)) {
      features.add(place + ":definite");
    }
    // Below the Arabic block: a word of Latin letters or digits, as the normaliser leaves them.
    if (!word.isEmpty() && word.codePointAt(0) < 0x0600) {
      features.add(place + ":latin");
    }
  }
}
