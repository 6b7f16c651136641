package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The three-way merge of paramsets, one rule a line. A file is written {@code name=mm;name=mm}
 * (each paramset reduced to its mm), {@code ""} for a file without paramsets and null for no file:
 * {@code check(installed, baseline, shipped, expected)}.
 */
class ParamsetUpgradeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shippedTuningReachesUntouchedParamsetsAndAdminEditsStay() throws Exception {
    check(null, null, "relevance=2", "relevance=2");                               // a fresh home
    check("relevance=1", "relevance=1", "relevance=2", "relevance=2");             // untouched: the upgrade arrives
    check("relevance=9", "relevance=1", "relevance=2", "relevance=9");             // edited: the admin's stays
    check("relevance=9", "relevance=1", "relevance=1", "relevance=9");             // edited, nothing new shipped
    check("relevance=1;mine=5", "relevance=1", "relevance=2", "mine=5;relevance=2"); // the admin's own set stays
    check("", "relevance=1", "relevance=2", "");                                   // deleted by the admin: stays deleted
    check("relevance=1", "relevance=1", "relevance=1;suggest=3", "relevance=1;suggest=3"); // a new set arrives
    check("mine=4", "relevance=1", "relevance=1;mine=3", "mine=4");                // a new shipped name the admin already uses
    check("relevance=1;old=4", "relevance=1;old=4", "relevance=1", "relevance=1"); // dropped upstream, untouched: goes
    check("relevance=1;old=7", "relevance=1;old=4", "relevance=1", "old=7;relevance=1"); // dropped upstream, edited: stays
    check("recall=1", null, "recall=1", "recall=1");                               // no baseline, equal to shipped
  }

  @Test
  void solrsVersionCountsForNothing() throws Exception {
    ObjectNode installed = file("relevance=1");
    ((ObjectNode) installed.get("params").get("relevance")).putObject("").put("v", 3);
    ParamsetUpgrade.Result result = new ParamsetUpgrade()
        .merge(JSON.writeValueAsBytes(installed), bytes("relevance=1"), bytes("relevance=2"));
    assertThat(mm(JSON.readTree(result.params()))).isEqualTo("relevance=2");
  }

  @Test
  void reportsWhatArrivedAndWhatAnEditKeptOut() throws Exception {
    ParamsetUpgrade.Result result = new ParamsetUpgrade().merge(
        bytes("relevance=1;recall=9;exact=1"), bytes("relevance=1;recall=1;exact=1"),
        bytes("relevance=2;recall=2;exact=1;suggest=3"));
    assertThat(result.updated()).containsExactly("relevance", "suggest");
    assertThat(result.kept()).containsExactly("recall");
  }

  /** Homes from before the baseline file: Marsad 0.1's paramsets stand in for it. */
  @Test
  void homesWithoutBaselineCompareWithTheFirstShippedParamsets() throws Exception {
    byte[] legacy = ParamsetUpgrade.class.getResourceAsStream("params-shipped-0.1.json").readAllBytes();
    ObjectNode shipped = (ObjectNode) JSON.readTree(legacy);
    ((ObjectNode) shipped.get("params").get("no-latin")).put("mm", "100%");
    ObjectNode edited = (ObjectNode) JSON.readTree(legacy);
    ((ObjectNode) edited.get("params").get("recall")).put("mm", "50%");

    JsonNode merged = JSON.readTree(new ParamsetUpgrade()
        .merge(JSON.writeValueAsBytes(edited), null, JSON.writeValueAsBytes(shipped)).params());

    assertThat(merged.at("/params/no-latin/mm").asText()).isEqualTo("100%");
    assertThat(merged.at("/params/recall/mm").asText()).isEqualTo("50%");
  }

  private static void check(String installed, String baseline, String shipped, String expected) throws Exception {
    ParamsetUpgrade.Result result =
        new ParamsetUpgrade().merge(bytes(installed), bytes(baseline), bytes(shipped));
    assertThat(mm(JSON.readTree(result.params())))
        .as("installed %s, baseline %s, shipped %s", installed, baseline, shipped)
        .isEqualTo(expected);
  }

  private static byte[] bytes(String sets) throws Exception {
    return sets == null ? null : JSON.writeValueAsBytes(file(sets));
  }

  private static ObjectNode file(String sets) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode params = root.putObject("params");
    for (String set : sets.isEmpty() ? List.<String>of() : List.of(sets.split(";"))) {
      String[] nameAndMm = set.split("=");
      params.putObject(nameAndMm[0]).put("mm", nameAndMm[1]);
    }
    return root;
  }

  /** The file back in the {@code name=mm;…} form, names sorted. */
  private static String mm(JsonNode file) {
    Map<String, String> sets = new TreeMap<>();
    file.get("params").fields().forEachRemaining(e -> sets.put(e.getKey(), e.getValue().get("mm").asText()));
    return String.join(";", sets.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
