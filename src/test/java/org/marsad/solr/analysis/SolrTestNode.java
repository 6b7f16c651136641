package org.marsad.solr.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.marsad.solr.EmbeddedSolrNode;

/**
 * A real Solr node on a random port over a temporary Solr home, with cores made from configset
 * directories: the project's {@code solr-config/conf} or a variant of it. For integration tests
 * and benchmarks; not thread safe.
 */
public final class SolrTestNode implements AutoCloseable {

  /** The project's one configset, as the tests and benchmarks run from the project directory. */
  public static final Path CONFIGSET = Path.of("solr-config", "conf");

  private final Path home;
  private final EmbeddedSolrNode node;
  private final Http2SolrClient client;

  private SolrTestNode(Path home, EmbeddedSolrNode node, Http2SolrClient client) {
    this.home = home;
    this.node = node;
    this.client = client;
  }

  public static SolrTestNode start(Path home) throws Exception {
    Files.createDirectories(home.resolve("configsets"));
    Files.writeString(
        home.resolve("solr.xml"),
        "<solr><str name=\"configSetBaseDir\">configsets</str></solr>",
        StandardCharsets.UTF_8);
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", home.resolve("logs").toString());
    }
    EmbeddedSolrNode node = new EmbeddedSolrNode(home, "127.0.0.1", 0);
    node.start();
    return new SolrTestNode(home, node, new Http2SolrClient.Builder(node.baseUrl()).build());
  }

  /** Creates a core from a copy of {@code confDir}. */
  public void createCore(String name, Path confDir) throws Exception {
    Path target = home.resolve("configsets").resolve(name).resolve("conf");
    copyTree(confDir, target);
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName(name);
    create.setConfigSet(name);
    create.process(client);
  }

  public SolrClient client() {
    return client;
  }

  @Override
  public void close() throws IOException {
    client.close();
    node.close();
  }

  /** Copies a folder tree (a configset) to {@code to}, whose parent folders are made. */
  public static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    PathUtils.copyDirectory(from, to);
  }
}
