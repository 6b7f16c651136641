package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Datelines in the Levantine, Egyptian, Maghrebi and Hijri month series (date-cases.tsv). */
class ArabicDateFinderTest {

  private final ArabicDateFinder finder = new ArabicDateFinder();

  static Stream<String[]> cases() throws IOException {
    try (InputStream in = ArabicDateFinderTest.class.getResourceAsStream("/ingest/date-cases.tsv")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void finds(String text, String expected) {
    if (expected.equals("-")) {
      assertThat(finder.find(text)).isNull();
    } else {
      assertThat(finder.find(text)).isEqualTo(LocalDate.parse(expected).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
  }
}
