package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad.solr.mode=cloud} on a real two-node SolrCloud with embedded ZooKeeper: Marsad
 * uploads its configset, creates the collection and serves the same search as in embedded mode.
 */
class CloudModeIT extends SolrModesITSupport {

  static final SolrSecurity USERS =
      new SolrSecurity("marsad", "cloud-app-password", "solr-admin", "cloud-admin-password");

  // Protected as the docker files protect it: Basic auth for every request, the app's user limited.
  static TwoNodeSolrCloud cloud;

  @BeforeAll
  static void startCluster(@TempDir Path dir) throws Exception {
    cloud = TwoNodeSolrCloud.start(dir.resolve("cluster"), "news-cloud", USERS);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void createsTheCollectionFromTheConfigsetAndServesSearch(@TempDir Path dataDir) throws Exception {
    SolrProperties settings = cloud.settings(2, 1);

    try (SolrConnection solr = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      var client = cloud.cluster().getSolrClient();
      ConfigSetAdminRequest.List configsets = new ConfigSetAdminRequest.List();
      configsets.setBasicAuthCredentials(USERS.adminUser(), USERS.adminPassword());
      assertThat(configsets.process(client).getConfigSets()).contains("marsad");
      CollectionAdminRequest.ClusterStatus status = CollectionAdminRequest.getClusterStatus();
      status.setBasicAuthCredentials(USERS.adminUser(), USERS.adminPassword());
      assertThat(status.process(client).getResponse().toString()).contains("news-cloud");
      // The app's user may search its collection but not administer the cluster.
      CollectionAdminRequest.ClusterStatus asApp = CollectionAdminRequest.getClusterStatus();
      asApp.setBasicAuthCredentials(USERS.appUser(), USERS.appPassword());
      assertThatThrownBy(() -> asApp.process(client)).hasMessageContaining("403");
      cloud.waitForActive("news-cloud", 2, 1);

      ingestAndSearch(solr, dataDir);
    }

    // A second start finds the collection and leaves it alone.
    try (SolrConnection again = new SolrConnector(settings, Configset.fromClasspath()).open(dataDir)) {
      assertThat(again.client().query("news-cloud", new org.apache.solr.client.solrj.SolrQuery("*:*"))
          .getResults().getNumFound()).isEqualTo(2);
    }
  }
}
