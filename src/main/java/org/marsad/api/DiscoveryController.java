package org.marsad.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.marsad.enrich.DiscoveredName;
import org.marsad.enrich.NameDiscovery;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Names the knowledge base does not know, seen after titles or as capitalised Latin words in the
 * ingested documents, most frequent first — for a curator to add to kb/actors.yaml.
 */
@RestController
@RequestMapping("/api/discovery")
@Validated
class DiscoveryController {

  record NamesResponse(List<DiscoveredName> names) {}

  private final NameDiscovery discovery;

  DiscoveryController(NameDiscovery discovery) {
    this.discovery = discovery;
  }

  @GetMapping("/names")
  NamesResponse names(
      @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit,
      @RequestParam(defaultValue = "2") @Min(1) int minCount) {
    return new NamesResponse(discovery.top(limit, minCount));
  }
}
