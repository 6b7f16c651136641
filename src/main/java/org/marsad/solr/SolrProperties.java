package org.marsad.solr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Marsad reaches Solr ({@code marsad.solr.*}).
 *
 * @param mode embedded (an in-process node over HTTP), standalone (a URL) or cloud (ZooKeeper)
 * @param collection the core (embedded, standalone) or collection (cloud) that holds the news
 * @param configset the configset name used when the core or collection is created
 * @param url standalone: base URL of the Solr node, e.g. {@code http://solr:8983/solr}
 * @param zkHosts cloud: ZooKeeper connect string, e.g. {@code zk1:2181,zk2:2181}
 * @param zkChroot cloud: optional ZooKeeper chroot, e.g. {@code /solr}
 * @param shards cloud: shards of a collection Marsad creates
 * @param replicas cloud: replicas per shard of a collection Marsad creates
 * @param embedded settings of the in-process node
 * @param requestTimeout how long one Solr request may take
 * @param username the user Marsad queries and indexes as (embedded: generated when not set)
 * @param password its password (embedded: generated into the data directory when not set)
 * @param adminUsername Solr's admin user (embedded: written into security.json; standalone and
 *     cloud: used only to create the core or collection and upload the configset when missing)
 * @param adminPassword its password (embedded: generated into the data directory when not set)
 */
@Validated
@ConfigurationProperties("marsad.solr")
public record SolrProperties(
    @NotNull @DefaultValue("embedded") Mode mode,
    @NotBlank @DefaultValue("news") String collection,
    @NotBlank @DefaultValue("marsad") String configset,
    String url,
    String zkHosts,
    String zkChroot,
    @Min(1) @DefaultValue("1") int shards,
    @Min(1) @DefaultValue("1") int replicas,
    @Valid @DefaultValue Embedded embedded,
    @NotNull @DefaultValue("30s") Duration requestTimeout,
    String username,
    String password,
    String adminUsername,
    String adminPassword) {

  @ConstructorBinding
  public SolrProperties {}

  /** Settings without credentials (embedded mode generates them). */
  public SolrProperties(Mode mode, String collection, String configset, String url, String zkHosts,
      String zkChroot, int shards, int replicas, Embedded embedded, Duration requestTimeout) {
    this(mode, collection, configset, url, zkHosts, zkChroot, shards, replicas, embedded, requestTimeout,
        null, null, null, null);
  }

  /** These settings with the app's and the admin's credentials. */
  public SolrProperties withCredentials(String user, String pass, String adminUser, String adminPass) {
    return new SolrProperties(mode, collection, configset, url, zkHosts, zkChroot, shards, replicas,
        embedded, requestTimeout, user, pass, adminUser, adminPass);
  }

  @Override
  public String toString() {
    // Never the passwords.
    return "SolrProperties[mode=" + mode + ", collection=" + collection + ", url=" + url
        + ", zkHosts=" + zkHosts + ", username=" + username + ", adminUsername=" + adminUsername + "]";
  }

  /** Where Solr runs. */
  public enum Mode {
    EMBEDDED,
    STANDALONE,
    CLOUD
  }

  /**
   * The in-process node.
   *
   * @param port HTTP port, bound to the loopback interface only
   * @param host interface to bind; keep the loopback unless Solr must be reachable from outside
   */
  public record Embedded(
      @Min(0) @Max(65535) @DefaultValue("8983") int port,
      @NotBlank @DefaultValue("127.0.0.1") String host) {}
}
