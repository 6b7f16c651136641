package org.marsad.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a {@link SolrConnection} in the mode the settings ask for, and makes sure the news core or
 * collection exists, created from the project's configset when it is missing.
 */
public final class SolrConnector {

  private static final Logger log = LoggerFactory.getLogger(SolrConnector.class);
  private static final String SOLR_XML =
      """
      <?xml version="1.0" encoding="UTF-8" ?>
      <!-- Written by Marsad for its embedded node. Configsets live beside this file. -->
      <solr>
        <str name="configSetBaseDir">${configSetBaseDir:configsets}</str>
      </solr>
      """;

  private final SolrProperties settings;
  private final Configset configset;

  public SolrConnector(SolrProperties settings, Configset configset) {
    this.settings = settings;
    this.configset = configset;
  }

  public SolrConnection open(Path dataDir) throws Exception {
    return switch (settings.mode()) {
      case EMBEDDED -> openEmbedded(dataDir.resolve("solr"));
      case STANDALONE -> openStandalone();
      case CLOUD -> openCloud();
    };
  }

  private SolrConnection openEmbedded(Path home) throws Exception {
    prepareHome(home);
    if (System.getProperty("solr.log.dir") == null) {
      // Solr logs an error at start-up without it; its own log files are not used (logback is).
      System.setProperty("solr.log.dir", home.resolve("logs").toString());
    }
    if (System.getProperty("solr.install.dir") == null) {
      // There is no Solr installation; pointing at the home lets Solr find home/lib quietly.
      System.setProperty("solr.install.dir", home.toString());
    }
    EmbeddedSolrNode node =
        new EmbeddedSolrNode(home, settings.embedded().host(), settings.embedded().port());
    try {
      node.start();
      // Cores on disk load asynchronously; a CREATE during loading would clash with them.
      node.awaitCoresLoaded(TimeUnit.MINUTES.toMillis(2));
      Http2SolrClient client = httpClient(node.baseUrl());
      if (node.coreContainer().getCoreDescriptor(settings.collection()) == null) {
        createCore(client);
      }
      return new SolrConnection(client, settings.collection(), node.baseUrl(), node);
    } catch (Exception e) {
      node.close();
      throw e;
    }
  }

  private void prepareHome(Path home) throws IOException {
    Files.createDirectories(home.resolve("lib"));
    Path solrXml = home.resolve("solr.xml");
    if (!Files.exists(solrXml)) {
      Files.writeString(solrXml, SOLR_XML, StandardCharsets.UTF_8);
    }
    configset.writeTo(home.resolve("configsets").resolve(settings.configset()).resolve("conf"));
  }

  private SolrConnection openStandalone() throws Exception {
    if (settings.url() == null || settings.url().isBlank()) {
      throw new IllegalStateException("marsad.solr.mode=standalone needs marsad.solr.url");
    }
    Http2SolrClient client = httpClient(settings.url());
    try {
      CoreAdminResponse status = CoreAdminRequest.getStatus(settings.collection(), client);
      if (status.getCoreStatus(settings.collection()).size() == 0) {
        // Works when the server has the configset (the docker files mount solr-config/ there).
        createCore(client);
      }
    } catch (SolrServerException | IOException e) {
      client.close();
      throw new IllegalStateException(
          "Solr at " + settings.url() + " did not answer or has no core '" + settings.collection()
              + "': " + e.getMessage(), e);
    }
    return new SolrConnection(client, settings.collection(), settings.url(), null);
  }

  private SolrConnection openCloud() throws Exception {
    if (settings.zkHosts() == null || settings.zkHosts().isBlank()) {
      throw new IllegalStateException("marsad.solr.mode=cloud needs marsad.solr.zk-hosts");
    }
    List<String> hosts = Arrays.stream(settings.zkHosts().split(",")).map(String::trim).toList();
    CloudHttp2SolrClient client =
        new CloudHttp2SolrClient.Builder(hosts, Optional.ofNullable(blankToNull(settings.zkChroot())))
            .build();
    try {
      client.connect(30, TimeUnit.SECONDS);
      ensureConfigset(client);
      List<String> collections = CollectionAdminRequest.listCollections(client);
      if (!collections.contains(settings.collection())) {
        log.info("Creating collection [{}] ({} shards x {} replicas) from configset [{}]",
            settings.collection(), settings.shards(), settings.replicas(), settings.configset());
        CollectionAdminRequest.createCollection(
                settings.collection(), settings.configset(), settings.shards(), settings.replicas())
            .process(client);
      }
    } catch (Exception e) {
      client.close();
      throw e;
    }
    return new SolrConnection(client, settings.collection(), null, null);
  }

  /** Uploads the configset when ZooKeeper does not have it; an existing one is the admin's. */
  private void ensureConfigset(SolrClient client) throws Exception {
    List<String> names = new ConfigSetAdminRequest.List().process(client).getConfigSets();
    if (names.contains(settings.configset())) {
      return;
    }
    Path zip = Files.createTempFile("marsad-configset", ".zip");
    try {
      Files.write(zip, configset.zip());
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(settings.configset());
      upload.setUploadFile(zip.toFile(), "application/zip");
      upload.process(client);
      log.info("Uploaded configset [{}] to ZooKeeper", settings.configset());
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private void createCore(SolrClient client) throws SolrServerException, IOException {
    log.info("Creating core [{}] from configset [{}]", settings.collection(), settings.configset());
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName(settings.collection());
    create.setConfigSet(settings.configset());
    create.process(client);
  }

  private Http2SolrClient httpClient(String baseUrl) {
    long timeout = settings.requestTimeout().toMillis();
    return new Http2SolrClient.Builder(baseUrl)
        .withRequestTimeout(timeout, TimeUnit.MILLISECONDS)
        .withIdleTimeout(timeout, TimeUnit.MILLISECONDS)
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
