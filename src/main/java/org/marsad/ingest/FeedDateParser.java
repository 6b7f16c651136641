package org.marsad.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that news formats write in their metadata: the {@code TIME} of
 * ANT/TREC news XML, RSS {@code pubDate}, Atom {@code published}/{@code updated} and a web page's
 * {@code article:published_time}.
 *
 * <ul>
 *   <li><b>RFC 1123 / RFC 822</b> (RSS, the multi-source ANT outlets): {@code Sun, 18 Feb 2018
 *       17:21:49 GMT}, {@code … +0400}, {@code … +0000}; the weekday is optional and not checked
 *       (feeds get it wrong), the day may have one digit, seconds are optional, a two-digit year is
 *       of this century; the zone is a numeric offset or a name of RFC 822 ({@code GMT}, {@code
 *       UT}, {@code UTC}, {@code Z}, {@code EST} … {@code PDT}). A zone name it does not know fails
 *       rather than guessing.
 *   <li><b>ISO-8601</b> (Atom, HTML meta): {@code 2018-02-18T17:21:49Z}, with an offset written
 *       {@code +04:00} or {@code +0400}, with a zone id ({@code [Asia/Dubai]}), fractions of a
 *       second, a space for the {@code T}; a date and time without a zone, or a bare date, is taken
 *       as UTC; so is ISO's basic time without colons ({@code 2017-01-22T171800}).
 *   <li><b>Day, month, year</b> with slashes or dots ({@code 01/07/2016}, as ANT's Jawhara FM writes
 *       it): day first, as Arabic and European outlets write dates and as {@code ArabicDateFinder}
 *       reads datelines; the day at 00:00 UTC.
 * </ul>
 *
 * Stateless and thread safe.
 */
public final class FeedDateParser {

  private static final Pattern RFC_822 = Pattern.compile(
      "(?:[A-Za-z]{3,9}\\s*,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4}|\\d{2})"
          + "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?"
          + "(?:\\s*\\([^)]*\\))?");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  /** RFC 822 section 5.1's zone names; the military letters other than Z are too often wrong. */
  private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
      Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));
  private static final DateTimeFormatter ISO_WITH_ANY_OFFSET = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter(Locale.ROOT);
  private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
  /** ISO-8601's basic time, {@code 2017-01-22T171800}: colons put back before parsing. */
  private static final Pattern BASIC_TIME =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T)(\\d{2})(\\d{2})(\\d{2})?(?=$|[Z+-])");
  /** Day first, as Arabic and European outlets write it ({@code 01/07/2016} is 1 July). */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

  /** The instant the text names, or empty when it is no date in a format this class reads. */
  public Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    Matcher rfc = RFC_822.matcher(value);
    if (rfc.matches()) {
      return rfc822(rfc);
    }
    Matcher dayFirst = DAY_MONTH_YEAR.matcher(value);
    if (dayFirst.matches()) {
      return dayMonthYear(dayFirst);
    }
    value = DATE_SPACE_TIME.matcher(value).replaceFirst("$1T$2");
    Matcher basic = BASIC_TIME.matcher(value);
    if (basic.find()) {
      value = basic.replaceFirst("$1$2:$3" + (basic.group(4) == null ? "" : ":" + basic.group(4)));
    }
    return iso8601(value);
  }

  private static Optional<Instant> rfc822(Matcher m) {
    int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    Optional<ZoneOffset> zone = zone(m.group(7));
    if (month == 0 || zone.isEmpty()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += 2000;
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return Optional.of(local.toInstant(zone.get()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> dayMonthYear(Matcher m) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1))).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** No zone at all is UTC; a name RFC 822 does not define is unknown, not UTC. */
  private static Optional<ZoneOffset> zone(String zone) {
    if (zone == null) {
      return Optional.of(ZoneOffset.UTC);
    }
    if (zone.startsWith("+") || zone.startsWith("-")) {
      String digits = zone.replace(":", "");
      try {
        return Optional.of(ZoneOffset.ofHoursMinutes(
            Integer.parseInt(digits.substring(0, 3)),
            Integer.parseInt(digits.charAt(0) + digits.substring(3))));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
    return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
  }

  private static Optional<Instant> iso8601(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      // not with a zone id; try an offset, then none
    }
    try {
      var parsed = ISO_WITH_ANY_OFFSET.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
      return Optional.of(parsed instanceof OffsetDateTime o
          ? o.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // not a date and time; try a bare date
    }
    try {
      return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
