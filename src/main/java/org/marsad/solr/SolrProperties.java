package org.marsad.solr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
    @NotNull @DefaultValue("30s") Duration requestTimeout) {

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
