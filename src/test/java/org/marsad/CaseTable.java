package org.marsad;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A rule table on the test classpath, one case a line, tab-separated; blank lines and lines starting
 * with {@code #} are comments. Empty trailing columns are kept, so a blank expectation stays a column.
 */
public final class CaseTable {

  private CaseTable() {}

  /** The table's rows, each split into its tab-separated columns. */
  public static List<String[]> rows(String resource) {
    try (InputStream in = CaseTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
