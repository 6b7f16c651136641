package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.ingest.SimHash;

/**
 * The fingerprints one band value keeps ({@link NearDuplicateGroups.Bucket}): the first registered
 * document within {@link SimHash#MAX_DISTANCE} bits gives its group, in the order documents came, and
 * nothing is lost when the arrays grow.
 */
class NearDuplicateBucketTest {

  /** A fingerprint {@code bits} bits away from {@code base} (its lowest bits flipped). */
  private static long near(long base, int bits) {
    return base ^ ((1L << bits) - 1);
  }

  @Test
  void theFirstNearDocumentGivesTheGroup() {
    NearDuplicateGroups.Bucket bucket = new NearDuplicateGroups.Bucket();
    long base = 0x5A5A_F0F0_1234_8765L;
    bucket.add(near(base, SimHash.MAX_DISTANCE + 5), "far");
    bucket.add(near(base, 3), "first-near");
    bucket.add(base, "exact-but-later");
    assertThat(bucket.find(base)).isEqualTo("first-near");
  }

  @Test
  void nothingNearNoGroup() {
    NearDuplicateGroups.Bucket bucket = new NearDuplicateGroups.Bucket();
    bucket.add(0L, "zero");
    assertThat(bucket.find(-1L)).isNull();
  }

  @Test
  void everyDocumentIsKeptAsTheArraysGrow() {
    NearDuplicateGroups.Bucket bucket = new NearDuplicateGroups.Bucket();
    // Fingerprints 32 bits apart from each other: each finds only itself.
    for (int i = 0; i < 100; i++) {
      bucket.add(spread(i), "g" + i);
    }
    for (int i = 0; i < 100; i++) {
      assertThat(bucket.find(spread(i))).as("document %d", i).isEqualTo("g" + i);
    }
  }

  /** Distinct fingerprints far apart: i's bits repeated so two differ in many places. */
  private static long spread(int i) {
    long x = i * 0x9E37_79B9_7F4A_7C15L;
    return x ^ (x >>> 31);
  }
}
