package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker/compose.cloud.yml} runs the SolrCloud layout the fault tests run
 * ({@link TwoNodeSolrCloud}): as many Solr nodes, the collection with as many shards and replicas,
 * the same configset, and Solr protected by the same {@code security.json} (written by {@link
 * SolrSecurityFile} in cloud mode for the collection the app uses).
 */
class ComposeLayoutTest {

  private static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws IOException {
    try (Reader in = Files.newBufferedReader(Path.of("docker", "compose.cloud.yml"), StandardCharsets.UTF_8)) {
      Map<String, Object> compose = new Yaml().load(in); // resolves the file's anchors and merge keys
      services = (Map<String, Map<String, Object>>) compose.get("services");
    }
  }

  @Test
  void asManySolrNodesAsTested() {
    List<String> nodes = services.entrySet().stream()
        .filter(s -> String.valueOf(s.getValue().get("image")).startsWith("solr:"))
        .filter(s -> environment(s.getKey()).containsKey("ZK_HOST"))
        .map(Map.Entry::getKey).toList();
    assertThat(nodes).hasSize(TwoNodeSolrCloud.NODES);
    for (String node : nodes) {
      // Marsad's analysis filters and ICU come as the plugin jar and Solr's module (on the tests' classpath).
      assertThat(environment(node)).containsEntry("SOLR_MODULES", "analysis-extras");
      assertThat(services.get(node).get("volumes").toString()).contains("target/solr-plugin:/var/solr/data/lib");
    }
  }

  @Test
  void theAppCreatesTheTestedCollectionFromTheOneConfigset() {
    Map<String, Object> app = environment("marsad");
    assertThat(app).containsEntry("MARSAD_SOLR_MODE", "cloud")
        .containsEntry("MARSAD_SOLR_SHARDS", String.valueOf(TwoNodeSolrCloud.SHARDS))
        .containsEntry("MARSAD_SOLR_REPLICAS", String.valueOf(TwoNodeSolrCloud.REPLICAS));
    assertThat(app.getOrDefault("MARSAD_SOLR_CONFIGSET", TwoNodeSolrCloud.CONFIGSET)).isEqualTo(TwoNodeSolrCloud.CONFIGSET);
  }

  @Test
  void solrIsProtectedByTheTestedSecurityFileForTheAppsCollection() {
    String entrypoint = services.get("solr-security").get("entrypoint").toString();
    assertThat(entrypoint).contains("-Dloader.main=" + SolrSecurityFile.class.getName()).endsWith("cloud]");
    Object securedCollection = environment("solr-security").getOrDefault("MARSAD_SOLR_COLLECTION", "news");
    assertThat(environment("marsad").get("MARSAD_SOLR_COLLECTION")).isEqualTo(securedCollection);
    // The same users on both sides of the app.
    for (String user : List.of("MARSAD_SOLR_USERNAME", "MARSAD_SOLR_ADMIN_USERNAME")) {
      assertThat(environment("marsad").get(user)).isEqualTo(environment("solr-security").get(user));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(String service) {
    Object env = services.get(service).get("environment");
    return env == null ? Map.of() : (Map<String, Object>) env;
  }
}
