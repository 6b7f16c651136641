package org.marsad.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.marsad.ingest.SimHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups near-duplicates — the same wire story from several outlets — under one {@code dup_group}:
 * the id of the group's first document. A document with no near-duplicate is its own group, so
 * every document has a group and search can collapse on the field
 * ({@code fq={!collapse field=dup_group}}).
 *
 * <p>Near means SimHash fingerprints of the lead and body at most {@link SimHash#MAX_DISTANCE} bits
 * apart. Lookup splits the 64 bits into {@code MAX_DISTANCE + 1} bands: two fingerprints that differ
 * in at most 6 bits agree on at least one of 7 bands (pigeonhole), so only documents sharing a band
 * are compared. The bands live in
 * memory; on first use they are rebuilt from the documents already in Solr (their stored text), so
 * groups survive restarts. Thread safe (serialised).
 */
public final class NearDuplicateGroups {

  private static final Logger log = LoggerFactory.getLogger(NearDuplicateGroups.class);
  private static final int BANDS = SimHash.MAX_DISTANCE + 1;
  private static final int BAND_BITS = 64 / BANDS;
  private static final int PAGE = 500;

  /**
   * The documents registered under one value of one band, in the order they came: fingerprints and
   * groups side by side in arrays. Bands are narrow (with {@code MAX_DISTANCE} 10, ten of the eleven
   * are 5 bits wide), so a value holds about a 32nd of the index and every new document scans ten
   * of them: a scan of a {@code long[]} rather than of a list of objects spread over the heap keeps
   * that cheap as the index grows.
   */
  static final class Bucket {
    private long[] fingerprints = new long[4];
    private String[] groups = new String[4];
    private int size;

    void add(long fingerprint, String group) {
      if (size == fingerprints.length) {
        fingerprints = Arrays.copyOf(fingerprints, size * 2);
        groups = Arrays.copyOf(groups, size * 2);
      }
      fingerprints[size] = fingerprint;
      groups[size] = group;
      size++;
    }

    /** The group of the first document near {@code fingerprint}, or null. */
    String find(long fingerprint) {
      for (int i = 0; i < size; i++) {
        if (SimHash.distance(fingerprints[i], fingerprint) <= SimHash.MAX_DISTANCE) {
          return groups[i];
        }
      }
      return null;
    }
  }

  private final DocumentIndex index;
  private final SimHash simHash = new SimHash();
  private final Map<Long, Bucket> bands = new HashMap<>();
  private boolean seeded;

  public NearDuplicateGroups(DocumentIndex index) {
    this.index = index;
  }

  /** The group of a new document, registering it; its own id when it stands alone. */
  public String assign(String id, String comparableText) throws IndexException {
    return assign(id, fingerprint(comparableText));
  }

  /**
   * The fingerprint {@link #assign(String, Long)} compares, or null for a text too short to have
   * one; no lock, so callers work it out in parallel before they take their turn.
   */
  public Long fingerprint(String comparableText) {
    return simHash.of(comparableText);
  }

  /** As {@link #assign(String, String)}, with the text's {@link #fingerprint} already known. */
  public synchronized String assign(String id, Long fingerprint) throws IndexException {
    seed();
    if (fingerprint == null) {
      return id;
    }
    String group = find(fingerprint);
    if (group == null) {
      group = id;
    }
    register(fingerprint, group);
    return group;
  }

  private String find(long fingerprint) {
    for (int band = 0; band < BANDS; band++) {
      Bucket bucket = bands.get(key(band, fingerprint));
      String group = bucket == null ? null : bucket.find(fingerprint);
      if (group != null) {
        return group;
      }
    }
    return null;
  }

  private void register(long fingerprint, String group) {
    for (int band = 0; band < BANDS; band++) {
      bands.computeIfAbsent(key(band, fingerprint), k -> new Bucket()).add(fingerprint, group);
    }
  }

  private static long key(int band, long fingerprint) {
    // The last band takes the bits left over (64 = 6 × 9 + 10).
    int width = band == BANDS - 1 ? 64 - band * BAND_BITS : BAND_BITS;
    return ((long) band << 32) | ((fingerprint >>> (band * BAND_BITS)) & ((1L << width) - 1));
  }

  /** The text compared: lead and body, not the headline (outlets rewrite headlines). */
  public static String comparableText(String abstractText, String body) {
    return (abstractText == null ? "" : abstractText + "\n") + (body == null ? "" : body);
  }

  private void seed() throws IndexException {
    if (seeded) {
      return;
    }
    long start = System.nanoTime();
    int[] count = {0};
    index.forEachPage(PAGE, List.of("id", "dup_group", "abstract", "body"),
        "be read for near-duplicate groups", page -> {
          for (SolrDocument doc : page) {
            Long fingerprint = simHash.of(comparableText(
                (String) doc.getFirstValue("abstract"), (String) doc.getFirstValue("body")));
            Object group = doc.getFirstValue("dup_group");
            if (fingerprint != null) {
              register(fingerprint, group == null ? doc.getFirstValue("id").toString() : group.toString());
              count[0]++;
            }
          }
        });
    seeded = true;
    log.info("Near-duplicate index rebuilt from {} documents in {} ms", count[0], (System.nanoTime() - start) / 1_000_000);
  }
}
