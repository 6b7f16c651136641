package org.marsad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written in the text, as Arabic articles give it in their dateline:
 * "12 آذار 2017", "١٢ مارس ٢٠١٧", "5 جانفي 2017", "3 رجب 1438 هـ" or "12/03/2017".
 *
 * <p>Month names come in three Gregorian series — Levantine/Iraqi (كانون الثاني، شباط …), Egyptian
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
    // Two-word names first, so "كانون الثاني" is not read as a bare "كانون".
    month(GREGORIAN, 1, "كانون الثاني", "يناير", "جانفي", "جانفييه");
    month(GREGORIAN, 2, "شباط", "فبراير", "فيفري");
    month(GREGORIAN, 3, "آذار", "اذار", "مارس");
    month(GREGORIAN, 4, "نيسان", "أبريل", "ابريل", "إبريل", "أفريل", "افريل");
    month(GREGORIAN, 5, "أيار", "ايار", "مايو", "ماي");
    month(GREGORIAN, 6, "حزيران", "يونيو", "يونيه", "جوان");
    month(GREGORIAN, 7, "تموز", "يوليو", "يوليه", "جويلية");
    month(GREGORIAN, 8, "آب", "اب", "أغسطس", "اغسطس", "أوت", "اوت");
    month(GREGORIAN, 9, "أيلول", "ايلول", "سبتمبر");
    month(GREGORIAN, 10, "تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر");
    month(GREGORIAN, 11, "تشرين الثاني", "نوفمبر");
    month(GREGORIAN, 12, "كانون الأول", "كانون الاول", "ديسمبر");
    month(HIJRI, 1, "محرم");
    month(HIJRI, 2, "صفر");
    month(HIJRI, 3, "ربيع الأول", "ربيع الاول");
    month(HIJRI, 4, "ربيع الآخر", "ربيع الاخر", "ربيع الثاني");
    month(HIJRI, 5, "جمادى الأولى", "جمادى الاولى");
    month(HIJRI, 6, "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية");
    month(HIJRI, 7, "رجب");
    month(HIJRI, 8, "شعبان");
    month(HIJRI, 9, "رمضان");
    month(HIJRI, 10, "شوال");
    month(HIJRI, 11, "ذو القعدة", "ذي القعدة");
    month(HIJRI, 12, "ذو الحجة", "ذي الحجة");
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
    String head = asciiDigits(text.length() > HEAD ? text.substring(0, HEAD) : text);
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

  /** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII; everything else unchanged. */
  static String asciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        out.append((char) ('0' + c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        out.append((char) ('0' + c - '\u06F0'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void month(Map<String, Integer> months, int number, String... names) {
    for (String name : names) {
      months.put(name, number);
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
