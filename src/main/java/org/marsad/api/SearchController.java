package org.marsad.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.enrich.FacetType;
import org.marsad.index.IndexException;
import org.marsad.search.InvalidQueryException;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: faceted search with highlighting (see API.md). */
@RestController
@RequestMapping("/api")
@Validated
class SearchController {

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping("/search")
  SearchResult search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false, defaultValue = "") List<String> actor,
      @RequestParam(required = false, defaultValue = "") List<String> country,
      @RequestParam(required = false, defaultValue = "") List<String> topic,
      @RequestParam(required = false, defaultValue = "") List<String> source,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "relevance") String sort,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
      @RequestParam(defaultValue = "10") @Min(1) @Max(100) int size,
      @RequestParam(defaultValue = "ar") String lang)
      throws IndexException {
    Map<FacetType, List<String>> filters = new EnumMap<>(FacetType.class);
    filters.put(FacetType.ACTOR, nonBlank(actor));
    filters.put(FacetType.COUNTRY, nonBlank(country));
    filters.put(FacetType.TOPIC, nonBlank(topic));
    return search.search(new SearchRequest(
        q, filters, nonBlank(source), from, to, sort(sort), page, size, language(lang)));
  }

  static String language(String lang) {
    if (!"ar".equals(lang) && !"en".equals(lang)) {
      throw new InvalidQueryException("lang must be 'ar' or 'en', not '" + lang + "'");
    }
    return lang;
  }

  private static SearchRequest.Sort sort(String sort) {
    try {
      return SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("sort must be relevance, newest or oldest, not '" + sort + "'");
    }
  }

  private static List<String> nonBlank(List<String> values) {
    return values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
  }
}
