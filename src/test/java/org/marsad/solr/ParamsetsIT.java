package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset's request parameters: Solr parameters are case-sensitive and a misspelt one is
 * silently ignored, so every name in params.json and in solrconfig.xml's parameter lists must be
 * one Solr knows; and each paramset, the layering of paramsets, the shared highlighting and its
 * invariants must reach a real query.
 */
class ParamsetsIT {

  /** Parameters that edismax, more-like-this, the highlighter and the search handler read. */
  private static final Set<String> KNOWN = Set.of(
      "qf", "pf", "pf2", "pf3", "ps", "ps2", "ps3", "mm", "mm.autoRelax", "tie", "bq", "bf", "boost",
      "uf", "q.alt", "qs", "stopwords", "lowercaseOperators", "sow", "df", "defType", "rows", "fl", "sort",
      "hl", "hl.fl", "hl.method", "hl.snippets", "hl.fragsize", "hl.tag.pre", "hl.tag.post",
      "hl.encoder", "hl.requireFieldMatch", "hl.bs.type", "hl.defaultSummary", "hl.q", "hl.qparser",
      "hl.weightMatches", "hl.usePhraseHighlighter", "hl.highlightMultiTerm", "hl.maxAnalyzedChars",
      "mlt.qf", "mlt.mintf", "mlt.mindf", "mlt.minwl", "mlt.maxqt", "facet.mincount",
      "timeAllowed", "minExactCount", "debugQuery", "echoParams", "",
      // facet-boost's own parameter: the fields its boost's sub-query asks (boost reads it as $tagged).
      "tagged");

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dataDir;
  private static SolrConnection solr;
  private static JsonNode params;

  @BeforeAll
  static void startNode() throws Exception {
    Configset configset = Configset.fromClasspath();
    params = JSON.readTree(configset.file("params.json")).get("params");
    solr = new SolrConnector(EmbeddedTestSettings.onFreePort(), configset).open(dataDir);
    solr.client().add(solr.collection(), List.of(
        doc("in-body", "خبر اليوم", null, "اجتمع الوفد في طبرق <script>alert(1)</script> أمس"),
        doc("in-abstract", "تقرير قصير", "المشير حفتر يزور القاهرة", "نص لا يذكر الاسم"),
        doc("title-only", "طبرق تستقبل الوفود", null, "كلام آخر")));
    solr.client().commit(solr.collection());
  }

  @AfterAll
  static void stopNode() throws Exception {
    solr.close();
  }

  @Test
  void everyParameterNameInTheConfigsetIsOneSolrKnows() throws Exception {
    params.fieldNames().forEachRemaining(name -> params.get(name).fieldNames().forEachRemaining(
        key -> assertThat(KNOWN).as("paramset %s parameter %s", name, key).contains(key)));

    var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Configset.fromClasspath().file("solrconfig.xml")));
    NodeList lists = xml.getElementsByTagName("lst");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < lists.getLength(); i++) {
      Element list = (Element) lists.item(i);
      NodeList entries = list.getChildNodes();
      for (int j = 0; j < entries.getLength(); j++) {
        if (entries.item(j) instanceof Element entry) {
          names.add(entry.getAttribute("name"));
        }
      }
    }
    assertThat(names).contains("hl.encoder", "defType", "mlt.qf").allSatisfy(
        name -> assertThat(KNOWN).as("solrconfig.xml parameter %s", name).contains(name));
  }

  @Test
  void relevanceLivesInTheRelevanceParamsetAlone() throws Exception {
    NamedList<?> echoed = echo(Map.of());
    JsonNode relevance = params.get("relevance");
    for (String knob : List.of("qf", "pf", "ps", "mm", "tie")) {
      assertThat(echoed.get(knob)).as(knob).isEqualTo(relevance.get(knob).asText());
    }
    String solrconfig = new String(Configset.fromClasspath().file("solrconfig.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(solrconfig).doesNotContain("name=\"qf\"", "name=\"pf\"", "name=\"mm\"");
  }

  /** A request's paramset is layered over "relevance": it names only what it changes. */
  @Test
  void everyParamsetReachesAQueryLayeredOverRelevance() throws Exception {
    JsonNode relevance = params.get("relevance");
    List<String> names = new ArrayList<>();
    params.fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("relevance", "no-latin", "recall", "exact-only", "title-suggest");
    for (String name : names) {
      NamedList<?> echoed = echo(Map.of("useParams", name));
      for (String knob : List.of("qf", "pf", "mm", "ps", "tie")) {
        JsonNode own = params.get(name).get(knob);
        String expected = own != null ? own.asText() : relevance.get(knob).asText();
        assertThat(echoed.get(knob)).as("%s of paramset %s", knob, name).isEqualTo(expected);
      }
    }
    assertThat(params.get("no-latin").size()).as("no-latin overrides qf only (and has its version)").isEqualTo(2);
    assertThat(params.get("no-latin").get("qf").asText()).doesNotContain("names_latin", "names_en", "names_translit");
    assertThat(params.get("no-translit").get("qf").asText()).contains("names_en").doesNotContain("names_translit");
    assertThat(params.get("no-names").get("qf").asText()).doesNotContain("names^", "names_en", "names_translit");
  }

  /** facet-boost multiplies the score of documents tagged with a name the query holds. */
  @Test
  void theFacetBoostRanksDocumentsTaggedWithTheNamedActorFirst() throws Exception {
    // "tagged": the tagger found Guterres there (the names field holds its mention).
    SolrInputDocument tagged = tagged(doc("tagged", "زيارة رسمية", null, "وصل الوفد إلى القاهرة بعد أن التقى غوتيريش"), "غوتيريش");
    withDocuments(List.of(tagged, doc("untagged", "تقرير", null, "ذكر غوتيريش في تقرير عن القاهرة")), () -> {
      SolrQuery query = new SolrQuery("غوتيريش القاهرة").setParam("useParams", "facet-boost")
          .setParam("qf", "body").setParam("pf", "");
      assertThat(ids(query)).containsExactly("tagged", "untagged");
      assertThat(ids(new SolrQuery("غوتيريش القاهرة").setParam("qf", "body").setParam("pf", "")))
          .containsExactly("untagged", "tagged");
    });
  }

  /** recent multiplies by the document's freshness: of two equal texts, the newer ranks first. */
  @Test
  void theRecentParamsetRanksTheNewerOfTwoEqualDocumentsFirst() throws Exception {
    SolrInputDocument older = doc("older", "تقرير", null, "زيارة غوتيريش إلى بنغازي");
    older.addField("published", "2016-03-01T00:00:00Z");
    SolrInputDocument newer = doc("newer", "تقرير", null, "زيارة غوتيريش إلى بنغازي");
    newer.addField("published", "2024-03-01T00:00:00Z");
    withDocuments(List.of(older, newer), () -> {
      SolrQuery recent = new SolrQuery("غوتيريش بنغازي").setParam("useParams", "relevance,recent");
      assertThat(ids(recent)).containsExactly("newer", "older");
      // Without it the two score the same: the order above is the recency boost's.
      assertThat(scoreOf(new SolrQuery("غوتيريش بنغازي"), "newer"))
          .isEqualTo(scoreOf(new SolrQuery("غوتيريش بنغازي"), "older"));
    });
  }

  /**
   * The relevance paramset's phrase fields hold the tagged names: a document tagged with the whole
   * name a query gives ranks above one tagged with a namesake that shares two of its words.
   */
  @Test
  void aDocumentTaggedWithTheWholeNameRanksAboveANamesake() throws Exception {
    SolrInputDocument namesake = tagged(doc("namesake", "تصريحات", null, "قال عبد الفتاح مورو إن السيسي لم يرد"), "عبد الفتاح مورو");
    SolrInputDocument whole = tagged(doc("whole", "تصريحات", null, "قال عبد الفتاح السيسي إن الحوار لم يبدأ"), "عبد الفتاح السيسي");
    withDocuments(List.of(namesake, whole), () -> {
      assertThat(ids(new SolrQuery("عبد الفتاح السيسي"))).startsWith("whole");
      // The phrase in the names adds to the score: without the names in pf it is lower.
      float shipped = scoreOf(new SolrQuery("عبد الفتاح السيسي"), "whole");
      float textOnly = scoreOf(new SolrQuery("عبد الفتاح السيسي").setParam("pf", "title_exact^3 body_exact"), "whole");
      assertThat(shipped).isGreaterThan(textOnly);
    });
  }

  @Test
  void theLatinNamesOfAnAbstractAreFoundAndNoLatinSwitchesThemOff() throws Exception {
    assertThat(ids(new SolrQuery("haftar"))).containsExactly("in-abstract");
    assertThat(ids(new SolrQuery("haftar").setParam("useParams", "no-latin"))).isEmpty();
  }

  @Test
  void aMatchInTheAbstractIsHighlighted() throws Exception {
    QueryResponse response = solr.client().query(solr.collection(),
        new SolrQuery("القاهرة").setParam("hl", true));
    assertThat(response.getHighlighting().get("in-abstract").get("abstract"))
        .anySatisfy(s -> assertThat(s).contains("<mark>القاهرة</mark>"));
  }

  /** The encoder and tags are invariants: a client cannot switch escaping off or choose its tags. */
  @Test
  void highlightingEscapesAndMarksWhateverTheClientAsks() throws Exception {
    SolrQuery query = new SolrQuery("طبرق");
    askForRawHighlights(query);
    List<String> snippets = solr.client().query(solr.collection(), query).getHighlighting().get("in-body").get("body");
    assertThat(snippets).anySatisfy(s -> assertThat(s)
        .contains("<mark>طبرق</mark>", "&lt;script&gt;").doesNotContain("<script>", "<b onclick"));

    // The similar-documents handler shares the same highlighting and the same invariants.
    SolrQuery similar = new SolrQuery("{!mlt qf=title,body mintf=1 mindf=1 minwl=3}title-only");
    similar.setRequestHandler("/similar");
    askForRawHighlights(similar);
    similar.set("echoParams", "all");
    NamedList<?> echoed = (NamedList<?>) solr.client().query(solr.collection(), similar).getHeader().get("params");
    assertThat(echoed.get("hl.encoder")).isEqualTo("html");
    assertThat(echoed.get("hl.tag.pre")).isEqualTo("<mark>");
    assertThat(echoed.get("hl.fl")).isEqualTo("title abstract body");
  }

  private static void askForRawHighlights(SolrQuery query) {
    query.set("hl", true);
    query.set("hl.defaultSummary", true);
    query.set("hl.encoder", "");
    query.set("hl.tag.pre", "<b onclick=x>");
    query.set("hl.tag.post", "</b>");
  }

  @Test
  void titleSuggestionsMatchTheStartOfTitleWordsOnly() throws Exception {
    SolrQuery query = new SolrQuery("طبر").setParam("useParams", "title-suggest");
    assertThat(ids(query)).containsExactly("title-only");
    NamedList<?> echoed = echo(Map.of("useParams", "title-suggest"));
    assertThat(echoed.get("sort")).isEqualTo(params.get("title-suggest").get("sort").asText());
  }

  private static NamedList<?> echo(Map<String, String> extra) throws Exception {
    SolrQuery query = new SolrQuery("ليبيا");
    extra.forEach(query::set);
    query.set("echoParams", "all");
    return (NamedList<?>) solr.client().query(solr.collection(), query).getHeader().get("params");
  }

  /** A check that may throw. */
  private interface Check {
    void run() throws Exception;
  }

  /** Runs {@code check} with {@code docs} in the index, and takes them out again whatever happens. */
  private static void withDocuments(List<SolrInputDocument> docs, Check check) throws Exception {
    solr.client().add(solr.collection(), docs);
    solr.client().commit(solr.collection());
    try {
      check.run();
    } finally {
      solr.client().deleteById(solr.collection(), docs.stream().map(d -> (String) d.getFieldValue("id")).toList());
      solr.client().commit(solr.collection());
    }
  }

  private static float scoreOf(SolrQuery query, String id) throws Exception {
    query.setFields("id", "score");
    return solr.client().query(solr.collection(), query).getResults().stream()
        .filter(d -> id.equals(d.getFirstValue("id"))).map(d -> (Float) d.getFirstValue("score"))
        .findFirst().orElseThrow();
  }

  private static List<String> ids(SolrQuery query) throws Exception {
    query.setFields("id");
    return solr.client().query(solr.collection(), query).getResults().stream()
        .map(d -> (String) d.getFirstValue("id")).toList();
  }

  private static SolrInputDocument doc(String id, String title, String abstractText, String body) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField("title", title);
    if (abstractText != null) {
      doc.setField("abstract", abstractText);
    }
    doc.setField("body", body);
    return doc;
  }

  /** The document with a name the tagger found in it, as ingest writes {@code names}. */
  private static SolrInputDocument tagged(SolrInputDocument doc, String name) {
    doc.addField("names", name);
    return doc;
  }
}
