package org.marsad.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Solr's {@code security.json} for an external Solr (the docker files run it once before
 * Solr starts) from the environment: {@code MARSAD_SOLR_USERNAME}, {@code MARSAD_SOLR_PASSWORD},
 * {@code MARSAD_SOLR_ADMIN_USERNAME}, {@code MARSAD_SOLR_ADMIN_PASSWORD} and {@code
 * MARSAD_SOLR_COLLECTION} (default {@code news}). The file holds salted hashes only.
 *
 * <pre>java -cp marsad.jar -Dloader.main=org.marsad.solr.SolrSecurityFile \
 *     org.springframework.boot.loader.launch.PropertiesLauncher /out/security.json standalone</pre>
 */
public final class SolrSecurityFile {

  private SolrSecurityFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !(args[1].equals("standalone") || args[1].equals("cloud"))) {
      System.err.println("usage: SolrSecurityFile <security.json to write> standalone|cloud");
      System.exit(2);
    }
    SolrSecurity security = new SolrSecurity(
        env("MARSAD_SOLR_USERNAME", "marsad"), required("MARSAD_SOLR_PASSWORD"),
        env("MARSAD_SOLR_ADMIN_USERNAME", "solr-admin"), required("MARSAD_SOLR_ADMIN_PASSWORD"));
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, security.securityJson(env("MARSAD_SOLR_COLLECTION", "news"), args[1].equals("cloud")), StandardCharsets.UTF_8);
    System.out.println("Wrote " + target + " for " + security);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.length() < 12) {
      System.err.println(name + " must be set to a password of at least 12 characters");
      System.exit(2);
    }
    return value;
  }
}
