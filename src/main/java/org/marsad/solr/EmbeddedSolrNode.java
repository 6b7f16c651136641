package org.marsad.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import javax.servlet.DispatcherType;
import javax.servlet.ServletContextEvent;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.servlet.CoreContainerProvider;
import org.apache.solr.servlet.SolrDispatchFilter;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.Source;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Solr node inside Marsad's JVM, served over HTTP by its own Jetty 10 (Solr's servlet
 * container) beside the app's Tomcat.
 *
 * <p>It is what {@code bin/solr start} runs, minus the start scripts: Solr's {@link
 * CoreContainerProvider} and {@link SolrDispatchFilter} over a Solr home. The test framework's
 * {@code JettySolrRunner} does the same, but production code must not depend on test jars.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #close()} once; not thread safe. The admin APIs
 * ({@code /solr/admin/cores}, {@code /solr/<core>/analysis/field}, {@code /config/params}) answer
 * on {@link #baseUrl()}; the Admin UI's static files are not on the classpath.
 */
public final class EmbeddedSolrNode implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedSolrNode.class);
  private static final String CONTEXT = "/solr";

  private final Path solrHome;
  private final String host;
  private final int port;
  private Server server;
  private FilterHolder dispatchFilter;

  public EmbeddedSolrNode(Path solrHome, String host, int port) {
    this.solrHome = solrHome;
    this.host = host;
    this.port = port;
  }

  public void start() throws Exception {
    Files.createDirectories(solrHome);
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("solr-jetty");
    server = new Server(threads);
    server.manage(threads);

    HttpConfiguration http = new HttpConfiguration();
    // SolrJ's Http2SolrClient speaks cleartext HTTP/2; without h2c it fails with frame_size_error.
    ServerConnector connector =
        new ServerConnector(
            server, new HttpConnectionFactory(http), new HTTP2CServerConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setReuseAddress(true);
    server.addConnector(connector);

    ServletContextHandler root = new ServletContextHandler(server, CONTEXT);
    root.addEventListener(new NodeContainerProvider(root, connector));
    dispatchFilter = root.getServletHandler().newFilterHolder(Source.EMBEDDED);
    dispatchFilter.setHeldClass(SolrDispatchFilter.class);
    // Solr's Admin UI paths would otherwise be swallowed by the filter; there is no UI to serve.
    dispatchFilter.setInitParameter("excludePatterns", "/partials/.+,/libs/.+,/css/.+,/js/.+,/img/.+,/templates/.+");
    root.addFilter(dispatchFilter, "/*", EnumSet.of(DispatcherType.REQUEST));
    root.addServlet(DefaultServlet.class, "/");

    server.start();
    log.info("Embedded Solr node up at {} (home {})", baseUrl(), solrHome);
  }

  /** Blocks until the cores found on disk at start-up have loaded (they load asynchronously). */
  public void awaitCoresLoaded(long timeoutMs) {
    coreContainer().waitForLoadingCoresToFinish(timeoutMs);
  }

  public CoreContainer coreContainer() {
    try {
      return ((SolrDispatchFilter) dispatchFilter.getFilter()).getCores();
    } catch (javax.servlet.UnavailableException e) {
      throw new IllegalStateException("The embedded Solr node did not start: " + e.getMessage(), e);
    }
  }

  /** The node's base URL, e.g. {@code http://127.0.0.1:8983/solr}. */
  public String baseUrl() {
    return "http://" + host + ":" + localPort() + CONTEXT;
  }

  public int localPort() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  @Override
  public void close() throws IOException {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException("Embedded Solr node did not stop cleanly", e);
    } finally {
      server = null;
    }
  }

  /** Tells Solr its home and port before it builds its CoreContainer. */
  private final class NodeContainerProvider extends CoreContainerProvider {
    private final ServletContextHandler root;
    private final ServerConnector connector;

    NodeContainerProvider(ServletContextHandler root, ServerConnector connector) {
      this.root = root;
      this.connector = connector;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
      Properties node = new Properties();
      node.setProperty("hostPort", Integer.toString(connector.getLocalPort()));
      node.setProperty("hostContext", CONTEXT);
      // Solr reads the home as a String attribute; a Path fails.
      root.getServletContext().setAttribute(SolrDispatchFilter.SOLRHOME_ATTRIBUTE, solrHome.toString());
      root.getServletContext().setAttribute(SolrDispatchFilter.PROPERTIES_ATTRIBUTE, node);
      super.contextInitialized(event);
    }
  }

}
