package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV cells: RFC 4180 quoting, and no formulas for spreadsheets. */
class HitExportTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("ليبيا", "ليبيا"),
        Arguments.of("a,b", "\"a,b\""),
        Arguments.of("say \"no\"", "\"say \"\"no\"\"\""),
        Arguments.of("line\nbreak", "\"line\nbreak\""),
        Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        Arguments.of("-1+2", "'-1+2"),
        Arguments.of("@cmd", "'@cmd"),
        Arguments.of("", ""));
  }

  @org.junit.jupiter.api.Test
  void anExportThatStopsEndsWithAnErrorRecord() throws java.io.IOException {
    var json = new java.io.ByteArrayOutputStream();
    HitExport jsonl = new HitExport(HitExport.Format.JSONL, new com.fasterxml.jackson.databind.ObjectMapper(), json);
    jsonl.failed("stopped");
    assertThat(json.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"stopped\"}\n");
    var csv = new java.io.ByteArrayOutputStream();
    new HitExport(HitExport.Format.CSV, new com.fasterxml.jackson.databind.ObjectMapper(), csv).failed("stopped, early");
    assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).endsWith("#error,\"stopped, early\",,,,,,\r\n");
  }

  @ParameterizedTest(name = "[{0}] → [{1}]")
  @MethodSource("cells")
  void quotesAndDefusesCells(String value, String expected) {
    assertThat(HitExport.csvCell(value)).isEqualTo(expected);
  }
}
