package org.marsad.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What one search may cost ({@code marsad.search.*}): a fuzzy, wildcard or range term can visit
 * every word of the index, so their number and reach are capped before Solr sees the query;
 * Solr stops a search past its time and CPU allowance; and searches run a bounded number at a
 * time.
 *
 * @param maxExpandingTerms fuzzy ({@code word~}), wildcard ({@code wor*}, {@code w?rd}) and range
 *     terms in one query
 * @param maxEditDistance edits a fuzzy term may allow ({@code word~1}, {@code word~2}; Lucene's
 *     own maximum is 2)
 * @param minPrefix letters a fuzzy term needs, and letters before a wildcard
 * @param timeAllowed Solr's {@code timeAllowed}: wall time after which a search is stopped
 * @param cpuAllowed Solr's {@code cpuAllowed}: CPU time after which a search is stopped
 * @param maxConcurrent searches (and export batches) sent to Solr at once
 * @param queueWait how long a search waits for its turn before a 503
 */
@Validated
@ConfigurationProperties("marsad.search")
public record SearchLimits(
    @Min(0) @DefaultValue("3") int maxExpandingTerms,
    @Min(0) @Max(2) @DefaultValue("2") int maxEditDistance,
    @Min(1) @DefaultValue("3") int minPrefix,
    @DefaultValue("10s") Duration timeAllowed,
    @DefaultValue("10s") Duration cpuAllowed,
    @Min(1) @DefaultValue("16") int maxConcurrent,
    @DefaultValue("2s") Duration queueWait) {

  public SearchLimits {
    for (Duration d : new Duration[] {timeAllowed, cpuAllowed}) {
      if (d.toMillis() < 1) {
        throw new IllegalArgumentException(
            "marsad.search.time-allowed and cpu-allowed must be at least 1ms, was " + d);
      }
    }
    if (queueWait.isNegative()) {
      throw new IllegalArgumentException("marsad.search.queue-wait may not be negative, was " + queueWait);
    }
  }

  /** The defaults (tests and tools that build a service by hand). */
  public static SearchLimits defaults() {
    return new SearchLimits(3, 2, 3, Duration.ofSeconds(10), Duration.ofSeconds(10), 16, Duration.ofSeconds(2));
  }
}
