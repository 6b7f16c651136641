package org.marsad.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The whole index's facet counts ({@code marsad.search.index-counts.*}, see {@link IndexFacetCounts}).
 *
 * @param refresh how often the background thread checks whether Solr opened a new searcher, and
 *     recounts if so: the longest a browse page waits for its cached counts after a commit (it
 *     asks Solr to count meanwhile), and how late suggestion counts may be
 */
@ConfigurationProperties("marsad.search.index-counts")
public record IndexCountsProperties(@DefaultValue("1s") Duration refresh) {

  public IndexCountsProperties {
    if (refresh == null || refresh.toMillis() < 1) {
      throw new IllegalArgumentException("marsad.search.index-counts.refresh must be at least 1ms, was " + refresh);
    }
  }
}
