package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * A 64-bit SimHash of a text's word 3-shingles (Charikar 2002): texts that share most shingles get
 * fingerprints a few bits apart, so the same wire story from several outlets — another headline,
 * a sentence more or less — is found by Hamming distance.
 *
 * <p>Before shingling, words are normalised as the index normalises them ({@link ArabicNormaliser}:
 * diacritics, tatweel, alef and hamza forms, ة, ى, Arabic-Indic digits), since Arabic spelling
 * varies between outlets. Stateless and thread safe.
 */
public final class SimHash {

  /**
   * Fingerprints at most this many bits apart are near-duplicates. Chosen on the "tune" half of
   * {@code ingest/simhash-pairs.tsv} (SimHashCalibration): sample-corpus articles against a copy
   * with a sentence dropped, added or moved, or spelt otherwise (near), and against other articles
   * (far). No far pair came closer than 20 bits; half that keeps 83% of the near pairs (6 kept 58%).
   * {@code SimHashTest} checks it on the other half only.
   */
  public static final int MAX_DISTANCE = 10;
  /** Shorter texts share too little to call them near-duplicates (briefs, captions). */
  public static final int MIN_WORDS = 30;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final int SHINGLE = 3;
  private static final ArabicNormaliser NORMALISER = new ArabicNormaliser();

  /** The fingerprint, or null when the text is too short to compare. */
  public Long of(String text) {
    List<String> words = words(text);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    int[] votes = new int[64];
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long hash = fnv1a(String.join(" ", words.subList(i, i + SHINGLE)));
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  static List<String> words(String text) {
    String folded = NORMALISER.normalise(text);
    List<String> words = new ArrayList<>();
    for (String word : NON_WORD.split(folded)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** FNV-1a, 64 bits: well spread, and stable across JVMs (unlike String.hashCode's 32). */
  private static long fnv1a(String s) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      hash ^= (b & 0xff);
      hash *= 0x100000001b3L;
    }
    // FNV's low bits mix poorly for short keys; a final avalanche (from SplitMix64) evens them out.
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    return hash;
  }
}
