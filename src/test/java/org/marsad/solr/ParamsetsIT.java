package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.solr.SolrProperties;

/**
 * The relevance paramsets in params.json: Solr parameters are case-sensitive and a misspelt one is
 * silently ignored, so every name must be one Solr knows, and each set must reach a real query.
 */
class ParamsetsIT {

  /** Parameters that edismax, the highlighter and the search handler read. */
  private static final Set<String> KNOWN = Set.of(
      "qf", "pf", "pf2", "pf3", "ps", "ps2", "ps3", "mm", "mm.autoRelax", "tie", "bq", "bf", "boost",
      "uf", "q.alt", "qs", "stopwords", "lowercaseOperators", "sow", "df", "rows", "fl", "sort",
      "hl", "hl.fl", "hl.method", "hl.snippets", "hl.fragsize", "hl.tag.pre", "hl.tag.post",
      "hl.encoder", "hl.requireFieldMatch", "hl.bs.type", "hl.defaultSummary", "hl.q", "hl.qparser",
      "hl.weightMatches", "hl.usePhraseHighlighter", "hl.highlightMultiTerm", "hl.maxAnalyzedChars",
      "timeAllowed", "debugQuery", "echoParams", "");

  @Test
  void everyParamsetUsesOnlyParametersSolrKnowsAndReachesAQuery(@TempDir Path dataDir) throws Exception {
    Configset configset = Configset.fromClasspath();
    JsonNode params = new ObjectMapper().readTree(configset.file("params.json")).get("params");
    List<String> names = new ArrayList<>();
    params.fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("relevance");
    for (String name : names) {
      Iterator<String> keys = params.get(name).fieldNames();
      keys.forEachRemaining(key -> assertThat(KNOWN).as("paramset %s parameter %s", name, key).contains(key));
    }

    SolrProperties settings = new SolrProperties(
        SolrProperties.Mode.EMBEDDED, "news", "marsad", null, null, null, 1, 1,
        new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(30));
    try (SolrConnection solr = new SolrConnector(settings, configset).open(dataDir)) {
      for (String name : names) {
        SolrQuery query = new SolrQuery("ليبيا");
        query.set("useParams", name);
        query.set("echoParams", "all");
        NamedList<?> echoed = (NamedList<?>) solr.client().query(solr.collection(), query)
            .getHeader().get("params");
        String qf = params.get(name).path("qf").asText(null);
        if (qf != null) {
          assertThat(echoed.get("qf")).as("qf applied by paramset %s", name).isEqualTo(qf);
        }
      }
    }
  }
}
