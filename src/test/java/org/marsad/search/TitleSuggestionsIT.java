package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.solr.Configset;
import org.marsad.solr.EmbeddedTestSettings;
import org.marsad.solr.SolrConnection;
import org.marsad.solr.SolrConnector;

/**
 * The title query of the search box ({@link SuggestService#titleQuery} with the configset's
 * {@code title-suggest} paramset) against a real node: the newest matching titles, found without
 * counting every title that matches, so a one-letter prefix costs the same in any index size.
 */
class TitleSuggestionsIT {

  private static final int MANY = 40;
  @TempDir static Path dataDir;
  private static SolrConnection solr;

  @BeforeAll
  static void startNode() throws Exception {
    solr = new SolrConnector(EmbeddedTestSettings.onFreePort(), Configset.fromClasspath()).open(dataDir);
    List<SolrInputDocument> docs = new ArrayList<>(List.of(
        doc("olive-2015", "زيتون", "2015-03-01"),
        doc("olive-2024", "أسعار زيت الزيتون ترتفع في الأسواق المحلية مع بداية موسم القطف هذا العام", "2024-11-20"),
        doc("olive-2019", "زيتون الجنوب في موسمه", "2019-10-05"),
        doc("algeria", "الجزائر تستضيف القمة", "2022-11-01")));
    for (int i = 0; i < MANY; i++) {
      docs.add(doc("palm-" + i, "واحات النخيل رقم " + i, LocalDate.of(2000 + i % 25, 1 + i % 12, 1).toString()));
    }
    solr.client().add(solr.collection(), docs);
    solr.client().commit(solr.collection());
  }

  @AfterAll
  static void stopNode() throws Exception {
    solr.close();
  }

  /** Scored, the one-word title would come first: shorter titles score higher on the prefix field. */
  @Test
  void theNewestMatchingTitlesComeFirstWhateverTheirLength() throws Exception {
    assertThat(ids(titles("زيت", 6))).containsExactly("olive-2024", "olive-2019", "olive-2015");
  }

  /** Every keystroke on the way to a word finds its titles, where a hamza seat reads differently. */
  @Test
  void eachPrefixOfAWordIsNormalisedAsTheTypedTextIs() throws Exception {
    for (String typed : List.of("الجز", "الجزا", "الجزائ", "الجزائر", "الجزاير")) {
      assertThat(ids(titles(typed, 6))).as(typed).containsExactly("algeria");
    }
  }

  @Test
  void aPrefixMatchingManyTitlesGivesTheNewestWithoutCountingThemAll() throws Exception {
    SolrDocumentList found = titles("واح", 6);
    List<String> newest = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      newest.add("palm-" + i);
    }
    newest.sort((a, b) -> published(b).compareTo(published(a)) != 0
        ? published(b).compareTo(published(a)) : a.compareTo(b));
    assertThat(ids(found)).containsExactlyElementsOf(newest.subList(0, 6));
    // Solr stopped counting once the six were certain: the count is a lower bound, not an exact one.
    assertThat(found.getNumFoundExact()).isFalse();
  }

  private static SolrDocumentList titles(String typed, int limit) throws Exception {
    return solr.client().query(solr.collection(), SuggestService.titleQuery(typed, limit)).getResults();
  }

  private static List<String> ids(SolrDocumentList docs) {
    return docs.stream().map(d -> (String) d.getFirstValue("id")).toList();
  }

  private static LocalDate published(String palmId) {
    int i = Integer.parseInt(palmId.substring("palm-".length()));
    return LocalDate.of(2000 + i % 25, 1 + i % 12, 1);
  }

  private static SolrInputDocument doc(String id, String title, String published) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField("title", title);
    doc.setField("published", Date.from(LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant()));
    return doc;
  }
}
