package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.solr.SolrProperties;

/**
 * {@code marsad.solr.mode=standalone} against a separate Solr node (solr-test-framework's Jetty
 * runner) whose configsets directory holds {@code solr-config/}, as the docker files set it up.
 */
class StandaloneModeIT extends SolrModesITSupport {

  static final SolrSecurity USERS =
      new SolrSecurity("marsad", "standalone-app-password", "solr-admin", "standalone-admin-password");

  static JettySolrRunner solr;

  @BeforeAll
  static void startSolr(@TempDir Path home) throws Exception {
    Files.writeString(home.resolve("solr.xml"),
        "<solr><str name=\"configSetBaseDir\">configsets</str></solr>");
    Configset.fromClasspath().writeTo(home.resolve("configsets/marsad/conf"));
    // Protected as the docker files protect it: Basic auth for every request, the app's user limited.
    Files.writeString(home.resolve("security.json"), USERS.securityJson("news", false));
    solr = new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(0).build());
    solr.start();
  }

  @AfterAll
  static void stopSolr() throws Exception {
    if (solr != null) {
      solr.stop();
    }
  }

  @Test
  void createsTheCoreWhenMissingAndServesSearch(@TempDir Path dataDir) throws Exception {
    SolrProperties settings = settings(solr.getBaseUrl().toString());

    try (SolrConnection connection = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      assertThat(connection.collection()).isEqualTo("news");
      ingestAndSearch(connection, dataDir);
    }
  }

  @Test
  void wrongCredentialsFailAtStartSayingWhich(@TempDir Path dataDir) {
    SolrProperties settings = new SolrProperties(
        SolrProperties.Mode.STANDALONE, "news", "marsad", solr.getBaseUrl().toString(), null, null, 1, 1,
        new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(10));

    assertThatThrownBy(() -> new SolrConnector(settings, Configset.fromClasspath()).open(dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("marsad.solr.username");
  }

  @Test
  void anUnreachableSolrFailsAtStartWithAClearMessage(@TempDir Path dataDir) {
    SolrProperties settings = settings("http://127.0.0.1:1/solr");

    assertThatThrownBy(() -> new SolrConnector(settings, Configset.fromClasspath()).open(dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("http://127.0.0.1:1/solr");
  }

  private static SolrProperties settings(String url) {
    return new SolrProperties(
        SolrProperties.Mode.STANDALONE, "news", "marsad", url, null, null, 1, 1,
        new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(10))
        .withCredentials(USERS.appUser(), USERS.appPassword(), USERS.adminUser(), USERS.adminPassword());
  }
}
