package org.marsad.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Set;
import org.marsad.enrich.Lang;
import org.marsad.index.IndexException;
import org.marsad.search.Suggestion;
import org.marsad.search.SuggestService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/suggest}: what the search box offers as the user types (see API.md). The limit's
 * range is checked by Spring MVC's own method validation (no validating proxy: a keystroke is
 * the API's most frequent request).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "suggest", description = "Search box suggestions")
class SuggestController {

  private final SuggestService suggest;

  SuggestController(SuggestService suggest) {
    this.suggest = suggest;
  }

  @GetMapping("/suggest")
  @Operation(summary = "Actors, countries, topics and titles for a prefix, in Arabic or Latin script",
      description = "Entities first (those with documents first), then titles. "
          + "Example: /api/suggest?q=حفت or /api/suggest?q=Haf&lang=en")
  SuggestResponse suggest(
      @Parameter(description = "What the user typed so far", example = "حفت") @RequestParam String q,
      @Parameter(description = "Most entities, and most titles, to return")
      @RequestParam(defaultValue = "6") @Min(1) @Max(20) int limit,
      @Parameter(description = "Language of the labels: ar (default) or en")
      @RequestParam(defaultValue = "ar") String lang,
      HttpServletRequest http) throws IndexException {
    SearchController.checkNames(http, Set.of("q", "limit", "lang", "_"));
    return new SuggestResponse(q, suggest.suggest(q, limit, SearchController.language(lang)));
  }

  /** The browser's address-bar format of OpenSearch suggestions: {@code [q, [label, ...]]}. */
  @GetMapping(value = "/suggest/opensearch", produces = "application/x-suggestions+json")
  @Operation(summary = "Suggestions in the OpenSearch format browsers use: [q, [labels]]")
  List<Object> openSearch(@RequestParam String q, HttpServletRequest http) throws IndexException {
    SearchController.checkNames(http, Set.of("q"));
    List<String> labels = suggest.suggest(q, 6, Lang.AR).stream().map(Suggestion::label).distinct().toList();
    return List.of(q, labels);
  }

  /** The typed text and its suggestions, entities first. */
  record SuggestResponse(String q, List<Suggestion> suggestions) {}
}
