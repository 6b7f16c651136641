package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model's weights packed for reading, answering exactly as OpenNLP's
 * {@link GISModel} does: the same sums in the same order, so the same probabilities to the last bit.
 *
 * <p>Why: OpenNLP keeps its features in a {@code LinkedHashMap<String, Context>}, and reading one
 * feature walks five or six objects scattered over a large heap (bucket, entry, key, key's bytes,
 * context, its outcomes, its weights); the name finder reads some 25 features per word and beam,
 * and those memory reads were three quarters of its time. Here a feature is a 64-bit fingerprint of
 * its text in an open-addressing table whose slot holds the fingerprint and, right after it, the
 * feature's weight for every outcome (an outcome the feature does not weigh adds 0, which changes no
 * sum): a lookup reads the one place in memory where both are.
 *
 * <p>A fingerprint stands for the text: two of the model's features with one fingerprint are refused
 * when packing ({@link #pack} answers null), and a word the model never saw matches a feature only
 * if its fingerprint equals one by chance, about once in 2<sup>64</sup>/features lookups.
 *
 * <p>A beam search asks for every word once per kept sequence, and OpenNLP's name context differs
 * between those asks only in its last features (the previous outcomes, which it appends after the
 * word's own features). A {@link #reader()} remembers the sums after each feature of the last
 * context it read and starts the next one from the longest prefix the two share: the same additions
 * in the same order, so the same bits, with most of the reading skipped.
 *
 * <p>The packed model is immutable and thread safe; a reader is for one thread.
 */
final class PackedMaxentModel implements MaxentModel {

  private static final long EMPTY = 0L;

  private final String[] outcomes;
  /**
   * Slot {@code k} at {@code k * stride}: the fingerprint (0 is an empty slot), then the bits of the
   * feature's weight for each outcome ({@link Double#doubleToRawLongBits}).
   */
  private final long[] table;
  private final int stride;
  private final int mask;
  /** OpenNLP's uniform prior: every outcome starts at log(1 / outcomes). */
  private final double logPrior;
  /** A reader's last context (null in the shared model, which remembers nothing). */
  private String[] previous;
  private int previousLength;
  /** A reader's sums after the first {@code k} features of the last context, at {@code k * outcomes}. */
  private double[] partial;

  private PackedMaxentModel(String[] outcomes, long[] table) {
    this.outcomes = outcomes;
    this.table = table;
    this.stride = outcomes.length + 1;
    this.mask = table.length / stride - 1;
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
  }

  /** A reader of these weights for one thread, which reuses the sums of the prefix it shares with the context read before. */
  PackedMaxentModel reader() {
    PackedMaxentModel reader = new PackedMaxentModel(outcomes, table);
    reader.previous = new String[64];
    reader.partial = new double[65 * outcomes.length];
    Arrays.fill(reader.partial, 0, outcomes.length, logPrior);
    return reader;
  }

  /**
   * The model packed, or null when it cannot be packed exactly: it is not a {@link GISModel} (whose
   * prior is uniform as the model reader makes it), or two of its features share a fingerprint.
   */
  @SuppressWarnings("unchecked")
  static PackedMaxentModel pack(MaxentModel model) {
    if (!(model instanceof GISModel gis)) {
      return null;
    }
    Object[] data = gis.getDataStructures();
    Map<String, Context> features = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    int capacity = Integer.highestOneBit(Math.max(2, features.size()) * 2 - 1) * 2;
    int stride = outcomes.length + 1;
    long[] table = new long[capacity * stride];
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      long fingerprint = fingerprint(feature.getKey());
      int slot = (int) fingerprint & (capacity - 1);
      while (table[slot * stride] != EMPTY) {
        if (table[slot * stride] == fingerprint) {
          return null;
        }
        slot = (slot + 1) & (capacity - 1);
      }
      table[slot * stride] = fingerprint;
      int[] active = feature.getValue().getOutcomes();
      double[] parameters = feature.getValue().getParameters();
      for (int a = 0; a < active.length; a++) {
        table[slot * stride + 1 + active[a]] = Double.doubleToRawLongBits(parameters[a]);
      }
    }
    PackedMaxentModel packed = new PackedMaxentModel(outcomes.clone(), table);
    return packed.answersAs(gis, features.keySet()) ? packed : null;
  }

  /** Checks a sample of the model's own features, one at a time and all together, against the original. */
  private boolean answersAs(GISModel original, Iterable<String> features) {
    List<String> sample = new ArrayList<>();
    for (String f : features) {
      if (sample.size() == 64) {
        break;
      }
      sample.add(f);
      if (!Arrays.equals(eval(new String[] {f}), original.eval(new String[] {f}))) {
        return false;
      }
    }
    sample.add("\u0000not a feature");
    String[] all = sample.toArray(String[]::new);
    return Arrays.equals(eval(all), original.eval(all));
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, null, new double[outcomes.length]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    return eval(context, null, probs);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[outcomes.length]);
  }

  /** As {@code GISModel.eval}: the prior, each feature's weights times its value in order, then exp and normalise. */
  private double[] eval(String[] context, float[] values, double[] sums) {
    if (previous != null && values == null) {
      return evalFromSharedPrefix(context, sums);
    }
    int n = outcomes.length;
    Arrays.fill(sums, 0, n, logPrior);
    for (int c = 0; c < context.length; c++) {
      int at = weightsAt(context[c]);
      if (at < 0) {
        continue;
      }
      double value = values == null ? 1 : values[c];
      for (int o = 0; o < n; o++) {
        sums[o] += Double.longBitsToDouble(table[at + o]) * value;
      }
    }
    return normalise(sums);
  }

  /** As {@link #eval(String[], float[], double[])} with every value 1, from the sums of the prefix shared with the last context. */
  private double[] evalFromSharedPrefix(String[] context, double[] sums) {
    int n = outcomes.length;
    int shared = 0;
    int most = Math.min(previousLength, context.length);
    while (shared < most && context[shared].equals(previous[shared])) {
      shared++;
    }
    if (context.length > previous.length) {
      previous = Arrays.copyOf(previous, context.length * 2);
      partial = Arrays.copyOf(partial, (context.length * 2 + 1) * n);
    }
    for (int c = shared; c < context.length; c++) {
      previous[c] = context[c];
      int from = c * n;
      int at = weightsAt(context[c]);
      if (at < 0) {
        System.arraycopy(partial, from, partial, from + n, n);
        continue;
      }
      for (int o = 0; o < n; o++) {
        partial[from + n + o] = partial[from + o] + Double.longBitsToDouble(table[at + o]);
      }
    }
    previousLength = context.length;
    System.arraycopy(partial, context.length * n, sums, 0, n);
    return normalise(sums);
  }

  /** exp and normalise, as OpenNLP does. */
  private double[] normalise(double[] sums) {
    int n = outcomes.length;
    double normal = 0.0;
    for (int o = 0; o < n; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < n; o++) {
      sums[o] /= normal;
    }
    return sums;
  }

  /** Where the feature's weights begin in the table (its first outcome's), or -1 when the model does not know it. */
  private int weightsAt(String feature) {
    long fingerprint = fingerprint(feature);
    int slot = (int) fingerprint & mask;
    long found;
    while ((found = table[slot * stride]) != EMPTY) {
      if (found == fingerprint) {
        return slot * stride + 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** A 64-bit hash of the text (FNV-1a over the chars, then MurmurHash3's finaliser); never 0. */
  static long fingerprint(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }

  @Override
  public String getBestOutcome(double[] probs) {
    int best = 0;
    for (int o = 1; o < probs.length; o++) {
      if (probs[best] < probs[o]) {
        best = o;
      }
    }
    return outcomes[best];
  }

  @Override
  public String getAllOutcomes(double[] probs) {
    StringBuilder all = new StringBuilder();
    for (int o = 0; o < outcomes.length; o++) {
      all.append(o == 0 ? "" : "  ").append(outcomes[o]).append('[').append(String.format("%.4f", probs[o])).append(']');
    }
    return all.toString();
  }

  @Override
  public String getOutcome(int i) {
    return outcomes[i];
  }

  @Override
  public int getIndex(String outcome) {
    for (int o = 0; o < outcomes.length; o++) {
      if (outcomes[o].equals(outcome)) {
        return o;
      }
    }
    return -1;
  }

  @Override
  public int getNumOutcomes() {
    return outcomes.length;
  }
}
