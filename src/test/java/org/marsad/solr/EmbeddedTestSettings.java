package org.marsad.solr;

import java.time.Duration;

/** The settings of an embedded test node: collection {@code news}, the shipped configset, a free port on loopback. */
public final class EmbeddedTestSettings {

  private EmbeddedTestSettings() {}

  public static SolrProperties onFreePort() {
    return new SolrProperties(SolrProperties.Mode.EMBEDDED, "news", "marsad", null, null, null, 1, 1,
        new SolrProperties.Embedded(0, "127.0.0.1"), Duration.ofSeconds(30));
  }
}
