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
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.marsad.config.SecretFiles;
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

  /** The paramset /select applies to every search (solrconfig.xml, useParams). */
  static final String RELEVANCE_PARAMSET = "relevance";

  private final SolrProperties settings;
  private final Configset configset;

  public SolrConnector(SolrProperties settings, Configset configset) {
    this.settings = settings;
    this.configset = configset;
  }

  public SolrConnection open(Path dataDir) throws Exception {
    return switch (settings.mode()) {
      case EMBEDDED -> openEmbedded(dataDir);
      case STANDALONE -> openStandalone();
      case CLOUD -> openCloud();
    };
  }

  private SolrConnection openEmbedded(Path dataDir) throws Exception {
    Path home = dataDir.resolve("solr");
    SolrSecurity security = SolrSecurity.forEmbedded(dataDir, settings);
    prepareHome(home, security);
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
      if (node.coreContainer().getCoreDescriptor(settings.collection()) == null) {
        // Creating a core loads its schema and analysers: on a busy machine it outlasts one query's time.
        long create = Math.max(settings.requestTimeout().toMillis(), TimeUnit.MINUTES.toMillis(3));
        try (Http2SolrClient admin = security.asAdmin(httpClientBuilder(node.baseUrl())
            .withRequestTimeout(create, TimeUnit.MILLISECONDS)
            .withIdleTimeout(create, TimeUnit.MILLISECONDS)).build()) {
          createCore(admin);
        }
      }
      Http2SolrClient client = security.asApp(httpClientBuilder(node.baseUrl())).build();
      try {
        requireRelevanceParamset(client);
      } catch (Exception e) {
        client.close();
        throw e;
      }
      // Searches call the core in-process; writes and admin requests keep to HTTP and its credentials.
      InProcessSearchClient inProcess = new InProcessSearchClient(node.coreContainer(), settings.collection());
      return new SolrConnection(client, inProcess, settings.collection(), node.baseUrl(), node);
    } catch (Exception e) {
      node.close();
      throw e;
    }
  }

  private void prepareHome(Path home, SolrSecurity security) throws IOException {
    Files.createDirectories(home.resolve("lib"));
    Path solrXml = home.resolve("solr.xml");
    if (!Files.exists(solrXml)) {
      Files.writeString(solrXml, SOLR_XML, StandardCharsets.UTF_8);
    }
    // Rewritten at every start from the credentials, so Solr always requires them.
    SecretFiles.write(home.resolve("security.json"),
        security.securityJson(settings.collection(), false).getBytes(StandardCharsets.UTF_8));
    configset.writeTo(home.resolve("configsets").resolve(settings.configset()).resolve("conf"));
  }

  private SolrConnection openStandalone() throws Exception {
    if (settings.url() == null || settings.url().isBlank()) {
      throw new IllegalStateException("marsad.solr.mode=standalone needs marsad.solr.url");
    }
    Http2SolrClient client = withCredentials(httpClientBuilder(settings.url()), settings.username(), settings.password()).build();
    try {
      try {
        // A query, not core admin: the app's user may search its collection and nothing else.
        client.query(settings.collection(), new SolrQuery("*:*").setRows(0));
      } catch (SolrException e) {
        // A missing core is a 404, or a 403 when Solr's authorization cannot tell it is a core.
        if ((e.code() != 404 && e.code() != 403) || !createCoreIfMissing()) {
          throw e;
        }
        client.query(settings.collection(), new SolrQuery("*:*").setRows(0));
      }
      requireRelevanceParamset(client);
    } catch (SolrException e) {
      client.close();
      throw new IllegalStateException(refused(e.code()) + "Solr at " + settings.url()
          + " did not answer for core '" + settings.collection() + "': " + e.getMessage(), e);
    } catch (SolrServerException | IOException e) {
      client.close();
      throw new IllegalStateException(
          "Solr at " + settings.url() + " did not answer or has no core '" + settings.collection()
              + "': " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      client.close();
      throw e;
    }
    return new SolrConnection(client, settings.collection(), settings.url(), null);
  }

  /**
   * With the admin's credentials, creates the core when the server lacks it (the server must have
   * the configset; the docker files mount solr-config/ there). False when it exists or no admin
   * credentials are set.
   */
  private boolean createCoreIfMissing() throws SolrServerException, IOException {
    if (!present(settings.adminUsername())) {
      return false;
    }
    try (Http2SolrClient admin = withCredentials(httpClientBuilder(settings.url()),
        settings.adminUsername(), settings.adminPassword()).build()) {
      if (CoreAdminRequest.getStatus(settings.collection(), admin).getCoreStatus(settings.collection()).size() > 0) {
        return false;
      }
      createCore(admin);
      return true;
    }
  }

  private static String refused(int code) {
    return code == 401 || code == 403
        ? "Solr refused Marsad's credentials (marsad.solr.username / marsad.solr.password), or the core"
            + " is missing and no admin credentials (marsad.solr.admin-username) were given to create it. "
        : "";
  }

  private static Http2SolrClient.Builder withCredentials(Http2SolrClient.Builder builder, String user, String password) {
    return present(user) ? builder.withBasicAuthCredentials(user, password == null ? "" : password) : builder;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private SolrConnection openCloud() throws Exception {
    if (settings.zkHosts() == null || settings.zkHosts().isBlank()) {
      throw new IllegalStateException("marsad.solr.mode=cloud needs marsad.solr.zk-hosts");
    }
    CloudHttp2SolrClient client = cloudClient(settings.username(), settings.password());
    try {
      client.connect(30, TimeUnit.SECONDS);
      boolean admin = present(settings.adminUsername());
      try (CloudHttp2SolrClient creator = admin ? cloudClient(settings.adminUsername(), settings.adminPassword()) : null) {
        CloudHttp2SolrClient setup = admin ? creator : client;
        ensureConfigset(setup);
        List<String> collections = CollectionAdminRequest.listCollections(setup);
        if (!collections.contains(settings.collection())) {
          log.info("Creating collection [{}] ({} shards x {} replicas) from configset [{}]",
              settings.collection(), settings.shards(), settings.replicas(), settings.configset());
          CollectionAdminRequest.createCollection(
                  settings.collection(), settings.configset(), settings.shards(), settings.replicas())
              .process(setup);
        }
      }
      requireRelevanceParamset(client);
    } catch (Exception e) {
      client.close();
      throw e;
    }
    return new SolrConnection(client, settings.collection(), null, null);
  }

  private CloudHttp2SolrClient cloudClient(String user, String password) {
    List<String> hosts = Arrays.stream(settings.zkHosts().split(",")).map(String::trim).toList();
    return new CloudHttp2SolrClient.Builder(hosts, Optional.ofNullable(blankToNull(settings.zkChroot())))
        .withInternalClientBuilder(withCredentials(httpClientBuilder(null), user, password))
        .build();
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

  /**
   * Searches take qf, pf and mm from the configset's "relevance" paramset alone; without it every
   * search would fail. A configset from before paramsets, or an admin's that lost it, stops the
   * start with what to do.
   */
  private void requireRelevanceParamset(SolrClient client) throws SolrServerException, IOException {
    // Asked through /select (all the app's credentials may use): the echoed parameters show
    // whether the handler found the paramset's qf.
    SolrQuery probe = new SolrQuery("*:*").setRows(0);
    probe.set("echoParams", "all");
    probe.set("df", "id"); // without qf, edismax refuses the query unless a df stands in
    NamedList<?> echoed = (NamedList<?>) client.query(settings.collection(), probe).getHeader().get("params");
    if (echoed == null || echoed.get("qf") == null) {
      throw new IllegalStateException("The configset of '" + settings.collection() + "' has no '"
          + RELEVANCE_PARAMSET + "' paramset in params.json, which every search uses; update it from"
          + " solr-config/ (or recreate it through /config/params)");
    }
  }

  private void createCore(SolrClient client) throws SolrServerException, IOException {
    log.info("Creating core [{}] from configset [{}]", settings.collection(), settings.configset());
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName(settings.collection());
    create.setConfigSet(settings.configset());
    create.process(client);
  }

  private Http2SolrClient.Builder httpClientBuilder(String baseUrl) {
    long timeout = settings.requestTimeout().toMillis();
    Http2SolrClient.Builder builder = baseUrl == null ? new Http2SolrClient.Builder() : new Http2SolrClient.Builder(baseUrl);
    return builder
        .withRequestTimeout(timeout, TimeUnit.MILLISECONDS)
        .withIdleTimeout(timeout, TimeUnit.MILLISECONDS)
        .withConnectionTimeout(10, TimeUnit.SECONDS);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
