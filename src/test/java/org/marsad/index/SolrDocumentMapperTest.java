package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.Evidence;
import org.marsad.enrich.Tag;

/** The names field: every mention of the tagged actors and countries, as written; topics are not names. */
class SolrDocumentMapperTest {

  private final SolrDocumentMapper mapper = new SolrDocumentMapper(new ObjectMapper());

  @Test
  void namesAreTheMentionsOfActorsAndCountries() {
    Enrichment enrichment = new Enrichment(
        List.of(new Tag("antonio-guterres", 2, List.of(
            new Evidence("title", 0, 7, "غوتيريش"), new Evidence("body", 10, 26, "وأنطونيو غوتيريس")))),
        List.of(new Tag("LY", 1, List.of(new Evidence("body", 30, 35, "لليبيا")))),
        List.of(new Tag("migration", 1, List.of(new Evidence("body", 40, 47, "المهاجرين")))));
    SolrInputDocument doc = new SolrInputDocument();
    mapper.setEnrichment(doc, enrichment);
    assertThat(doc.getFieldValues(DocumentField.NAMES.field()))
        .containsExactly("غوتيريش", "وأنطونيو غوتيريس", "لليبيا");
  }

  @Test
  void noTagsNoNames() {
    SolrInputDocument doc = new SolrInputDocument();
    mapper.setEnrichment(doc, Enrichment.NONE);
    assertThat(doc.getFieldValues(DocumentField.NAMES.field())).isNull();
  }
}
