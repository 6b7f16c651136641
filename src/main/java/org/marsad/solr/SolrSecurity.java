package org.marsad.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.marsad.config.SecretFiles;

/**
 * Solr's own access control, as Marsad sets it up: two users, the app's (query and update the news
 * collection, nothing else) and an admin (everything: configuration, core and collection admin,
 * {@code /admin/*}), with Basic authentication required for every request ({@code blockUnknown}).
 *
 * <p>For the embedded node the users' passwords come from {@code marsad.solr.*} or are generated
 * once into {@code <data-dir>/solr-credentials.properties} (owner-only), and {@code security.json}
 * (salted hashes only) is written into the Solr home at every start. External Solr gets the same
 * file from {@link SolrSecurityFile}. Immutable.
 *
 * @param appUser the user Marsad queries and indexes as
 * @param appPassword its password
 * @param adminUser Solr's administrator (creates the core, uploads configsets, tunes params)
 * @param adminPassword its password
 */
public record SolrSecurity(String appUser, String appPassword, String adminUser, String adminPassword) {

  public static final String CREDENTIALS_FILE = "solr-credentials.properties";
  private static final String DEFAULT_APP_USER = "marsad";
  private static final String DEFAULT_ADMIN_USER = "solr-admin";

  public SolrSecurity {
    if (appUser.equals(adminUser)) {
      throw new IllegalStateException("Solr's app user and admin user must differ (both are '" + appUser
          + "'): set marsad.solr.username and marsad.solr.admin-username apart");
    }
  }

  /**
   * The embedded node's users: configured ones win; missing passwords are generated once and
   * kept in the data directory so that restarts reuse them.
   */
  public static SolrSecurity forEmbedded(Path dataDir, SolrProperties settings) {
    Path file = dataDir.resolve(CREDENTIALS_FILE);
    Properties stored = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        stored.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the Solr credentials in " + file, e);
      }
    }
    Properties next = new Properties();
    String appUser = pick(settings.username(), stored.getProperty("app.username"), DEFAULT_APP_USER);
    String appPassword = pick(settings.password(), stored.getProperty("app.password"), null);
    String adminUser = pick(settings.adminUsername(), stored.getProperty("admin.username"), DEFAULT_ADMIN_USER);
    String adminPassword = pick(settings.adminPassword(), stored.getProperty("admin.password"), null);
    SecureRandom random = new SecureRandom();
    if (appPassword == null) {
      appPassword = generated(random);
    }
    if (adminPassword == null) {
      adminPassword = generated(random);
    }
    next.setProperty("app.username", appUser);
    next.setProperty("admin.username", adminUser);
    // Configured passwords stay in the configuration; only generated ones are written down.
    if (!present(settings.password())) {
      next.setProperty("app.password", appPassword);
    }
    if (!present(settings.adminPassword())) {
      next.setProperty("admin.password", adminPassword);
    }
    if (!next.equals(stored)) {
      try {
        java.io.StringWriter text = new java.io.StringWriter();
        next.store(text, "Solr users of Marsad's embedded node (generated; keep this file private)");
        SecretFiles.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the Solr credentials to " + file, e);
      }
    }
    return new SolrSecurity(appUser, appPassword, adminUser, adminPassword);
  }

  /**
   * Solr's {@code security.json}: hashes only, never the passwords. In SolrCloud the app's
   * permissions name {@code collection}; a standalone node has no collections (only cores, which
   * Solr's rule-based authorization does not name), so there they hold for its cores, which only the
   * admin can create.
   */
  public String securityJson(String collection, boolean cloud) {
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put(appUser, Sha256AuthenticationProvider.getSaltedHashedValue(appPassword));
    credentials.put(adminUser, Sha256AuthenticationProvider.getSaltedHashedValue(adminPassword));
    Map<String, Object> authentication = new LinkedHashMap<>();
    authentication.put("class", "solr.BasicAuthPlugin");
    authentication.put("blockUnknown", true);
    authentication.put("forwardCredentials", false);
    authentication.put("realm", "marsad");
    authentication.put("credentials", credentials);
    List<String> both = List.of("app", "admin");
    Map<String, Object> authorization = new LinkedHashMap<>();
    authorization.put("class", "solr.RuleBasedAuthorizationPlugin");
    authorization.put("user-role", Map.of(appUser, "app", adminUser, "admin"));
    // First match wins: the app may search (/select, /similar, real-time /get, ping) and update
    // the news collection; everything else — config, schema, core and collection admin,
    // /admin/*, other collections — is the admin's.
    authorization.put("permissions", List.of(
        permission("marsad-read", cloud ? collection : null, List.of("/select", "/similar", "/get", "/admin/ping"), both),
        permission("marsad-update", cloud ? collection : null, List.of("/update", "/update/*"), both),
        Map.of("name", "all", "role", "admin")));
    Map<String, Object> security = new LinkedHashMap<>();
    security.put("authentication", authentication);
    security.put("authorization", authorization);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(security);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A SolrJ client builder that sends the app user's credentials. */
  Http2SolrClient.Builder asApp(Http2SolrClient.Builder builder) {
    return builder.withBasicAuthCredentials(appUser, appPassword);
  }

  /** A SolrJ client builder that sends the admin's credentials. */
  Http2SolrClient.Builder asAdmin(Http2SolrClient.Builder builder) {
    return builder.withBasicAuthCredentials(adminUser, adminPassword);
  }

  private static Map<String, Object> permission(String name, String collection, List<String> paths, List<String> roles) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    if (collection != null) {
      p.put("collection", collection);
    }
    p.put("path", paths);
    p.put("role", roles);
    return p;
  }

  private static String pick(String configured, String stored, String fallback) {
    return present(configured) ? configured : present(stored) ? stored : fallback;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String generated(SecureRandom random) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "SolrSecurity[appUser=" + appUser + ", adminUser=" + adminUser + "]";
  }
}
