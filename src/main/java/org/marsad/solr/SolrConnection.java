package org.marsad.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;

/**
 * The Solr client and the collection that holds the news, however Solr is reached. Thread safe:
 * SolrJ clients are; one instance serves the whole app.
 */
public final class SolrConnection implements AutoCloseable {

  private final SolrClient client;
  private final SolrClient searchClient;
  private final String collection;
  private final String nodeBaseUrl;
  private final AutoCloseable owned;

  SolrConnection(SolrClient client, String collection, String nodeBaseUrl, AutoCloseable owned) {
    this(client, client, collection, nodeBaseUrl, owned);
  }

  SolrConnection(SolrClient client, SolrClient searchClient, String collection, String nodeBaseUrl,
      AutoCloseable owned) {
    this.client = client;
    this.searchClient = searchClient;
    this.collection = collection;
    this.nodeBaseUrl = nodeBaseUrl;
    this.owned = owned;
  }

  /** The client for everything: writes, commits, gets, admin requests and queries. */
  public SolrClient client() {
    return client;
  }

  /**
   * The client for the user's searches. With the embedded node it calls the node's core in the
   * calling thread ({@link InProcessSearchClient}): the same request handlers, paramsets, limits and
   * answer as over HTTP, without a second HTTP exchange inside every API request (about a
   * millisecond of the API's time on two cores, more under load). Otherwise it is {@link #client()}.
   */
  public SolrClient searchClient() {
    return searchClient;
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
      if (searchClient != client) {
        searchClient.close(); // leaves the node's core container to the node
      }
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
