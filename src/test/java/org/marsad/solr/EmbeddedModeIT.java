package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.Lang;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.enrich.NameDiscovery;
import org.marsad.search.Facet;
import org.marsad.search.SearchFilters;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchService;
import org.junit.jupiter.api.io.TempDir;

/** The in-process node: real HTTP, admin APIs, searches called in-process, an index that survives restarts. */
class EmbeddedModeIT extends SolrModesITSupport {

  static final String APP = "marsad:app-password-for-tests";
  static final String ADMIN = "solr-admin:admin-password-for-tests";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SolrProperties settings = EmbeddedTestSettings.onFreePort()
      .withCredentials("marsad", "app-password-for-tests", "solr-admin", "admin-password-for-tests");

  @Test
  void solrRefusesRequestsWithoutCredentialsAndKeepsAdminApisFromTheAppsUser(@TempDir Path dataDir) throws Exception {
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      String base = solr.nodeBaseUrl();
      String select = base + "/news/select?q=*:*&wt=json";
      String params = base + "/news/config/params";
      String setEncoder = "{\"set\":{\"relevance\":{\"hl.encoder\":\"default\"}}}";

      // Nobody without credentials: not search, not update, not admin.
      assertThat(get(select, null).statusCode()).isEqualTo(401);
      assertThat(post(base + "/news/update?commit=true", "[{\"id\":\"x\"}]", null).statusCode()).isEqualTo(401);
      assertThat(get(base + "/admin/cores?action=STATUS", null).statusCode()).isEqualTo(401);
      assertThat(post(params, setEncoder, null).statusCode()).isEqualTo(401);
      assertThat(get(base + "/admin/info/system?wt=json", "marsad:wrong-password").statusCode()).isEqualTo(401);

      // The app's user searches and updates the news collection, and nothing else.
      assertThat(get(select, APP).statusCode()).isEqualTo(200);
      assertThat(post(base + "/news/update?commit=true", "[{\"id\":\"x\",\"title\":\"t\"}]", APP).statusCode()).isEqualTo(200);
      assertThat(get(base + "/admin/cores?action=STATUS", APP).statusCode()).isEqualTo(403);
      assertThat(post(base + "/admin/cores?action=RELOAD&core=news", "", APP).statusCode()).isEqualTo(403);
      assertThat(post(params, setEncoder, APP).statusCode()).isEqualTo(403);
      assertThat(get(base + "/admin/info/properties?wt=json", APP).statusCode()).isEqualTo(403);

      // The admin may.
      assertThat(get(base + "/admin/info/system?wt=json", ADMIN).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void generatedCredentialsAreKeptPrivateInTheDataDirectoryAndOnlyHashesReachSolr(@TempDir Path dataDir) throws Exception {
    SolrProperties generated = EmbeddedTestSettings.onFreePort();
    java.util.Properties credentials = new java.util.Properties();
    try (SolrConnection solr = new SolrConnector(generated, Configset.fromClasspath()).open(dataDir)) {
      Path file = dataDir.resolve(SolrSecurity.CREDENTIALS_FILE);
      try (var in = Files.newInputStream(file)) {
        credentials.load(in);
      }
      assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
          java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      String app = credentials.getProperty("app.username") + ":" + credentials.getProperty("app.password");
      assertThat(credentials.getProperty("app.password")).hasSizeGreaterThanOrEqualTo(30);
      assertThat(get(solr.nodeBaseUrl() + "/news/select?q=*:*", app).statusCode()).isEqualTo(200);
      String securityJson = Files.readString(dataDir.resolve("solr/security.json"));
      assertThat(securityJson).contains("blockUnknown").doesNotContain(credentials.getProperty("app.password"))
          .doesNotContain(credentials.getProperty("admin.password"));
    }
    // A restart reuses them.
    try (SolrConnection solr = new SolrConnector(generated, Configset.fromClasspath()).open(dataDir)) {
      String app = credentials.getProperty("app.username") + ":" + credentials.getProperty("app.password");
      assertThat(get(solr.nodeBaseUrl() + "/news/select?q=*:*", app).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void servesSearchAndTheAdminApiOverHttp(@TempDir Path dataDir) throws Exception {
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      ingestAndSearch(solr, dataDir);

      HttpResponse<String> cores = get(solr.nodeBaseUrl() + "/admin/cores?action=STATUS&wt=json", ADMIN);
      assertThat(cores.statusCode()).isEqualTo(200);
      assertThat(cores.body()).contains("\"news\"");
      // The field-analysis API runs the configset's chain: والأخبار loses و and ال and its hamza.
      HttpResponse<String> analysis = get(solr.nodeBaseUrl()
          + "/news/analysis/field?analysis.fieldtype=text_ar&analysis.fieldvalue=%D9%88%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1&wt=json", ADMIN);
      assertThat(analysis.statusCode()).isEqualTo(200);
      JsonNode stages = JSON.readTree(analysis.body()).at("/analysis/field_types/text_ar/index");
      JsonNode last = stages.get(stages.size() - 1);
      assertThat(last.findValuesAsText("text")).containsExactly("اخبار");
      // Schema and paramsets as shipped are what the core runs.
      assertThat(get(solr.nodeBaseUrl() + "/news/schema/fields/names_latin?wt=json", ADMIN).body()).contains("text_ar_names");
      assertThat(get(solr.nodeBaseUrl() + "/news/config/params?wt=json", ADMIN).body()).contains("title-suggest");
    }
  }

  /**
   * Searches call the core in the app's own thread, and get what HTTP gets: the relevance
   * paramset, hits in the same order, highlighting, facets; a bad request is refused the same (400).
   */
  @Test
  void searchesCallTheCoreInProcessAndAnswerAsOverHttp(@TempDir Path dataDir) throws Exception {
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      ingestAndSearch(solr, dataDir);
      assertThat(solr.searchClient()).isInstanceOf(InProcessSearchClient.class).isNotSameAs(solr.client());

      SolrQuery query = new SolrQuery("ليبيا").setFacet(true).addFacetField("country").setFields("id,title,published");
      query.set("hl", true);
      query.set("echoParams", "all");
      query.set("timeAllowed", 10_000);
      query.set("cpuAllowed", 10_000);
      QueryResponse overHttp = solr.client().query(solr.collection(), query);
      QueryResponse inProcess = solr.searchClient().query(solr.collection(), query);

      assertThat(inProcess.getResults().getNumFound()).isPositive().isEqualTo(overHttp.getResults().getNumFound());
      assertThat(inProcess.getResults().toString()).isEqualTo(overHttp.getResults().toString());
      assertThat(inProcess.getHighlighting()).isNotEmpty().isEqualTo(overHttp.getHighlighting());
      assertThat(inProcess.getFacetField("country").getValues().toString())
          .isEqualTo(overHttp.getFacetField("country").getValues().toString());
      NamedList<?> params = (NamedList<?>) inProcess.getHeader().get("params");
      assertThat(params.get("mm")).as("the relevance paramset applies").isNotNull()
          .isEqualTo(((NamedList<?>) overHttp.getHeader().get("params")).get("mm"));

      SolrQuery malformed = new SolrQuery("ليبيا").setParam("sort", "no_such_field asc");
      assertThatThrownBy(() -> solr.client().query(solr.collection(), malformed))
          .isInstanceOfSatisfying(SolrException.class, e -> assertThat(e.code()).isEqualTo(400));
      assertThatThrownBy(() -> solr.searchClient().query(solr.collection(), malformed))
          .isInstanceOfSatisfying(SolrException.class, e -> assertThat(e.code()).isEqualTo(400));
    }
  }

  /**
   * The in-process client reads answers straight from the searcher, without Solr's javabin round
   * trip; they equal, value for value and type for type, what Solr's {@code EmbeddedSolrServer}
   * gets through javabin, for the app's own searches (facets, date ranges, highlighting, collapsed
   * near-duplicates with their expansions, cursors, browsing) and a debug answer.
   */
  @Test
  void inProcessAnswersEqualWhatJavabinGivesTypeForType(@TempDir Path dataDir) throws Exception {
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      ingestAndSearch(solr, dataDir);
      KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
      SearchService search = new SearchService(solr, new LiveKnowledgeBase(() -> kb, new NameDiscovery()));
      SearchFilters filters = new SearchFilters(Map.of(Facet.COUNTRY, List.of("LY")), Map.of(), null, null);
      List<SolrQuery> queries = List.of(
          search.solrQuery(SearchRequest.of("ليبيا", SearchFilters.NONE, 10, Lang.AR)),
          search.solrQuery(new SearchRequest("ليبيا", null, filters, SearchRequest.Sort.RELEVANCE, 0, 10, null,
              false, SearchRequest.DateGap.YEAR, Lang.EN)),
          search.solrQuery(new SearchRequest("ليبيا", null, SearchFilters.NONE, SearchRequest.Sort.RELEVANCE, 0, 10,
              null, true, SearchRequest.DateGap.MONTH, Lang.AR)),
          search.solrQuery(new SearchRequest("ليبيا", null, SearchFilters.NONE, SearchRequest.Sort.NEWEST, 0, 10,
              "*", false, SearchRequest.DateGap.MONTH, Lang.AR)),
          search.solrQuery(SearchRequest.of(null, SearchFilters.NONE, 10, Lang.AR)),
          new SolrQuery("ليبيا").setParam("debugQuery", "true").setFields("*", "score"));
      EmbeddedSolrServer javabin = new EmbeddedSolrServer(
          ((EmbeddedSolrServer) solr.searchClient()).getCoreContainer(), solr.collection());
      for (SolrQuery query : queries) {
        String direct = typed(solr.searchClient().request(new QueryRequest(query), solr.collection()));
        assertThat(direct).as(query.toString()).isEqualTo(typed(javabin.request(new QueryRequest(query), solr.collection())));
        assertThat(direct).contains("SolrDocument{");
      }
      assertThat(((InProcessSearchClient) solr.searchClient()).javabinAnswers())
          .as("every answer was read straight from the searcher").isZero();
    }
  }

  /** A value with the types of everything in it; timings left out. */
  private static String typed(Object value) {
    StringBuilder out = new StringBuilder();
    if (value instanceof NamedList<?> list) {
      out.append(list.getClass().getSimpleName()).append('{');
      for (int i = 0; i < list.size(); i++) {
        if (!Set.of("QTime", "timing").contains(list.getName(i))) {
          out.append(list.getName(i)).append('=').append(typed(list.getVal(i))).append(", ");
        }
      }
      return out.append('}').toString();
    }
    if (value instanceof SolrDocumentList docs) {
      out.append("SolrDocumentList(").append(docs.getNumFound()).append(',').append(docs.getStart()).append(',')
          .append(docs.getMaxScore()).append(',').append(docs.getNumFoundExact()).append(')');
    }
    if (value instanceof SolrDocument doc) {
      out.append("SolrDocument{");
      doc.forEach((name, v) -> out.append(name).append('=').append(typed(v)).append(", "));
      return out.append('}').toString();
    }
    if (value instanceof Map<?, ?> map) {
      out.append(map.getClass().getSimpleName()).append('{');
      map.forEach((k, v) -> out.append(k).append('=').append(typed(v)).append(", "));
      return out.append('}').toString();
    }
    if (value instanceof Iterable<?> items) {
      out.append('[');
      items.forEach(item -> out.append(typed(item)).append(", "));
      return out.append(']').toString();
    }
    return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
  }

  /**
   * An upgrade brings shipped tuning to the paramsets an admin left alone and keeps the ones an
   * admin changed through Solr's API.
   */
  @Test
  void anUpgradeTunesUntouchedParamsetsAndKeepsEditedOnes(@TempDir Path dataDir) throws Exception {
    Configset installed = Configset.fromClasspath();
    try (SolrConnection solr = new SolrConnector(settings, installed).open(dataDir)) {
      HttpResponse<String> tuned = post(solr.nodeBaseUrl() + "/news/config/params",
          "{\"update\":{\"recall\":{\"mm\":\"50%\"}}}", ADMIN);
      assertThat(tuned.statusCode()).isEqualTo(200);
    }

    ObjectNode params = (ObjectNode) JSON.readTree(installed.file("params.json"));
    ((ObjectNode) params.at("/params/relevance")).put("mm", "100%");
    ((ObjectNode) params.at("/params/recall")).put("mm", "2");
    Map<String, byte[]> files = new HashMap<>();
    installed.fileNames().forEach(name -> files.put(name, installed.file(name)));
    files.put("params.json", JSON.writeValueAsBytes(params));
    Configset upgrade = Configset.of(files);

    try (SolrConnection solr = new SolrConnector(settings, upgrade).open(dataDir)) {
      assertThat(echoed(solr, null, "mm")).as("untouched: the shipped tuning arrives").isEqualTo("100%");
      assertThat(echoed(solr, "recall", "mm")).as("edited by the admin: kept").isEqualTo("50%");
    }
    // And the next start, with nothing new shipped, changes nothing.
    try (SolrConnection solr = new SolrConnector(settings, upgrade).open(dataDir)) {
      assertThat(echoed(solr, null, "mm")).isEqualTo("100%");
      assertThat(echoed(solr, "recall", "mm")).isEqualTo("50%");
    }
  }

  /** Without the relevance paramset every search would fail: the start stops and says why. */
  @Test
  void aConfigsetWithoutTheRelevanceParamsetStopsTheStart(@TempDir Path dataDir) throws Exception {
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      assertThat(post(solr.nodeBaseUrl() + "/news/config/params", "{\"delete\":\"relevance\"}", ADMIN).statusCode())
          .isEqualTo(200);
    }

    assertThatThrownBy(() -> new SolrConnector(settings, Configset.fromClasspath()).open(dataDir).close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no 'relevance' paramset");
  }

  private static Object echoed(SolrConnection solr, String paramset, String name) throws Exception {
    SolrQuery query = new SolrQuery("ليبيا");
    if (paramset != null) {
      query.set("useParams", paramset);
    }
    query.set("echoParams", "all");
    return ((NamedList<?>) solr.client().query(solr.collection(), query).getHeader().get("params")).get(name);
  }

  @Test
  void anAcknowledgedDocumentSurvivesARestartWithoutAnExplicitCommit(@TempDir Path dataDir) throws Exception {
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField("id", "kept");
      doc.setField("title", "خبر يبقى بعد إعادة التشغيل");
      doc.setField("body", "نص");
      solr.client().add(solr.collection(), doc);
    }

    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      assertThat((Object) solr.client().getById(solr.collection(), "kept")).isNotNull();
      // Searchable again once the node has replayed its update log (within the soft-commit time).
      long found = 0;
      for (int i = 0; i < 100 && found == 0; i++) {
        found = solr.client().query(solr.collection(), new SolrQuery("*:*").addFilterQuery("id:kept")).getResults().getNumFound();
        Thread.sleep(found == 0 ? 200 : 0);
      }
      assertThat(found).isEqualTo(1);
    }
  }

  @Test
  void aRestartKeepsTheAdminsTuningButRefreshesTheRest(@TempDir Path dataDir) throws Exception {
    Path conf = dataDir.resolve("solr/configsets/marsad/conf");
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      HttpResponse<String> tuned = post(solr.nodeBaseUrl() + "/news/config/params",
          "{\"set\":{\"admin-trial\":{\"mm\":\"100%\"}}}", ADMIN);
      assertThat(tuned.statusCode()).isEqualTo(200);
    }
    Files.writeString(conf.resolve("lang/stopwords_ar.txt"), "stale copy\n");

    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      assertThat(Files.readString(conf.resolve("params.json"))).contains("admin-trial");
      assertThat(Files.readString(conf.resolve("lang/stopwords_ar.txt"))).doesNotContain("stale copy");
      assertThat(get(solr.nodeBaseUrl() + "/news/config/params?wt=json", ADMIN).body()).contains("admin-trial");
    }
  }

  @Test
  void everyConfigsetFileReachesTheSolrHome(@TempDir Path dataDir) throws Exception {
    Configset configset = Configset.fromClasspath();
    try (SolrConnection ignored = new SolrConnector(settings, configset).open(dataDir)) {
      Set<String> names = configset.fileNames();
      assertThat(names).contains("solrconfig.xml", "managed-schema.xml", "params.json", "lang/stopwords_ar.txt");
      for (String name : names) {
        assertThat(dataDir.resolve("solr/configsets/marsad/conf").resolve(name)).exists();
      }
    }
  }

  /** GET with Basic credentials {@code user:password}, or none when null. */
  static HttpResponse<String> get(String url, String credentials) throws Exception {
    return HttpClient.newHttpClient().send(
        authorized(HttpRequest.newBuilder(URI.create(url)), credentials).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, String json, String credentials) throws Exception {
    return HttpClient.newHttpClient().send(
        authorized(HttpRequest.newBuilder(URI.create(url)), credentials).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String credentials) {
    return credentials == null ? request : request.header("Authorization", "Basic "
        + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
