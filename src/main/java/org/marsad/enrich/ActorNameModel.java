package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A statistical name finder for people and organisations (Apache OpenNLP's {@link NameFinderME}),
 * trained on the labelled training articles and on distant supervision: the knowledge base and the
 * open-world rules run over the news corpora ({@code org.marsad.bench.ActorNameModelTraining}). It
 * reads a field's normalised words sentence by sentence and answers spans of words with a type and
 * the model's probability. The model holds features (words and affixes with weights), never text.
 *
 * <p>The model is immutable and shared; a {@link NameFinderME} keeps per-sentence state, so each
 * thread gets its own. Thread safe.
 */
public final class ActorNameModel {

  /** The model shipped in the jar. */
  public static final String RESOURCE = "/org/marsad/enrich/actor-names-ar.bin";
  /** No model: open-world actors come from the rules alone. */
  public static final ActorNameModel NONE = new ActorNameModel(null);

  /** OpenNLP types as the training writes them. */
  static final String PERSON = "person";
  static final String ORGANIZATION = "organization";
  /** Sentences longer than this are cut: news sentences run long, and the beam's cost grows with them. */
  static final int MAX_SENTENCE = 60;

  /** The model's entry in OpenNLP's model archive. */
  private static final String MAXENT_MODEL = "nameFinder.model";

  /** A name the model found: words {@code [start, end)} of a field, its type and probability. */
  record Found(int start, int end, ActorType type, double probability) {}

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finders;

  private ActorNameModel(TokenNameFinderModel model) {
    this.model = model;
    this.finders = model == null ? null : ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** The model shipped with Marsad; fails at start-up when it is missing or unreadable. */
  public static ActorNameModel packaged() {
    try (InputStream in = ActorNameModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The actor name model " + RESOURCE + " is not on the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the actor name model " + RESOURCE, e);
    }
  }

  /** A model from a stream (the training writes it so), read with the beam it was trained with. */
  public static ActorNameModel read(InputStream in) throws IOException {
    return new ActorNameModel(new Packed(in, null));
  }

  /**
   * A model from a stream whose search keeps {@code beam} label sequences per word: 1 is a greedy
   * left-to-right reading, about a third of the cost of OpenNLP's default 3.
   */
  public static ActorNameModel read(InputStream in, int beam) throws IOException {
    return new ActorNameModel(new Packed(in, beam));
  }

  /**
   * A model read from a stream whose name finders search with its weights packed
   * ({@link PackedMaxentModel}: the same answers, a fraction of the memory reads); the beam is the
   * one given, else the one the manifest says. A model that cannot be packed is searched as read.
   */
  private static final class Packed extends TokenNameFinderModel {
    private final PackedMaxentModel packed;
    private final int beam;

    Packed(InputStream in, Integer beam) throws IOException {
      super(in);
      if (beam != null) {
        setManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(beam));
      }
      String manifestBeam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      this.beam = manifestBeam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(manifestBeam);
      this.packed = artifactMap.get(MAXENT_MODEL) instanceof MaxentModel m ? PackedMaxentModel.pack(m) : null;
    }

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
      return packed == null ? super.getNameFinderSequenceModel() : new BeamSearch(beam, packed.reader());
    }
  }

  /** Whether this model's name finders read packed weights ({@link PackedMaxentModel}). */
  boolean isPacked() {
    return model instanceof Packed p && p.packed != null;
  }

  /** A model just trained (cross-validation in the training uses it without writing it). */
  public static ActorNameModel of(TokenNameFinderModel model) {
    return new ActorNameModel(model);
  }

  public boolean isPresent() {
    return model != null;
  }

  /**
   * The names in the field's sentences that hold at least one word {@code cue} accepts (a given name,
   * a title), in text order, each with at least {@code minProbability}: the model is only read where
   * a name can be, which is most of its cost saved on news text.
   */
  List<Found> find(TaggedField field, double minProbability, IntPredicate cue) {
    List<Found> found = new ArrayList<>();
    if (model == null) {
      return found;
    }
    NameFinderME finder = finders.get();
    for (int[] sentence : sentences(field)) {
      if (IntStream.range(sentence[0], sentence[1]).noneMatch(cue)) {
        continue;
      }
      String[] words = field.normalised().subList(sentence[0], sentence[1]).toArray(String[]::new);
      Span[] spans = finder.find(words);
      for (Span s : spans) {
        ActorType type = PERSON.equals(s.getType()) ? ActorType.PERSON
            : ORGANIZATION.equals(s.getType()) ? ActorType.ORGANIZATION : null;
        if (type != null && s.getProb() >= minProbability) {
          found.add(new Found(sentence[0] + s.getStart(), sentence[0] + s.getEnd(), type, s.getProb()));
        }
      }
    }
    finder.clearAdaptiveData();
    return found;
  }

  /**
   * A field's sentences as word ranges {@code [from, to)}: a sentence ends where the text between two
   * words holds a full stop, a question or exclamation mark or a line break, or after {@link #MAX_SENTENCE}
   * words. The training cuts sentences the same way.
   */
  static List<int[]> sentences(TaggedField field) {
    List<int[]> sentences = new ArrayList<>();
    List<TextToken> tokens = field.tokens();
    int from = field.firstTagged();
    for (int t = from; t < tokens.size(); t++) {
      boolean last = t + 1 == tokens.size() || t + 1 - from >= MAX_SENTENCE || field.endsSentence(t);
      if (last) {
        sentences.add(new int[] {from, t + 1});
        from = t + 1;
      }
    }
    return sentences;
  }
}
