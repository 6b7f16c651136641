package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The seed article, extracted as the pipeline extracts it, gets exactly the labels the labelling
 * guide gives it (eval/LABELS.md): actors compared by their English (Wikipedia) label.
 */
class SeedArticleTest {

  private final KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
  private final KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb);

  @Test
  void getsExactlyTheGuidesLabels() throws IOException {
    Enrichment e = tagger.enrich(seed());

    assertThat(e.countries()).extracting(Tag::id)
        .containsExactlyInAnyOrder("LY", "US", "RU", "GB", "FR", "IT", "SY");
    assertThat(e.actors()).extracting(t -> kb.labelOf(FacetType.ACTOR, t.id()).en())
        .containsExactlyInAnyOrder(
            "Khalifa Haftar", "Khaled Haftar", "Jeremy Brent", "John Brennan (general)",
            "United States Africa Command", "Libyan National Army", "Embassy of the United States, Tripoli",
            "Africa Corps (Russia)", "5+5 Joint Military Commission");
    assertThat(e.topics()).extracting(Tag::id)
        .containsExactlyInAnyOrder("military-bases", "sanctions", "foreign-forces", "diplomacy");
  }

  @Test
  void evidencePointsAtTheStoredText() throws IOException {
    TaggableText text = seed();
    Tag haftar = tagger.enrich(text).actors().stream()
        .filter(t -> t.id().equals("khalifa-haftar")).findFirst().orElseThrow();

    assertThat(haftar.evidence()).extracting(Evidence::text).contains("خلفية حفتر");
    for (Evidence ev : haftar.evidence()) {
      String field = ev.field().equals("title") ? text.title() : text.body();
      assertThat(field.substring(ev.start(), ev.end())).isEqualTo(ev.text());
    }
  }

  @Test
  void relatedHeadlinesAddNothing() throws IOException {
    // "إدارة ترامب" and the elections appear only in related-article headlines.
    Enrichment e = tagger.enrich(seed());

    assertThat(e.actors()).extracting(Tag::id).doesNotContain("trump-administration", "donald-trump");
    assertThat(e.topics()).extracting(Tag::id).doesNotContain("elections");
  }

  private static TaggableText seed() throws IOException {
    return SeedArticle.text();
  }

}
