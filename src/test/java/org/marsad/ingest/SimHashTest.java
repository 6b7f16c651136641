package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimHashTest {

  private final SimHash simHash = new SimHash();

  @Test
  void theSameWireStoryFromTwoOutletsIsNear() throws IOException {
    long a = simHash.of(body("neardup/outlet-a.txt"));
    long b = simHash.of(body("neardup/outlet-b.txt"));
    assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(SimHash.MAX_DISTANCE);
  }

  @Test
  void differentStoriesAreFar() throws IOException {
    long a = simHash.of(body("neardup/outlet-a.txt"));
    long other = simHash.of(body("formats/article-utf8.txt").repeat(3));
    assertThat(SimHash.distance(a, other)).isGreaterThan(10);
  }

  @Test
  void shortTextsAreNotCompared() {
    assertThat(simHash.of("خبر قصير جدا")).isNull();
  }

  /** The body as the pipeline compares it: without the headline line. */
  private static String body(String path) throws IOException {
    try (InputStream in = SimHashTest.class.getResourceAsStream("/ingest/" + path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.substring(text.indexOf('\n') + 1);
    }
  }
}
