package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 1123/822 and ISO-8601 dates as feeds write them (feed-dates/cases.tsv, one case a line). */
class FeedDateParserTest {

  private final FeedDateParser parser = new FeedDateParser();

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check(String text, String expected) {
    if (expected.equals("-")) {
      assertThat(parser.parse(text)).isEmpty();
    } else {
      assertThat(parser.parse(text)).contains(Instant.parse(expected));
    }
  }

  static Stream<Arguments> cases() throws IOException {
    try (var in = new BufferedReader(new InputStreamReader(
        FeedDateParserTest.class.getResourceAsStream("/ingest/feed-dates/cases.tsv"), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(f -> Arguments.of(f[0], f[1]))
          .toList().stream();
    }
  }
}
