package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Takes out the discovered actors a learned model finds unlikely to be anyone's name: what the
 * open-world rules and the name model read as a name from a head or a given name before a common
 * word (جهاز الكمبيوتر، كتلة الجسم، بيني وبين، عمر بوتين). For each actor type a logistic regression
 * over {@link DiscoveredActorFeatures} gives the probability that the labels would name the actor;
 * below the type's threshold it is dropped. Known actors are never touched.
 *
 * <p>The weights are data, learnt on the labelled training articles by
 * {@code org.marsad.bench.DiscoveredActorFilterTraining} (its regularisation and thresholds by
 * cross-validation there), in the file format of {@link TopicModel} with the actor type
 * ({@code person}, {@code organization}) where a topic would be. Immutable and thread safe.
 */
public final class DiscoveredActorFilter {

  /** The model shipped in the jar. */
  public static final String RESOURCE = "/org/marsad/enrich/discovered-actors.tsv";
  /** Keeps every discovered actor. */
  public static final DiscoveredActorFilter NONE = new DiscoveredActorFilter(TopicModel.NONE);

  private final TopicModel model;

  private DiscoveredActorFilter(TopicModel model) {
    this.model = model;
  }

  /** The model shipped with Marsad; fails at start-up when it is missing or unreadable. */
  public static DiscoveredActorFilter packaged() {
    try (InputStream in = DiscoveredActorFilter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The discovered-actor model " + RESOURCE + " is not on the classpath");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the discovered-actor model " + RESOURCE, e);
    }
  }

  /** A model from the lines of its file; a malformed line fails with its number. */
  public static DiscoveredActorFilter read(List<String> lines, String source) {
    return new DiscoveredActorFilter(TopicModel.read(lines, source));
  }

  /** Removes from {@code actors} the discovered actors whose probability is below their type's threshold. */
  void removeUnlikely(Map<String, List<Evidence>> actors, List<TaggedField> fields, DiscoveredActorFeatures features) {
    if (model.isEmpty()) {
      return;
    }
    actors.entrySet().removeIf(a -> DiscoveredActors.isDiscovered(a.getKey())
        && unlikely(a.getKey(), a.getValue(), fields, features));
  }

  /**
   * Whether a discovered actor falls below its type's threshold; its features are read only when the
   * model weighs its type.
   */
  private boolean unlikely(String id, List<Evidence> evidence, List<TaggedField> fields, DiscoveredActorFeatures features) {
    TopicModel.Weights weights = model.weights(DiscoveredActors.type(id).json());
    return weights != null && weights.probability(features.of(id, evidence, fields)) < weights.threshold();
  }
}
