package org.marsad.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import org.marsad.enrich.Lang;
import org.marsad.index.IndexException;
import org.marsad.search.Facet;
import org.marsad.search.HitExport;
import org.marsad.search.InvalidQueryException;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/search} and its siblings: facet value search and export (see API.md). The
 * parameters' constraints are checked by Spring MVC's own method validation, without a validating
 * proxy around the controller (which also validated every return value); {@link SearchParams}
 * checks its own.
 */
@RestController
@RequestMapping("/api/search")
@Tag(name = "search", description = "Faceted search over the indexed news")
class SearchController {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchController.class);

  /** The most hits one export writes. */
  static final long EXPORT_MAX = 100_000;

  private final SearchService search;
  private final ObjectMapper json;

  SearchController(SearchService search, ObjectMapper json) {
    this.search = search;
    this.json = json;
  }

  @GetMapping
  @Operation(summary = "Search with multi-select facets, negative filters, dates and highlighting",
      description = "Values of one facet are OR-ed, facets are AND-ed; each facet's counts ignore its "
          + "own filter (multi-select). Example: /api/search?q=حفتر&country=LY&notCountry=US&dates=year")
  SearchResult search(@ParameterObject SearchParams params, HttpServletRequest http)
      throws IndexException {
    checkNames(http, SearchParams.NAMES);
    return search.search(params.toRequest());
  }

  @GetMapping("/facets/{facet}")
  @Operation(summary = "Search a facet's values (for long lists), counted for the current search",
      description = "Example: /api/search/facets/country?contains=ليب&q=حفتر")
  SearchResult.Facet facetValues(
      @Parameter(description = "actor, country, topic or source", example = "country") @PathVariable String facet,
      @Parameter(description = "Text the value's id or label contains", example = "ليب")
      @RequestParam(required = false) String contains,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
      @ParameterObject SearchParams params, HttpServletRequest http) throws IndexException {
    checkNames(http, SearchParams.NAMES, "contains", "limit");
    if (contains != null && contains.length() > 100) {
      throw new InvalidQueryException("'contains' takes at most 100 characters");
    }
    return search.facetValues(params.toRequest(), Facet.of(facet), contains, limit);
  }

  @GetMapping("/export")
  @Operation(summary = "Every hit of a search, as JSON lines or CSV, for scripts",
      description = "Streams up to 100,000 hits in the search's order with a cursor. "
          + "Example: /api/search/export?q=ليبيا&format=csv")
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(description = "jsonl (default) or csv") @RequestParam(defaultValue = "jsonl") String format,
      @Parameter(description = "Most hits to write") @RequestParam(defaultValue = "100000") @Min(1)
      @Max(EXPORT_MAX) long max,
      @ParameterObject SearchParams params, HttpServletRequest http) throws IndexException {
    checkNames(http, SearchParams.NAMES, "format", "max");
    HitExport.Format exportFormat = exportFormat(format);
    SearchRequest request = params.toRequest();
    // Run once before the first byte: once streaming, an error can no longer be a problem detail.
    search.check(request);
    search.probe(request);
    StreamingResponseBody body = out -> {
      HitExport writer = new HitExport(exportFormat, json, out);
      try {
        search.export(request, max, writer::write);
        writer.finish();
      } catch (IndexException | RuntimeException e) {
        log.warn("Export stopped: {}", e.getMessage());
        // Too late for a status: the file itself says it is incomplete.
        writer.failed("The export stopped before the end; the search index did not answer. Run it again.");
      }
    };
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"marsad-export." + exportFormat.extension() + "\"")
        .body(body);
  }

  private static HitExport.Format exportFormat(String format) {
    try {
      return HitExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("format must be jsonl or csv, not '" + format + "'");
    }
  }

  /** Unknown parameters are refused, so a Solr parameter (fq, defType, qt...) is never silently ignored. */
  static void checkNames(HttpServletRequest http, java.util.Set<String> allowed, String... more) {
    for (String name : http.getParameterMap().keySet()) {
      if (!allowed.contains(name) && !java.util.Arrays.asList(more).contains(name)) {
        throw new InvalidQueryException("Unknown parameter '" + name + "'; see /v3/api-docs for the parameters");
      }
    }
  }

  static Lang language(String lang) {
    return SearchParams.language(lang);
  }
}
