package org.marsad.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Finds a publication date written in the text, as Arabic articles give it in their dateline:
 * "12 آذار 2017", "١٢ مارس ٢٠١٧", "5 جانفي 2017", "3 رجب 1438 هـ" or "12/03/2017".
 *
 * <p>Month names ({@code ingest/months.tsv}) come in three Gregorian series — Levantine/Iraqi (كانون الثاني، شباط …), Egyptian
 * and Gulf (يناير، فبراير …), Maghrebi (جانفي، فيفري …) — and the Hijri months; Hijri dates are
 * converted with the JDK's Umm al-Qura calendar. Arabic-Indic and Persian digits count as digits.
 * Only the start of the text is searched: a date deep in an article is usually about something else.
 * Stateless and thread safe.
 */
public final class ArabicDateFinder {

  private static final int HEAD = 400;

  private static final Map<String, Integer> GREGORIAN = new LinkedHashMap<>();
  private static final Map<String, Integer> HIJRI = new LinkedHashMap<>();

  static {
    readMonths();
  }

  private static final Pattern NAMED = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})\\s+(?:من\\s+)?(" + alternatives(HIJRI) + "|" + alternatives(GREGORIAN)
          + ")\\s*[،,]?\\s*(\\d{4})(\\s*(?:هـ|ه(?!\\p{L})|للهجرة))?");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");

  public Instant find(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String head = ArabicNormaliser.asciiDigits(text.length() > HEAD ? text.substring(0, HEAD) : text);
    Matcher named = NAMED.matcher(head);
    while (named.find()) {
      Instant date = named(named);
      if (date != null) {
        return date;
      }
    }
    Matcher numeric = NUMERIC.matcher(head);
    while (numeric.find()) {
      Instant date = gregorian(numeric.group(3), numeric.group(2), numeric.group(1));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static Instant named(Matcher m) {
    int day = Integer.parseInt(m.group(1));
    int year = Integer.parseInt(m.group(3));
    String name = m.group(2);
    Integer hijriMonth = HIJRI.get(name);
    // A Hijri month name, or a year in the Hijri range with an هـ mark, is a Hijri date.
    if (hijriMonth != null && (year < 1600 || m.group(4) != null)) {
      try {
        return LocalDate.from(HijrahDate.of(year, hijriMonth, day)).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        return null;
      }
    }
    Integer month = GREGORIAN.get(name);
    return month == null ? null : gregorian(String.valueOf(year), String.valueOf(month), String.valueOf(day));
  }

  private static Instant gregorian(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day))
          .atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Reads {@code ingest/months.tsv}: calendar, month number, names separated by |. */
  private static void readMonths() {
    try (InputStream in = ArabicDateFinder.class.getResourceAsStream("/ingest/months.tsv")) {
      if (in == null) {
        throw new IllegalStateException("ingest/months.tsv is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        Map<String, Integer> months = "hijri".equals(cells[0]) ? HIJRI : GREGORIAN;
        for (String name : cells[2].split("\\|")) {
          months.put(name.strip(), Integer.parseInt(cells[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("ingest/months.tsv cannot be read", e);
    }
  }

  private static String alternatives(Map<String, Integer> months) {
    return months.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElseThrow();
  }
}
