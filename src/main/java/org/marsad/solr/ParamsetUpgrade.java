package org.marsad.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the paramsets Marsad ships meet the ones an admin changed, in a Solr home that keeps its
 * {@code params.json} across upgrades (the embedded node). A three-way merge per paramset, as a
 * package manager treats configuration files:
 *
 * <ul>
 *   <li><b>installed</b>: the home's {@code params.json}, which Solr rewrites when an admin uses
 *       {@code /config/params} or the Admin UI;
 *   <li><b>baseline</b>: the paramsets as shipped by the Marsad version that last wrote the home
 *       (kept beside the configset, out of Solr's sight);
 *   <li><b>shipped</b>: the paramsets of the running Marsad version.
 * </ul>
 *
 * <p>A paramset the admin left as shipped (installed equals baseline) takes the shipped version, so
 * tuning in an upgrade arrives; a paramset the admin changed, created or deleted stays as the admin
 * left it, and a shipped change it misses is reported. Paramsets compare by their parameters; the
 * version Solr keeps under {@code ""} is ignored. Homes written before the baseline existed use
 * the paramsets of Marsad 0.1 as their baseline. Stateless and thread safe.
 */
final class ParamsetUpgrade {

  /** The baseline's file name, beside the configset's {@code conf/} directory. */
  static final String BASELINE = "params.shipped.json";
  private static final String LEGACY_BASELINE = "params-shipped-0.1.json";
  private static final String PARAMS = "params";
  private static final String META = "";

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The merged {@code params.json} and what happened to each paramset.
   *
   * @param params the file to install
   * @param updated paramsets that took the shipped version (changed or new in this version)
   * @param kept paramsets an admin changed whose shipped version differs and was not applied
   */
  record Result(byte[] params, List<String> updated, List<String> kept) {}

  /**
   * Merges; {@code installed} and {@code baseline} are null when the home has no such file.
   */
  Result merge(byte[] installed, byte[] baseline, byte[] shipped) {
    if (installed == null) {
      return new Result(shipped.clone(), names(read(shipped)), List.of());
    }
    ObjectNode here = (ObjectNode) read(installed);
    JsonNode before = paramsets(baseline == null ? legacyBaseline() : read(baseline));
    JsonNode now = paramsets(read(shipped));
    ObjectNode installedSets = here.has(PARAMS) ? (ObjectNode) here.get(PARAMS) : here.putObject(PARAMS);
    ObjectNode merged = json.createObjectNode();
    List<String> updated = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    now.fieldNames().forEachRemaining(names::add);
    installedSets.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode mine = installedSets.get(name);
      JsonNode was = before.get(name);
      JsonNode comes = now.get(name);
      boolean untouched = mine != null && was != null && same(mine, was);
      if (mine == null) {
        if (comes != null && was == null) {
          merged.set(name, comes); // new in this version
          updated.add(name);
        } // else deleted by the admin, or by both: stays deleted
      } else if (untouched || (was == null && comes != null && same(mine, comes))) {
        if (comes != null) {
          merged.set(name, comes);
          if (!same(mine, comes)) {
            updated.add(name);
          }
        } // else shipped no more and never changed here: dropped
      } else {
        merged.set(name, mine); // the admin's
        if (comes != null && !same(mine, comes) && (was == null || !same(was, comes))) {
          kept.add(name);
        }
      }
    }
    here.set(PARAMS, merged);
    try {
      return new Result(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(here), updated, kept);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Two paramsets hold the same parameters (Solr's version under "" aside). */
  private static boolean same(JsonNode a, JsonNode b) {
    return Objects.equals(withoutMeta(a), withoutMeta(b));
  }

  private static JsonNode withoutMeta(JsonNode set) {
    if (!(set instanceof ObjectNode object)) {
      return set;
    }
    ObjectNode copy = object.deepCopy();
    copy.remove(META);
    return copy;
  }

  private List<String> names(JsonNode file) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = paramsets(file).fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  private JsonNode paramsets(JsonNode file) {
    JsonNode sets = file.get(PARAMS);
    return sets == null ? json.createObjectNode() : sets;
  }

  private JsonNode legacyBaseline() {
    try (InputStream in = ParamsetUpgrade.class.getResourceAsStream(LEGACY_BASELINE)) {
      if (in == null) {
        throw new IllegalStateException("The paramsets of Marsad 0.1 (" + LEGACY_BASELINE + ") are not on the classpath");
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode read(byte[] bytes) {
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new IllegalStateException("params.json is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalStateException("params.json is not valid JSON: " + e.getMessage(), e);
    }
  }
}
