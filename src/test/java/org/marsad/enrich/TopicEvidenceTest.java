package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/** A topic's evidence explains it to a reader: the learned model weighs function words too, but shows none. */
class TopicEvidenceTest {

  @Test
  void noTopicOfTheLabelledSampleIsExplainedByAStopWordOrAWeekday() {
    ArabicNormaliser normaliser = new ArabicNormaliser();
    Set<String> uninformative = TopicScorer.uninformativeWords(normaliser);
    Enricher enricher = new LiveKnowledgeBase(new KnowledgeBaseLoader(null)::load, NameDiscovery.NONE).enricher();
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(1_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    int tags = 0;
    for (GoldLabels gold : GoldLabels.read(SampleCorpusScoreTest.class.getResourceAsStream("/eval/sample-labels.jsonl"))) {
      ExtractedDocument d = SampleCorpusScoreTest.extract(extractor, gold.docno());
      for (Tag tag : enricher.enrich(TaggableText.of(d.title(), d.abstractText(), d.body(), d.published(), d.source(), d.url())).topics()) {
        tags++;
        for (Evidence e : tag.evidence()) {
          List<String> words = TextToken.foldedWords(e.text(), normaliser);
          assertThat(words).as(gold.docno() + " " + tag.id() + ": " + e.text())
              .anyMatch(w -> !uninformative.contains(w) && !uninformative.contains(ArabicMorphology.withoutConjunction(w)));
        }
      }
    }
    assertThat(tags).isGreaterThan(20);
  }
}
