package org.marsad.solr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * The SolrCloud that {@code docker/compose.cloud.yml} runs, in-process for tests and benchmarks:
 * {@value #NODES} Solr nodes with an embedded ZooKeeper (solr-test-framework's
 * {@link MiniSolrCloudCluster}), protected by the {@code security.json} Marsad writes for the
 * docker files (Basic auth for every request; the app's user may only search and update its
 * collection), and Marsad's settings for a collection of {@value #SHARDS} shards x {@value #REPLICAS}
 * replicas on it (each node holds a copy of each shard, so either node may go down).
 * {@code ComposeLayoutTest} holds the docker file to the same numbers.
 */
public final class TwoNodeSolrCloud implements AutoCloseable {

  public static final int NODES = 2;
  public static final int SHARDS = 2;
  public static final int REPLICAS = 2;
  /** The configset name Marsad uploads its one configset ({@code solr-config/}) under. */
  public static final String CONFIGSET = "marsad";

  private final MiniSolrCloudCluster cluster;
  private final SolrSecurity users;
  private final String collection;

  private TwoNodeSolrCloud(MiniSolrCloudCluster cluster, SolrSecurity users, String collection) {
    this.cluster = cluster;
    this.users = users;
    this.collection = collection;
  }

  /** Starts the nodes under {@code dir}; the app's user may use {@code collection} only. */
  public static TwoNodeSolrCloud start(Path dir, String collection, SolrSecurity users) throws Exception {
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(NODES, dir)
        .withTraceIdGenerationDisabled()
        .withSecurityJson(users.securityJson(collection, true))
        .build();
    return new TwoNodeSolrCloud(cluster, users, collection);
  }

  /** Marsad's settings for the collection in the tested layout, with the app's credentials. */
  public SolrProperties settings() {
    return settings(SHARDS, REPLICAS);
  }

  /** Marsad's settings for the collection in another layout, with the app's credentials. */
  public SolrProperties settings(int shards, int replicas) {
    return new SolrProperties(
        SolrProperties.Mode.CLOUD, collection, CONFIGSET, null, zkAddress(), null, shards, replicas,
        new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(30))
        .withCredentials(users.appUser(), users.appPassword(), users.adminUser(), users.adminPassword());
  }

  /** The same settings as arguments of the app's command line ({@code --marsad.solr.*}). */
  public List<String> commandLine() {
    return List.of("--marsad.solr.mode=cloud", "--marsad.solr.zk-hosts=" + zkAddress(),
        "--marsad.solr.collection=" + collection, "--marsad.solr.configset=" + CONFIGSET,
        "--marsad.solr.shards=" + SHARDS, "--marsad.solr.replicas=" + REPLICAS,
        "--marsad.solr.username=" + users.appUser(), "--marsad.solr.password=" + users.appPassword(),
        "--marsad.solr.admin-username=" + users.adminUser(), "--marsad.solr.admin-password=" + users.adminPassword());
  }

  public String zkAddress() {
    return cluster.getZkServer().getZkAddress();
  }

  public String collection() {
    return collection;
  }

  public SolrSecurity users() {
    return users;
  }

  public MiniSolrCloudCluster cluster() {
    return cluster;
  }

  /** Waits until {@code collection} has every replica active. */
  public void waitForActive(String collection, int shards, int replicas) throws InterruptedException {
    cluster.waitForActiveCollection(collection, shards, shards * replicas);
  }

  /** A client of one node (or core URL) with the admin's credentials. */
  public Http2SolrClient adminClient(String baseUrl) {
    return new Http2SolrClient.Builder(baseUrl)
        .withBasicAuthCredentials(users.adminUser(), users.adminPassword()).build();
  }

  @Override
  public void close() throws Exception {
    cluster.shutdown();
  }
}
