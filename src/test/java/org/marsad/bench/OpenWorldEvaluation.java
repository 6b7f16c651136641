package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.enrich.DiscoveredActors;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.FacetLabel;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.OpenWorldSettings;
import org.marsad.enrich.Scorecard;
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
 * Scores the tagger's variants — knowledge base only, open-world rules, rules with given-name
 * lexicons — on labelled documents with a {@code split} field, train and validation side by side:
 * P/R/F1 per facet, per actor type and per topic, and the average tagging time.
 *
 * <p>A known actor matches a label by canonical English name. A discovered actor (not in the
 * knowledge base) has no canonical name: it matches the label whose Arabic surface forms name it
 * (the same words, or one contained in the other with at least two words).
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.OpenWorldEvaluation
 * -Dexec.args="<labels (.jsonl or folder)> <folder of Outlet/category/DOCNO.txt> [-v]"} — {@code -v} lists the
 * misses and false alarms of the <b>train</b> split only: validation is scored, never read.
 */
public final class OpenWorldEvaluation {


  private static final List<String> ROWS = List.of("countries", "actors", "actors: person", "actors: organization",
      "actors: known", "actors: discovered", "topics");

  static final class Counts {
    int tp;
    int fp;
    int fn;

    double p() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double r() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
    }
  }

  record Gold(String docno, String split, Set<String> countries, Map<String, String> actorTypes,
      Map<String, List<String>> surfaces, Set<String> topics) {}

  private record Variant(String name, OpenWorldSettings settings) {}

  public static void main(String[] args) throws IOException {
    List<String> paths = List.of(args).stream().filter(a -> !a.startsWith("-")).toList();
    boolean verbose = List.of(args).contains("-v");
    List<Gold> golds = readGold(Path.of(paths.get(0)));
    Path corpus = Path.of(paths.get(1));
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    Map<String, ExtractedDocument> docs = new LinkedHashMap<>();
    for (Gold g : golds) {
      Path file = find(corpus, g.docno());
      ExtractResult result = extractor.extract(IngestSource.ofBytes(g.docno() + ".txt", Files.readAllBytes(file)));
      docs.put(g.docno(), result.documents().get(0));
    }
    List<Variant> variants = new ArrayList<>();
    for (String v : System.getProperty("variants", "kb-only,people,rules,rules+people,rules+lexicons+people,model,rules+lexicons+people+model").split(",")) {
      variants.add(new Variant(v, OpenWorldSettings.named(v)));
    }
    for (Variant variant : variants) {
      KnowledgeBase kb = new KnowledgeBaseLoader(null, variant.settings().people()).load();
      KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, variant.settings());
      Map<String, Map<String, Counts>> bySplit = new LinkedHashMap<>();
      Map<String, Counts> topicRows = new LinkedHashMap<>();
      long nanos = 0;
      for (Gold g : golds) {
        ExtractedDocument d = docs.get(g.docno());
        TaggableText text = new TaggableText(d.title(), d.abstractText(), d.body(),
            d.published() == null ? null : d.published().atZone(ZoneOffset.UTC).toLocalDate());
        long t0 = System.nanoTime();
        Enrichment e = tagger.enrich(text);
        nanos += System.nanoTime() - t0;
        Map<String, Counts> rows = bySplit.computeIfAbsent(g.split(), s -> newRows(kb));
        score(g, e, tagger, rows, verbose && "train".equals(g.split()));
      }
      System.out.printf("%n## %s (%.2f ms per document)%n%n", variant.name(), nanos / 1e6 / golds.size());
      System.out.println("| row | " + String.join(" | ", bySplit.keySet().stream().map(s -> s + " P | R | F1").toList()) + " |");
      System.out.println("| --- |" + " --- | --- | --- |".repeat(bySplit.size()));
      for (String row : bySplit.values().iterator().next().keySet()) {
        StringBuilder line = new StringBuilder("| " + row + " |");
        bySplit.values().forEach(rows -> {
          Counts c = rows.get(row);
          line.append(String.format(" %.3f | %.3f | %.3f |", c.p(), c.r(), c.f1()));
        });
        System.out.println(line);
      }
    }
  }

  private static Map<String, Counts> newRows(KnowledgeBase kb) {
    Map<String, Counts> rows = new LinkedHashMap<>();
    ROWS.forEach(r -> rows.put(r, new Counts()));
    kb.topics().forEach(t -> rows.put(t.id(), new Counts()));
    return rows;
  }

  private static void score(Gold g, Enrichment e, KnowledgeBaseTagger tagger, Map<String, Counts> rows, boolean verbose) {
    Set<String> countries = ids(e.countries());
    add(rows.get("countries"), g.countries(), countries);
    Set<String> topics = ids(e.topics());
    add(rows.get("topics"), g.topics(), topics);
    for (String id : rows.keySet()) {
      if (!ROWS.contains(id)) {
        add(rows.get(id), g.topics().contains(id) ? Set.of(id) : Set.of(), topics.contains(id) ? Set.of(id) : Set.of());
      }
    }
    Map<String, String> predictedType = new LinkedHashMap<>();
    Set<String> discovered = new TreeSet<>();
    for (Tag t : e.actors()) {
      FacetLabel label = tagger.labels().labelOf(FacetType.ACTOR, t.id());
      String name;
      if (DiscoveredActors.isDiscovered(t.id())) {
        name = Scorecard.bySurface(label.ar(), g.surfaces()).orElse("~" + label.ar());
        discovered.add(name);
      } else {
        name = Scorecard.fold(label.en());
      }
      predictedType.putIfAbsent(name, label.type() == null ? "organization" : label.type().json());
    }
    Set<String> gold = g.actorTypes().keySet();
    add(rows.get("actors"), gold, predictedType.keySet());
    for (String type : List.of("person", "organization")) {
      add(rows.get("actors: " + type), filter(g.actorTypes(), type), filter(predictedType, type));
    }
    Set<String> known = new TreeSet<>(predictedType.keySet());
    known.removeAll(discovered);
    Counts k = rows.get("actors: known");
    Counts d = rows.get("actors: discovered");
    known.forEach(n -> {
      if (gold.contains(n)) {
        k.tp++;
      } else {
        k.fp++;
      }
    });
    discovered.forEach(n -> {
      if (gold.contains(n)) {
        d.tp++;
      } else {
        d.fp++;
      }
    });
    if (verbose) {
      Set<String> missed = new TreeSet<>(gold);
      missed.removeAll(predictedType.keySet());
      Set<String> extra = new TreeSet<>(predictedType.keySet());
      extra.removeAll(gold);
      Set<String> missedTopics = new TreeSet<>(g.topics());
      missedTopics.removeAll(topics);
      Set<String> extraTopics = new TreeSet<>(topics);
      extraTopics.removeAll(g.topics());
      System.out.println("== " + g.docno());
      System.out.println("  actors missed " + missed.stream().map(m -> m + g.surfaces().get(m)).toList());
      System.out.println("  actors extra " + extra);
      System.out.println("  topics missed " + missedTopics + " extra " + extraTopics);
      Set<String> missedC = new TreeSet<>(g.countries());
      missedC.removeAll(countries);
      Set<String> extraC = new TreeSet<>(countries);
      extraC.removeAll(g.countries());
      System.out.println("  countries missed " + missedC + " extra " + extraC);
    }
  }

  private static Set<String> filter(Map<String, String> types, String type) {
    Set<String> names = new TreeSet<>();
    types.forEach((n, t) -> {
      if (t.equals(type)) {
        names.add(n);
      }
    });
    return names;
  }

  private static void add(Counts c, Set<String> gold, Set<String> predicted) {
    for (String p : predicted) {
      if (gold.contains(p)) {
        c.tp++;
      } else {
        c.fp++;
      }
    }
    for (String x : gold) {
      if (!predicted.contains(x)) {
        c.fn++;
      }
    }
  }

  private static Set<String> ids(List<Tag> tags) {
    Set<String> ids = new LinkedHashSet<>();
    tags.forEach(t -> ids.add(t.id()));
    return ids;
  }

  static List<Gold> readGold(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Gold> golds = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Path part : GoldLabels.files(file)) {
      lines.addAll(Files.readAllLines(part));
    }
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Set<String> countries = new TreeSet<>();
      n.get("countries").forEach(c -> countries.add(c.asText()));
      Set<String> topics = new TreeSet<>();
      n.get("topics").forEach(c -> topics.add(c.asText()));
      Map<String, String> types = new LinkedHashMap<>();
      Map<String, List<String>> surfaces = new LinkedHashMap<>();
      n.get("actors").forEach(a -> {
        String name = Scorecard.fold(a.get("name").asText());
        types.put(name, a.get("type").asText());
        List<String> s = new ArrayList<>();
        a.path("surface").forEach(x -> s.add(x.asText()));
        surfaces.put(name, s);
      });
      golds.add(new Gold(n.get("docno").asText(), n.path("split").asText("dev"), countries, types, surfaces, topics));
    }
    return golds;
  }

  static Path find(Path corpus, String docno) throws IOException {
    try (var files = Files.find(corpus, 3, (p, a) -> p.getFileName().toString().equals(docno + ".txt"))) {
      return files.findFirst().orElseThrow(() -> new IOException("not in the corpus: " + docno));
    }
  }
}
