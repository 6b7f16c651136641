package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.StringList;
import opennlp.tools.util.Span;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Training sentences for the {@link ActorNameModel}, cut and normalised exactly as the tagger reads
 * text ({@link ActorNameModel#sentences}):
 * <ul>
 *   <li>{@link #gold}: a labelled article with its labels' surfaces marked wherever they occur
 *       (every sentence: the labels name every actor, so the rest is truly no name);
 *   <li>{@link #distant}: an unlabelled article with what the knowledge base and the open-world
 *       rules tag marked (distant supervision; only sentences with at least one name, since the
 *       rest may hold names nobody knows). Offices named without a name (الرئيس الفرنسي) and title
 *       words in front of a name are not marked: the model learns names, not roles.
 * </ul>
 * Not thread safe.
 */
public final class ActorNameSamples {

  private final KnowledgeBaseTagger tagger;
  private final KnowledgeBase kb;
  private final ArabicNormaliser normaliser = new ArabicNormaliser();
  private final ActorCues cues = new ActorCues(normaliser);
  private final Set<String> verbOpeners = WordList.folded(normaliser, "verb-openers.txt");

  private final boolean leaveOutUnknownNames;

  /** @param kb the knowledge base whose actors, with the rules (never the model), supervise */
  public ActorNameSamples(KnowledgeBase kb) {
    this(kb, true);
  }

  /**
   * @param kb the knowledge base whose actors, with the rules (never the model), supervise
   * @param leaveOutUnknownNames whether distant sentences that likely hold a name nobody tagged are left out
   */
  public ActorNameSamples(KnowledgeBase kb, boolean leaveOutUnknownNames) {
    this.kb = kb;
    this.leaveOutUnknownNames = leaveOutUnknownNames;
    this.tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.RULES, ActorNameModel.NONE);
  }

  /**
   * The given names (kb/words) as an OpenNLP dictionary of folded words, each also after the
   * conjunction و: a feature of the name model that reaches names it never saw in training.
   */
  public Dictionary givenNames() {
    return dictionary(cues.givenNames.stream().filter(w -> !cues.stopWordsLikeNameWords.contains(w)).toList());
  }

  /** The titles and roles before a name (kb/words), as {@link #givenNames()}. */
  public Dictionary titles() {
    return dictionary(List.copyOf(cues.titles));
  }

  private static Dictionary dictionary(List<String> words) {
    Dictionary dictionary = new Dictionary(true);
    for (String w : words) {
      if (!w.contains(" ")) {
        dictionary.put(new StringList(w));
        dictionary.put(new StringList("و" + w));
      }
    }
    return dictionary;
  }

  /**
   * Counts, for the generated lexicons ({@code bench.SurnameLexiconGeneration}), each word of a text
   * ({@code counts[0]}), how often it comes right after a known given name written as a name
   * ({@code counts[1]}: not على, with no clitic but و) and how often right after a word a verb follows
   * ({@code counts[2]}: kb/words/verb-openers.txt, also after و or ف: التي، قد، لم).
   */
  public void countWordsAfterGivenNames(TaggableText text, Map<String, long[]> counts) {
    for (TaggedField field : tagger.fields(text)) {
      List<String> words = field.normalised();
      for (int t = 0; t < words.size(); t++) {
        long[] c = counts.computeIfAbsent(words.get(t), w -> new long[3]);
        c[0]++;
        if (t > 0 && field.joined(t - 1) && cues.writtenAsGivenName(words.get(t - 1), field.tokens().get(t - 1).text())) {
          c[1]++;
        }
        if (t > 0 && field.joined(t - 1) && opensVerb(words.get(t - 1))) {
          c[2]++;
        }
      }
    }
  }

  private boolean opensVerb(String word) {
    return verbOpeners.contains(word)
        || ((word.startsWith("و") || word.startsWith("ف")) && verbOpeners.contains(word.substring(1)));
  }

  /**
   * Every sentence of a text as the name model reads it (its words normalised, cut as
   * {@link ActorNameModel#sentences}): for the word classes the model's features look up
   * ({@code bench.WordClusterTraining}).
   */
  public List<List<String>> sentences(TaggableText text) {
    List<List<String>> sentences = new ArrayList<>();
    for (TaggedField field : tagger.fields(text)) {
      for (int[] s : ActorNameModel.sentences(field)) {
        sentences.add(field.normalised().subList(s[0], s[1]));
      }
    }
    return sentences;
  }

  /** Every sentence of a labelled article, its labels' surfaces marked with their types. */
  public List<NameSample> gold(TaggableText text, GoldLabels labels) {
    PhraseDictionary<String> surfaces = new PhraseDictionary<>(normaliser);
    for (GoldLabels.Actor a : labels.actors()) {
      String type = "person".equals(a.type()) ? ActorNameModel.PERSON : ActorNameModel.ORGANIZATION;
      a.surfaces().stream().filter(s -> !s.isBlank()).forEach(s -> surfaces.add(s.replace('#', ' ').replace('_', ' '), type));
    }
    List<NameSample> samples = new ArrayList<>();
    for (TaggedField field : tagger.fields(text)) {
      List<Span> spans = new ArrayList<>();
      for (PhraseDictionary.Match<String> m : surfaces.find(field.normalised(), field.readings())) {
        spans.add(new Span(m.first(), m.first() + m.count(), m.values().get(0)));
      }
      addSentences(samples, field, spans, null);
    }
    return samples;
  }

  /** The sentences of an unlabelled article in which the knowledge base or the rules tag an actor. */
  public List<NameSample> distant(TaggableText text) {
    List<TaggedField> fields = tagger.fields(text);
    Enrichment e = tagger.enrich(text);
    List<NameSample> samples = new ArrayList<>();
    for (TaggedField field : fields) {
      List<Span> spans = new ArrayList<>();
      for (Tag tag : e.actors()) {
        FacetLabel label = kb.labelOf(FacetType.ACTOR, tag.id());
        ActorType type = label.type() == null ? ActorType.ORGANIZATION : label.type();
        for (Evidence ev : tag.evidence()) {
          if (ev.field().equals(field.name())) {
            Span span = tokens(field, ev, type == ActorType.PERSON ? ActorNameModel.PERSON : ActorNameModel.ORGANIZATION);
            if (span != null) {
              spans.add(span);
            }
          }
        }
      }
      addSentences(samples, field, spans, unknownNameLikely(field, spans));
    }
    return samples;
  }

  /**
   * For distant supervision, the sentences to leave out: those where a known given name starts two
   * name-like words that no tag covers (وقال ماتيو رينزي). The knowledge base did not know that
   * person, so marking the words as no name would teach the model that unknown names are not names;
   * left out, they teach nothing.
   */
  private Predicate<int[]> unknownNameLikely(TaggedField field, List<Span> spans) {
    List<String> words = field.normalised();
    boolean[] covered = new boolean[words.size()];
    spans.forEach(s -> Arrays.fill(covered, s.getStart(), s.getEnd(), true));
    return sentence -> {
      if (!leaveOutUnknownNames) {
        return false;
      }
      for (int t = sentence[0]; t + 1 < sentence[1]; t++) {
        // A given name as written, without a clitic (و too: the shipped model was trained so).
        if (!covered[t] && !covered[t + 1] && field.joined(t) && cues.givenNames.contains(words.get(t))
            && cues.writtenAsGivenName(words.get(t), field.tokens().get(t).text()) && nameLike(words.get(t + 1))) {
          return true;
        }
      }
      return false;
    };
  }

  private boolean nameLike(String word) {
    return word.length() >= 2 && !word.startsWith("ال") && !cues.ends.contains(word) && !cues.titles.contains(word)
        && !cues.givenNames.contains(word) && ArabicMorphology.lettersOnly(word);
  }

  /** The words of a piece of evidence, title words in front taken off; null for an office without a name. */
  private Span tokens(TaggedField field, Evidence ev, String type) {
    int first = -1;
    int end = -1;
    for (int t = 0; t < field.tokens().size(); t++) {
      TextToken token = field.tokens().get(t);
      if (token.start() >= ev.start() && token.end() <= ev.end()) {
        first = first < 0 ? t : first;
        end = t + 1;
      }
    }
    if (first < 0) {
      return null;
    }
    if (ActorNameModel.PERSON.equals(type)) {
      while (first < end && cues.titles.contains(field.normalised().get(first))) {
        first++;
      }
      // What is left starting with the article is an office (الرئيس الفرنسي), not a name.
      if (first >= end || field.normalised().get(first).startsWith("ال") && end - first > 1) {
        return null;
      }
    }
    return new Span(first, end, type);
  }

  /**
   * @param leaveOut for distant supervision, the sentences to leave out besides those without a
   *     name; null for a labelled article, whose every sentence is taken
   */
  private static void addSentences(List<NameSample> samples, TaggedField field, List<Span> spans, Predicate<int[]> leaveOut) {
    boolean all = leaveOut == null;
    for (int[] sentence : ActorNameModel.sentences(field)) {
      if (!all && leaveOut.test(sentence)) {
        continue;
      }
      List<Span> inside = new ArrayList<>();
      // Longest first: a full name wins over a short form inside it.
      List<Span> longestFirst = new ArrayList<>(spans);
      longestFirst.sort((a, b) -> Integer.compare(b.length(), a.length()));
      for (Span s : longestFirst) {
        if (s.getStart() < sentence[0] || s.getEnd() > sentence[1]) {
          continue;
        }
        Span shifted = new Span(s.getStart() - sentence[0], s.getEnd() - sentence[0], s.getType());
        if (inside.stream().noneMatch(o -> o.getStart() < shifted.getEnd() && shifted.getStart() < o.getEnd())) {
          inside.add(shifted);
        }
      }
      if (!all && inside.isEmpty()) {
        continue;
      }
      inside.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
      String[] words = field.normalised().subList(sentence[0], sentence[1]).toArray(String[]::new);
      samples.add(new NameSample(words, inside.toArray(Span[]::new), true));
    }
  }
}
