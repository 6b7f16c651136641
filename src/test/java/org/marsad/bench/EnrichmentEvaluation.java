package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.Tag;
import org.marsad.enrich.TaggableText;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Precision, recall and F1 of the tagger against documents labelled by the labelling guide
 * (eval/LABELS.md): per facet (micro-averaged over documents) and per topic. The documents go
 * through the real pipeline's extraction (Tika, news XML, boilerplate separation) and the packaged
 * knowledge base. Actors are compared by their canonical English name (the knowledge base's English
 * label against the label's {@code name}), after folding case and diacritics.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:java
 * -Dexec.mainClass=org.marsad.bench.EnrichmentEvaluation -Dexec.args="../shared/eval/dev"}; add
 * {@code -v} after the directory to print every document's misses and false alarms.
 */
public final class EnrichmentEvaluation {

  /** True positives, false positives and false negatives of one facet or topic. */
  private static final class Counts {
    int tp;
    int fp;
    int fn;

    void add(Set<String> gold, Set<String> predicted) {
      for (String p : predicted) {
        if (gold.contains(p)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String g : gold) {
        if (!predicted.contains(g)) {
          fn++;
        }
      }
    }

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EnrichmentEvaluation <dir with labels.jsonl and docs/> [-v]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    boolean verbose = args.length > 1 && "-v".equals(args[1]);
    long started = System.nanoTime();
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    long loaded = System.nanoTime();
    KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb);
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());

    Map<String, ExtractedDocument> documents = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("docs"))) {
      for (Path file : files.sorted().toList()) {
        ExtractResult result = extractor.extract(
            IngestSource.ofBytes(file.getFileName().toString(), Files.readAllBytes(file)));
        if (result.failed()) {
          throw new IllegalStateException(file + ": " + result.failureReason());
        }
        for (ExtractedDocument d : result.documents()) {
          documents.put(d.fileName().replaceFirst("\\.txt$", ""), d);
        }
      }
    }

    ObjectMapper json = new ObjectMapper();
    Map<FacetType, Counts> facets = new LinkedHashMap<>();
    for (FacetType t : List.of(FacetType.COUNTRY, FacetType.ACTOR, FacetType.TOPIC)) {
      facets.put(t, new Counts());
    }
    Map<String, Counts> topics = new LinkedHashMap<>();
    kb.topics().forEach(t -> topics.put(t.id(), new Counts()));
    long tagTime = 0;
    int evaluated = 0;
    for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode label = json.readTree(line);
      String docno = label.get("docno").asText();
      ExtractedDocument d = documents.get(docno);
      if (d == null) {
        System.err.println("No document for " + docno);
        continue;
      }
      long t0 = System.nanoTime();
      Enrichment e = tagger.enrich(new TaggableText(d.title(), d.abstractText(), d.body()));
      tagTime += System.nanoTime() - t0;
      evaluated++;
      Set<String> goldCountries = texts(label.get("countries"));
      Set<String> goldActors = new TreeSet<>();
      label.get("actors").forEach(a -> goldActors.add(fold(a.get("name").asText())));
      Set<String> goldTopics = texts(label.get("topics"));
      Set<String> countries = ids(e.countries());
      Set<String> actors = new TreeSet<>();
      e.actors().forEach(a -> actors.add(fold(kb.labelOf(FacetType.ACTOR, a.id()).en())));
      Set<String> topicIds = ids(e.topics());
      facets.get(FacetType.COUNTRY).add(goldCountries, countries);
      facets.get(FacetType.ACTOR).add(goldActors, actors);
      facets.get(FacetType.TOPIC).add(goldTopics, topicIds);
      topics.forEach((id, c) -> c.add(
          goldTopics.contains(id) ? Set.of(id) : Set.of(), topicIds.contains(id) ? Set.of(id) : Set.of()));
      if (verbose) {
        System.out.println("== " + docno);
        diff("countries", goldCountries, countries);
        diff("actors", goldActors, actors);
        diff("topics", goldTopics, topicIds);
        e.topics().forEach(t -> System.out.printf("   topic %s %.1f %s%n", t.id(), t.score(),
            t.evidence().stream().map(x -> x.text()).toList()));
      }
    }

    KnowledgeBase.Size size = kb.size();
    System.out.printf("Knowledge base: %d countries (%d names, adjectives, capitals), %d actors (%d aliases),"
            + " %d topics (%d terms); loaded in %d ms%n",
        size.countries(), size.countryNames(), size.actors(), size.aliases(), size.topics(), size.terms(),
        (loaded - started) / 1_000_000);
    System.out.printf("Documents: %d; tagging %.2f ms per document%n%n", evaluated, tagTime / 1e6 / Math.max(1, evaluated));
    System.out.println("| facet | P | R | F1 | tp | fp | fn |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    facets.forEach((t, c) -> row(t.field(), c));
    System.out.println();
    System.out.println("| topic | P | R | F1 | tp | fp | fn |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    topics.forEach(EnrichmentEvaluation::row);
  }

  private static void row(String name, Counts c) {
    System.out.printf("| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n",
        name, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
  }

  private static void diff(String facet, Set<String> gold, Set<String> predicted) {
    Set<String> missed = new TreeSet<>(gold);
    missed.removeAll(predicted);
    Set<String> extra = new TreeSet<>(predicted);
    extra.removeAll(gold);
    if (!missed.isEmpty() || !extra.isEmpty()) {
      System.out.println("  " + facet + " missed " + missed + " extra " + extra);
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Set<String> ids(List<Tag> tags) {
    Set<String> ids = new LinkedHashSet<>();
    tags.forEach(t -> ids.add(t.id()));
    return ids;
  }

  /** Case and diacritics folded, as the evaluation compares canonical names. */
  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replace('–', '-').replaceAll("\\s+", " ").strip();
  }

  private EnrichmentEvaluation() {}
}
