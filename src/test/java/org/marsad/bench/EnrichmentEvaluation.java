package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.GoldLabels.Split;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.Scorecard;
import org.marsad.enrich.TaggableText;
import org.marsad.enrich.TopicEntry;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Precision, recall and F1 of the tagger against documents labelled by the labelling guide
 * (eval/LABELS.md): per facet, per actor type and per topic, for each split of the labels side by
 * side (train, validation and holdout, and the two scored-only parts together). The texts go
 * through the real pipeline's extraction (Tika, news XML, boilerplate separation) and are tagged
 * by the packaged knowledge base wired as the application wires it. Actors are compared by canonical English name ({@link Scorecard}).
 *
 * <p>Two ways to run it ({@code ./mvnw -B -Pbench test-compile exec:java
 * -Dexec.mainClass=org.marsad.bench.EnrichmentEvaluation -Dexec.args="..."}):
 * <ul>
 *   <li>{@code <labels (.jsonl or folder)> <corpus>}: labels with a {@code split} field, a file or a folder of files (such as
 *       {@code src/test/resources/eval/news-2018-labels}) and the corpus holding their texts,
 *       the multi-source tarball or an extracted folder of it;
 *   <li>{@code <dev dir>}: a folder with {@code labels.jsonl} and {@code docs/} (the dev set).
 * </ul>
 * {@code -v} lists each document's misses and false alarms, for the train (and dev) split only:
 * the validation and holdout splits are only ever scored, and their misses are printed only when
 * {@code --show-validation-misses} is given, for a final look after tuning is over.
 */
public final class EnrichmentEvaluation {

  public static void main(String[] args) throws IOException {
    List<String> options = List.of(args).stream().filter(a -> a.startsWith("-")).toList();
    List<String> paths = List.of(args).stream().filter(a -> !a.startsWith("-")).toList();
    if (paths.isEmpty() || paths.size() > 2) {
      System.err.println("usage: EnrichmentEvaluation <labels (.jsonl or folder)> <corpus folder or .tar.gz>"
          + " [-v] [--show-validation-misses]\n   or: EnrichmentEvaluation <dev dir with labels.jsonl and docs/> [-v]");
      System.exit(2);
    }
    Path labelsFile = paths.size() == 1 ? Path.of(paths.get(0), "labels.jsonl") : Path.of(paths.get(0));
    Path corpus = paths.size() == 1 ? Path.of(paths.get(0), "docs") : Path.of(paths.get(1));
    Set<Split> showMisses = splitsToShow(options.contains("-v"), options.contains("--show-validation-misses"));
    new EnrichmentEvaluation().run(labelsFile, corpus, showMisses);
  }

  private static Set<Split> splitsToShow(boolean verbose, boolean validationToo) {
    Set<Split> splits = new LinkedHashSet<>();
    if (verbose) {
      splits.add(Split.TRAIN);
      splits.add(Split.DEV);
    }
    if (validationToo) {
      splits.add(Split.VALIDATION);
      splits.add(Split.HOLDOUT);
    }
    return splits;
  }

  private void run(Path labelsFile, Path corpus, Set<Split> showMisses) throws IOException {
    List<GoldLabels> labels = GoldLabels.read(labelsFile);
    Set<String> docnos = new LinkedHashSet<>();
    labels.forEach(l -> docnos.add(l.docno()));
    long started = System.nanoTime();
    Map<String, byte[]> files = CorpusFiles.read(corpus, docnos);
    System.out.printf("Read %d of %d labelled documents from %s in %d ms%n",
        files.size(), docnos.size(), corpus.getFileName(), (System.nanoTime() - started) / 1_000_000);

    LiveKnowledgeBase live = new LiveKnowledgeBase(new KnowledgeBaseLoader(null)::load, new NameDiscovery());
    KnowledgeBase kb = live.knowledgeBase();
    Enricher enricher = live.enricher();
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    List<String> topicIds = kb.topics().stream().map(TopicEntry::id).toList();
    Map<Split, Scorecard> cards = new EnumMap<>(Split.class);
    // Both scored-only parts together: every labelled article nothing was tuned on.
    Scorecard heldOut = new Scorecard(topicIds);
    List<Scorecard.Diff> misses = new ArrayList<>();
    long tagNanos = 0;
    int missing = 0;
    for (GoldLabels gold : labels) {
      byte[] bytes = files.get(gold.docno());
      if (bytes == null) {
        System.err.println("Not in the corpus: " + gold.docno());
        missing++;
        continue;
      }
      ExtractedDocument d = extract(extractor, gold.docno(), bytes);
      long t0 = System.nanoTime();
      Enrichment e = enricher.enrich(
          TaggableText.of(d.title(), d.abstractText(), d.body(), d.published(), d.source(), d.url()));
      tagNanos += System.nanoTime() - t0;
      Scorecard.Diff diff = cards.computeIfAbsent(gold.split(), s -> new Scorecard(topicIds)).add(gold, e, live);
      if (gold.split().scoredOnly()) {
        heldOut.add(gold, e, live);
      }
      if (showMisses.contains(gold.split()) && !diff.isEmpty()) {
        misses.add(diff);
      }
    }

    KnowledgeBase.Size size = kb.size();
    int tagged = cards.values().stream().mapToInt(Scorecard::documents).sum();
    System.out.printf("Knowledge base: %d countries (%d names, adjectives, capitals), %d actors (%d aliases),"
            + " %d topics (%d terms)%n",
        size.countries(), size.countryNames(), size.actors(), size.aliases(), size.topics(), size.terms());
    System.out.printf("Documents tagged: %d%s; tagging %.2f ms per document%n%n", tagged,
        missing == 0 ? "" : " (" + missing + " not found in the corpus)", tagNanos / 1e6 / Math.max(1, tagged));
    Map<String, Scorecard> columns = new LinkedHashMap<>();
    cards.forEach((split, card) -> columns.put(split.label(), card));
    if (cards.containsKey(Split.VALIDATION) && cards.containsKey(Split.HOLDOUT)) {
      columns.put("validation + holdout", heldOut);
    }
    printTable(columns);
    for (Scorecard.Diff diff : misses) {
      System.out.println("== " + diff.docno());
      diff.missed().forEach((facet, missed) -> {
        Set<String> extra = diff.extra().get(facet);
        if (!missed.isEmpty() || !extra.isEmpty()) {
          System.out.println("  " + facet + " missed " + missed + " extra " + extra);
        }
      });
    }
  }

  private static ExtractedDocument extract(DocumentExtractor extractor, String docno, byte[] bytes) {
    ExtractResult result = extractor.extract(IngestSource.ofBytes(docno + ".txt", bytes));
    if (result.failed() || result.documents().isEmpty()) {
      throw new IllegalStateException(docno + ": " + result.failureReason());
    }
    return result.documents().get(0);
  }

  /** One row per facet, actor type and topic; for each split P, R, F1 and the gold count n. */
  private static void printTable(Map<String, Scorecard> cards) {
    StringBuilder head = new StringBuilder("| row |");
    StringBuilder rule = new StringBuilder("| --- |");
    cards.forEach((split, card) -> {
      String s = split + " (" + card.documents() + ")";
      head.append(" ").append(s).append(" P | R | F1 | n |");
      rule.append(" --- | --- | --- | --- |");
    });
    System.out.println(head);
    System.out.println(rule);
    Scorecard first = cards.values().iterator().next();
    for (String row : first.rows().keySet()) {
      StringBuilder line = new StringBuilder("| " + row + " |");
      for (Scorecard card : cards.values()) {
        Scorecard.Counts c = card.row(row);
        line.append(String.format(" %.3f | %.3f | %.3f | %d |", c.precision(), c.recall(), c.f1(), c.support()));
      }
      System.out.println(line);
    }
  }

  private EnrichmentEvaluation() {}
}
