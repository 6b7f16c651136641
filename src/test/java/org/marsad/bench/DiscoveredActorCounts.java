package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.enrich.ActorNameModel;
import org.marsad.enrich.DiscoveredActors;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.OpenWorldSettings;
import org.marsad.enrich.TaggableText;
import org.marsad.enrich.Tag;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractResult;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TarGzReader;
import org.marsad.ingest.TikaExtractor;

/**
 * What the actor facet would show of discovered actors over a corpus: the shipped tagger runs over
 * every {@code every}-th document and each discovered id is counted once per document, largest first,
 * with how many of the bodies' counts carry a country ({@code organization:وزاره-العدل@EG}). A value
 * that counts many real bodies as one (a bare الوزارة) shows at the top, as a user would see it.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.DiscoveredActorCounts
 * -Dexec.args="<corpus folder or .tar.gz> [every] [top]"}
 */
public final class DiscoveredActorCounts {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(
        new KnowledgeBaseLoader(null, OpenWorldSettings.DEFAULT.people()).load(), NameDiscovery.NONE,
        OpenWorldSettings.DEFAULT, ActorNameModel.packaged());
    List<ExtractedDocument> documents = new ArrayList<>();
    int[] seen = {0};
    if (TarGzReader.isTarGz(corpus)) {
      new TarGzReader(corpus, 100_000_000).feed(Set.of(), 500, chunk -> chunk.forEach(source -> {
        if (seen[0]++ % every == 0) {
          documents.addAll(extractor.extract(source).documents());
        }
      }));
    } else {
      try (Stream<Path> files = Files.walk(corpus)) {
        List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
        for (int i = 0; i < sorted.size(); i += every) {
          Path f = sorted.get(i);
          ExtractResult result = extractor.extract(IngestSource.ofBytes(f.getFileName().toString(), Files.readAllBytes(f)));
          documents.addAll(result.documents());
        }
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    // How each id is written, for a curator who adds it to the knowledge base: its most frequent writing.
    Map<String, Map<String, Integer>> writings = new HashMap<>();
    for (ExtractedDocument d : documents) {
      // As ingest reads a document: its day and its outlet (whose pages may end with other stories' leads).
      Enrichment enrichment = tagger.enrich(
          TaggableText.of(d.title(), d.abstractText(), d.body(), d.published(), d.source(), d.url()));
      enrichment.actors().stream().filter(t -> DiscoveredActors.isDiscovered(t.id())).forEach(t -> {
        counts.merge(t.id(), 1, Integer::sum);
        t.evidence().forEach(e -> writings.computeIfAbsent(t.id(), id -> new HashMap<>()).merge(e.text(), 1, Integer::sum));
      });
    }
    long bodies = counts.entrySet().stream().filter(e -> e.getKey().startsWith("organization:")).mapToLong(Map.Entry::getValue).sum();
    long scoped = counts.entrySet().stream().filter(e -> e.getKey().startsWith("organization:") && DiscoveredActors.scope(e.getKey()) != null)
        .mapToLong(Map.Entry::getValue).sum();
    System.out.printf("%d documents, %d discovered ids; bodies' document counts %d, %.1f%% of them with a country%n",
        documents.size(), counts.size(), bodies, bodies == 0 ? 0 : 100.0 * scoped / bodies);
    System.out.println("| documents | discovered id | most frequent writing |");
    System.out.println("| ---: | --- | --- |");
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> System.out.println("| " + e.getValue() + " | " + e.getKey() + " | "
            + writings.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("") + " |"));
  }
}
