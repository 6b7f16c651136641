package org.marsad.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes exported hits as JSON lines (one hit object a line, as {@code /api/search} shows it,
 * without snippet) or CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Arabic;
 * facet ids joined with {@code |}). One instance per export; not thread safe.
 */
public final class HitExport {

  /** The export formats. */
  public enum Format {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  private static final List<String> CSV_COLUMNS =
      List.of("id", "title", "published", "source", "url", "actors", "countries", "topics");

  private final Format format;
  private final ObjectMapper json;
  private final Writer out;

  public HitExport(Format format, ObjectMapper json, OutputStream out) throws IOException {
    this.format = format;
    this.json = json.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (format == Format.CSV) {
      this.out.write('\uFEFF');
      this.out.write(String.join(",", CSV_COLUMNS) + "\r\n");
    }
  }

  public void write(SearchResult.Hit hit) throws IOException {
    if (format == Format.JSONL) {
      out.write(json.writeValueAsString(hit));
      out.write('\n');
      return;
    }
    List<String> cells = List.of(
        nullToEmpty(hit.id()), nullToEmpty(hit.title()),
        hit.published() == null ? "" : hit.published().toString(),
        nullToEmpty(hit.source()), nullToEmpty(hit.url()),
        ids(hit.actors()), ids(hit.countries()), ids(hit.topics()));
    out.write(cells.stream().map(HitExport::csvCell).collect(Collectors.joining(",")));
    out.write("\r\n");
  }

  public void finish() throws IOException {
    out.flush();
  }

  /**
   * Ends an export that stopped half-way with a record saying so, so that a script never takes a
   * partial file for a whole one: a JSON line {@code {"error": ...}}, or in CSV a row whose id
   * cell is {@code #error} and whose title cell is the reason.
   */
  public void failed(String reason) throws IOException {
    if (format == Format.JSONL) {
      out.write(json.writeValueAsString(java.util.Map.of("error", reason)));
      out.write('\n');
    } else {
      out.write("#error," + csvCell(reason) + ",,,,,,\r\n");
    }
    out.flush();
  }

  private static String ids(List<LabeledValue> values) {
    return values.stream().map(LabeledValue::id).collect(Collectors.joining("|"));
  }

  /**
   * Quotes a cell when it holds a comma, quote or line break; doubles quotes inside. A cell that a
   * spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe.
   */
  static String csvCell(String value) {
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
