package org.marsad.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The project's one configset ({@code solr-config/conf}), as the build puts it on the classpath.
 *
 * <p>The embedded node copies it into its Solr home, SolrCloud receives it zipped; the docker
 * files mount the same directory into the official image. Immutable once read.
 */
public final class Configset {

  /** Files that Solr's APIs rewrite when an admin tunes the core; a refresh keeps the admin's copy. */
  static final Set<String> ADMIN_EDITED = Set.of("params.json", "configoverlay.json");

  private static final String ROOT = "solr-config/conf/";

  private final Map<String, byte[]> files;

  private Configset(Map<String, byte[]> files) {
    this.files = files;
  }

  /** Reads {@code solr-config/conf/**} from the classpath; fails if it is not there. */
  public static Configset fromClasspath() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**");
      Map<String, byte[]> files = new LinkedHashMap<>();
      Arrays.sort(resources, (a, b) -> String.valueOf(a.getDescription()).compareTo(b.getDescription()));
      for (Resource resource : resources) {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf(ROOT);
        String relative = url.substring(at + ROOT.length());
        if (relative.isEmpty() || relative.endsWith("/") || !resource.isReadable()) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          files.put(relative, in.readAllBytes());
        }
      }
      if (!files.containsKey("solrconfig.xml") || !files.containsKey("managed-schema.xml")) {
        throw new IllegalStateException(
            "The Solr configset (solr-config/conf) is not on the classpath; build with ./mvnw package");
      }
      return new Configset(Map.copyOf(files));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Solr configset from the classpath", e);
    }
  }

  /** One file's bytes, by its path relative to {@code conf/}. */
  public byte[] file(String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new IllegalArgumentException("The configset has no file " + name);
    }
    return bytes.clone();
  }

  public Set<String> fileNames() {
    return files.keySet();
  }

  /**
   * Writes the configset into {@code confDir}. Files an admin changes through Solr's APIs are kept
   * when they already exist there, so tuning survives a restart; everything else follows the
   * project's copy, so an upgrade of Marsad brings its schema along.
   */
  public void writeTo(Path confDir) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = confDir.resolve(file.getKey());
      if (ADMIN_EDITED.contains(file.getKey()) && Files.exists(target)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  /** The configset as a zip, the form the Configsets API takes for an upload to SolrCloud. */
  public byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
