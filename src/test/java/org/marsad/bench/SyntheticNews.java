package org.marsad.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Distinct news documents recombined from real ones, for benchmarks at sizes no corpus reaches:
 * the first half of one real title's words followed by the second half of another's, the abstract
 * of a third, one paragraph from each of three, its facet values (real tagging) and outlet, a new id
 * and a date drawn uniformly from 2010–2025. Seeds are Solr documents with {@code title} and
 * optionally {@code abstract}, {@code body} and the facet fields. Deterministic for a seed list and
 * a random seed; not thread safe.
 */
final class SyntheticNews {

  /** The id prefix of every generated document, so seeds can be told apart from them. */
  static final String ID_PREFIX = "syn-";
  private static final List<String> COPIED = List.of("source", "actor", "country", "topic", "language", "category");
  private static final long EPOCH = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
  private static final long SPAN = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() - EPOCH;

  private final List<SolrDocument> seeds;
  private final Random random;

  SyntheticNews(List<SolrDocument> seeds, long randomSeed) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("No seed documents to recombine");
    }
    this.seeds = seeds;
    this.random = new Random(randomSeed);
  }

  /**
   * The {@code n}-th document.
   *
   * @param withText also the abstract, body and facet values; without them the document has only
   *     what title suggestions read (id, title, date), which indexes many times faster
   */
  SolrInputDocument next(long n, boolean withText) {
    SolrDocument a = pick();
    SolrDocument b = pick();
    SolrInputDocument doc = new SolrInputDocument();
    String id = String.format(Locale.ROOT, ID_PREFIX + "%09d", n);
    doc.setField("id", id);
    doc.setField("dup_group", id);
    doc.setField("title", title(String.valueOf(b.getFirstValue("title")), String.valueOf(pick().getFirstValue("title"))));
    doc.setField("published", Date.from(Instant.ofEpochSecond(EPOCH + (long) (random.nextDouble() * SPAN))));
    if (withText) {
      SolrDocument c = pick();
      if (a.getFirstValue("abstract") != null) {
        doc.setField("abstract", a.getFirstValue("abstract"));
      }
      doc.setField("body", paragraph(a) + "\n" + paragraph(b) + "\n" + paragraph(c));
      for (String field : COPIED) {
        if (a.getFieldValues(field) != null) {
          doc.setField(field, a.getFieldValues(field));
        }
      }
    }
    return doc;
  }

  /** The first half of {@code first}'s words, then the second half of {@code second}'s. */
  static String title(String first, String second) {
    String[] head = first.strip().split("\\s+");
    String[] tail = second.strip().split("\\s+");
    String[] words = new String[(head.length + 1) / 2 + tail.length / 2];
    System.arraycopy(head, 0, words, 0, (head.length + 1) / 2);
    System.arraycopy(tail, tail.length - tail.length / 2, words, (head.length + 1) / 2, tail.length / 2);
    return String.join(" ", Arrays.asList(words));
  }

  private SolrDocument pick() {
    return seeds.get(random.nextInt(seeds.size()));
  }

  private String paragraph(SolrDocument doc) {
    Object body = doc.getFirstValue("body");
    String[] paragraphs = body == null ? new String[] {""} : body.toString().split("\n+");
    return paragraphs[random.nextInt(paragraphs.length)];
  }
}
