package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.TaggableText;
import org.marsad.enrich.TopicEntry;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;

/**
 * Fits each topic's threshold (kb/topics.yaml {@code threshold}) on the <b>train</b> split (and
 * unsplit dev sets) only: the
 * threshold on a half-point grid that maximises the topic's F1 over the training documents' weighted
 * evidence, the nearer to the current one on a tie. Prints the fitted thresholds with train F1
 * before and after; copy them into topics.yaml by hand, then score validation with
 * {@link OpenWorldEvaluation}.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.TopicThresholdFit
 * -Dexec.args="<labels (.jsonl or folder)> <corpus folder> [<dev labels.jsonl> <dev docs folder>]"}
 */
public final class TopicThresholdFit {

  /** One word of weight 2 must never tag a topic alone: the design's floor, decided before fitting. */
  private static final double LOWEST = 3;
  private static final double HIGHEST = 16;
  private static final double STEP = 0.5;

  public static void main(String[] args) throws IOException {
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(5_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE);
    List<OpenWorldEvaluation.Gold> train = new ArrayList<>();
    List<Path> corpora = new ArrayList<>();
    for (int a = 0; a + 1 < args.length; a += 2) {
      Path corpus = Path.of(args[a + 1]);
      OpenWorldEvaluation.readGold(Path.of(args[a])).stream()
          .filter(g -> "train".equals(g.split()) || "dev".equals(g.split()))
          .forEach(g -> {
            train.add(g);
            corpora.add(corpus);
          });
    }
    List<Map<String, Double>> scores = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      OpenWorldEvaluation.Gold g = train.get(i);
      Path file = OpenWorldEvaluation.find(corpora.get(i), g.docno());
      ExtractedDocument d = extractor.extract(IngestSource.ofBytes(g.docno() + ".txt", Files.readAllBytes(file)))
          .documents().get(0);
      scores.add(tagger.topicScores(new TaggableText(d.title(), d.abstractText(), d.body(),
          d.published() == null ? null : d.published().atZone(ZoneOffset.UTC).toLocalDate())));
    }
    System.out.println("| topic | threshold | train F1 | fitted | train F1 |");
    System.out.println("| --- | --- | --- | --- | --- |");
    for (TopicEntry topic : kb.topics()) {
      double current = kb.threshold(topic);
      double best = current;
      double bestF1 = f1(train, scores, topic.id(), current);
      for (double t = LOWEST; t <= HIGHEST; t += STEP) {
        double f1 = f1(train, scores, topic.id(), t);
        if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) < 1e-9 && Math.abs(t - current) < Math.abs(best - current))) {
          best = t;
          bestF1 = f1;
        }
      }
      System.out.printf("| %s | %.1f | %.3f | %.1f | %.3f |%n", topic.id(), current,
          f1(train, scores, topic.id(), current), best, bestF1);
    }
  }

  private static double f1(List<OpenWorldEvaluation.Gold> gold, List<Map<String, Double>> scores, String topic, double t) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      boolean predicted = scores.get(i).getOrDefault(topic, 0.0) >= t;
      boolean labelled = gold.get(i).topics().contains(topic);
      if (predicted && labelled) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (labelled) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
