package org.marsad.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;

/**
 * The Solr client and the collection that holds the news, however Solr is reached. Thread safe:
 * SolrJ clients are; one instance serves the whole app.
 */
public final class SolrConnection implements AutoCloseable {

  private final SolrClient client;
  private final String collection;
  private final String nodeBaseUrl;
  private final AutoCloseable owned;

  SolrConnection(SolrClient client, String collection, String nodeBaseUrl, AutoCloseable owned) {
    this.client = client;
    this.collection = collection;
    this.nodeBaseUrl = nodeBaseUrl;
    this.owned = owned;
  }

  public SolrClient client() {
    return client;
  }

  public String collection() {
    return collection;
  }

  /** Base URL of a node's admin APIs ({@code http://host:port/solr}); null in cloud mode. */
  public String nodeBaseUrl() {
    return nodeBaseUrl;
  }

  @Override
  public void close() throws IOException {
    try {
      client.close();
    } finally {
      if (owned != null) {
        try {
          owned.close();
        } catch (Exception e) {
          throw new IOException("Could not stop the embedded Solr node", e);
        }
      }
    }
  }
}
