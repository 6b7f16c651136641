package org.marsad.api;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.Lang;
import org.marsad.search.Facet;
import org.marsad.search.InvalidQueryException;
import org.marsad.search.SearchFilters;
import org.marsad.search.SearchRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query-string parameters of {@code /api/search} and its export and facet-value siblings,
 * bound by name. Only these names are accepted ({@link #NAMES}): nothing is passed on to Solr.
 *
 * <p>Bound by {@link #of(Map)} in one pass over the query string ({@link SearchParamsResolver}),
 * not by Spring's data binder: binding this record by reflection re-read the annotations of its
 * twenty components on every request, a cost as large as the Solr request itself. The annotations
 * document the API (OpenAPI); {@link #of} enforces the same ranges.
 */
record SearchParams(
    @Parameter(description = "Free text, Arabic or Latin. Syntax: \"exact phrase\", +must, -mustNot, "
        + "OR, field:value for title, body, abstract, actor, country, topic, source, author.",
        example = "حفتر \"المجلس الرئاسي\"")
    String q,
    @Parameter(description = "Id of a document: find documents like it (more-like-this); not with q.")
    String like,
    @Parameter(description = "Actor ids to keep (OR-ed)", example = "khalifa-haftar") List<String> actor,
    @Parameter(description = "ISO 3166-1 alpha-2 codes to keep (OR-ed)", example = "LY") List<String> country,
    @Parameter(description = "Topic ids to keep (OR-ed)", example = "sanctions") List<String> topic,
    @Parameter(description = "Outlets to keep (OR-ed)") List<String> source,
    @Parameter(description = "Actor ids whose documents are dropped") List<String> notActor,
    @Parameter(description = "Country codes whose documents are dropped", example = "US") List<String> notCountry,
    @Parameter(description = "Topic ids whose documents are dropped") List<String> notTopic,
    @Parameter(description = "Outlets whose documents are dropped") List<String> notSource,
    @Parameter(description = "First publication day kept (inclusive)", example = "2016-01-01")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @Parameter(description = "Last publication day kept (inclusive)", example = "2017-06-30")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    @Parameter(description = "relevance (default), newest or oldest") String sort,
    @Parameter(description = "Zero-based page (page × size below 10,000; use cursor beyond)")
    @Min(0) @Max(MAX_PAGE) Integer page,
    @Parameter(description = "Hits per page, 1 to 100 (default 10)") @Min(1) @Max(MAX_SIZE) Integer size,
    @Parameter(description = "Deep paging: * for the first page, then the nextCursor of the previous one")
    String cursor,
    @Parameter(description = "Show near-duplicates (the same story from several outlets) as one hit")
    Boolean collapse,
    @Parameter(description = "Date histogram buckets: month (default) or year") String dates,
    @Parameter(description = "Language of the labels: ar (default) or en") String lang) {

  /** The parameter names this record binds, plus {@code _} (a cache-buster some clients add). */
  static final Set<String> NAMES = Set.of("q", "like", "actor", "country", "topic", "source",
      "notActor", "notCountry", "notTopic", "notSource", "from", "to", "sort", "page", "size",
      "cursor", "collapse", "dates", "lang", "_");

  /** Offset paging stops here: Solr's cost grows with the offset, a cursor's does not. */
  static final int MAX_OFFSET = 10_000;

  /** The lowest and highest page, and hits per page. */
  static final int MAX_PAGE = 1000;
  static final int MAX_SIZE = 100;

  /**
   * The parameters from a request's query string ({@code name → values}); names outside {@link
   * #NAMES} are ignored here (the controller refuses them). A value that cannot be read is an
   * {@link InvalidQueryException} naming the parameter.
   */
  static SearchParams of(Map<String, String[]> query) {
    return new SearchParams(
        first(query, "q"), first(query, "like"),
        all(query, "actor"), all(query, "country"), all(query, "topic"), all(query, "source"),
        all(query, "notActor"), all(query, "notCountry"), all(query, "notTopic"), all(query, "notSource"),
        date(query, "from"), date(query, "to"), first(query, "sort"),
        integer(query, "page", 0, MAX_PAGE), integer(query, "size", 1, MAX_SIZE),
        first(query, "cursor"), bool(query, "collapse"), first(query, "dates"), first(query, "lang"));
  }

  private static String first(Map<String, String[]> query, String name) {
    String[] values = query.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static List<String> all(Map<String, String[]> query, String name) {
    String[] values = query.get(name);
    if (values == null) {
      return null;
    }
    // Spring's binder split a single value at commas (country=LY,TN); so does this.
    if (values.length == 1) {
      return List.of(values[0].split(",", -1));
    }
    return List.of(values);
  }

  private static LocalDate date(Map<String, String[]> query, String name) {
    String value = first(query, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidQueryException("Parameter '" + name + "' has an invalid value '" + value
          + "': give a day as YYYY-MM-DD");
    }
  }

  private static Integer integer(Map<String, String[]> query, String name, int min, int max) {
    String value = first(query, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidQueryException("Parameter '" + name + "' has an invalid value '" + value + "'");
    }
    if (number < min || number > max) {
      throw new InvalidQueryException("Parameter '" + name + "' must be between " + min + " and " + max);
    }
    return number;
  }

  /** As Spring reads a Boolean: true, on, yes, 1 / false, off, no, 0, any case; blank is unset. */
  private static Boolean bool(Map<String, String[]> query, String name) {
    String value = first(query, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1" -> Boolean.TRUE;
      case "false", "off", "no", "0" -> Boolean.FALSE;
      default -> throw new InvalidQueryException("Parameter '" + name + "' has an invalid value '" + value
          + "': use true or false");
    };
  }

  SearchRequest toRequest() {
    int p = page == null ? 0 : page;
    int s = size == null ? 10 : size;
    if ((long) p * s + s > MAX_OFFSET) {
      throw new InvalidQueryException("Pages end at hit " + MAX_OFFSET
          + "; page further with cursor=* and each response's nextCursor, or use /api/search/export");
    }
    if (cursor != null && p > 0) {
      throw new InvalidQueryException("Give either 'page' or 'cursor', not both");
    }
    return new SearchRequest(q, blankToNull(like), filters(), parsedSort(), p, s, blankToNull(cursor),
        Boolean.TRUE.equals(collapse), parsedDateGap(), language(lang));
  }

  SearchFilters filters() {
    Map<Facet, List<String>> include = new EnumMap<>(Facet.class);
    include.put(Facet.ACTOR, clean(actor));
    include.put(Facet.COUNTRY, clean(country));
    include.put(Facet.TOPIC, clean(topic));
    include.put(Facet.SOURCE, clean(source));
    Map<Facet, List<String>> exclude = new EnumMap<>(Facet.class);
    exclude.put(Facet.ACTOR, clean(notActor));
    exclude.put(Facet.COUNTRY, clean(notCountry));
    exclude.put(Facet.TOPIC, clean(notTopic));
    exclude.put(Facet.SOURCE, clean(notSource));
    return new SearchFilters(include, exclude, from, to);
  }

  static Lang language(String lang) {
    if (lang == null || lang.isBlank()) {
      return Lang.AR;
    }
    return Lang.ofCode(lang).orElseThrow(
        () -> new InvalidQueryException("lang must be 'ar' or 'en', not '" + lang + "'"));
  }

  private SearchRequest.Sort parsedSort() {
    return choice(SearchRequest.Sort.class, sort, SearchRequest.Sort.RELEVANCE, "sort");
  }

  private SearchRequest.DateGap parsedDateGap() {
    return choice(SearchRequest.DateGap.class, dates, SearchRequest.DateGap.MONTH, "dates");
  }

  /** One of an enum's values by name, case-insensitive; blank gives the default. */
  private static <E extends Enum<E>> E choice(Class<E> type, String value, E fallback, String name) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
          .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
      throw new InvalidQueryException(
          name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > 50) {
      throw new InvalidQueryException("At most 50 values per facet filter");
    }
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
