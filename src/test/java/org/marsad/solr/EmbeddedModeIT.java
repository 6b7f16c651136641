package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.solr.SolrProperties;

/** The in-process node: real HTTP, admin APIs, an index that survives restarts. */
class EmbeddedModeIT extends SolrModesITSupport {

  private final SolrProperties settings = new SolrProperties(
      SolrProperties.Mode.EMBEDDED, "news", "marsad", null, null, null, 1, 1,
      new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(30));

  @Test
  void servesSearchAndTheAdminApiOverHttp(@TempDir Path dataDir) throws Exception {
    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      ingestAndSearch(solr, dataDir);

      HttpResponse<String> cores = get(solr.nodeBaseUrl() + "/admin/cores?action=STATUS&wt=json");
      assertThat(cores.statusCode()).isEqualTo(200);
      assertThat(cores.body()).contains("\"news\"");
      HttpResponse<String> analysis = get(solr.nodeBaseUrl()
          + "/news/analysis/field?analysis.fieldtype=text_ar&analysis.fieldvalue=%D9%88%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1&wt=json");
      assertThat(analysis.statusCode()).isEqualTo(200);
    }
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
      for (int i = 0; i < 50 && found == 0; i++) {
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
          "{\"set\":{\"admin-trial\":{\"mm\":\"100%\"}}}");
      assertThat(tuned.statusCode()).isEqualTo(200);
    }
    Files.writeString(conf.resolve("lang/stopwords_ar.txt"), "stale copy\n");

    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      assertThat(Files.readString(conf.resolve("params.json"))).contains("admin-trial");
      assertThat(Files.readString(conf.resolve("lang/stopwords_ar.txt"))).doesNotContain("stale copy");
      assertThat(get(solr.nodeBaseUrl() + "/news/config/params?wt=json").body()).contains("admin-trial");
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

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String json) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
