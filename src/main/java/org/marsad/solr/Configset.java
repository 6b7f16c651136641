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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The project's one configset ({@code solr-config/conf}), as the build puts it on the classpath.
 *
 * <p>The embedded node copies it into its Solr home, SolrCloud receives it zipped; the docker
 * files mount the same directory into the official image. Immutable once read.
 */
public final class Configset {

  /** Rewritten by Solr's Config API; the admin's copy is kept (overlay edits have no shipped side). */
  static final String OVERLAY = "configoverlay.json";
  /** Rewritten by Solr's Request Parameters API; merged with the shipped paramsets ({@link ParamsetUpgrade}). */
  static final String PARAMS = "params.json";

  private static final Logger log = LoggerFactory.getLogger(Configset.class);
  private static final String ROOT = "solr-config/conf/";

  private final Map<String, byte[]> files;

  private Configset(Map<String, byte[]> files) {
    this.files = files;
  }

  /** A configset of these files (paths relative to {@code conf/}), e.g. a later version's. */
  static Configset of(Map<String, byte[]> files) {
    return new Configset(Map.copyOf(files));
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
   * Writes the configset into {@code confDir}, the copy a Solr home keeps across restarts and
   * upgrades. Schema, solrconfig and word lists follow the project's copy, so an upgrade of Marsad
   * brings them along. {@code params.json} is merged: paramsets an admin left as shipped take this
   * version's, the ones an admin changed stay (see {@link ParamsetUpgrade}); what was shipped is
   * remembered beside {@code confDir} for the next upgrade. {@code configoverlay.json} is the admin's.
   */
  public void writeTo(Path confDir) throws IOException {
    Files.createDirectories(confDir);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = confDir.resolve(file.getKey());
      if (file.getKey().equals(OVERLAY) && Files.exists(target)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, file.getKey().equals(PARAMS) ? mergedParams(confDir) : file.getValue());
    }
  }

  private byte[] mergedParams(Path confDir) throws IOException {
    Path installed = confDir.resolve(PARAMS);
    Path baseline = confDir.toAbsolutePath().getParent().resolve(ParamsetUpgrade.BASELINE);
    byte[] shipped = files.get(PARAMS);
    ParamsetUpgrade.Result result = new ParamsetUpgrade().merge(
        Files.exists(installed) ? Files.readAllBytes(installed) : null,
        Files.exists(baseline) ? Files.readAllBytes(baseline) : null,
        shipped);
    Files.write(baseline, shipped);
    if (Files.exists(installed) && !result.updated().isEmpty()) {
      log.info("Paramsets updated to this version's: {}", result.updated());
    }
    if (!result.kept().isEmpty()) {
      log.warn("Paramsets changed by an admin kept as they are; this version ships other values for {}"
          + " (compare with {}, apply through /config/params)", result.kept(), baseline);
    }
    return result.params();
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
