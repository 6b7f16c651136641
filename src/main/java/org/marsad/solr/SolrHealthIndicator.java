package org.marsad.solr;

import org.apache.solr.client.solrj.SolrQuery;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health}: up when the news collection answers a query. */
@Component
class SolrHealthIndicator implements HealthIndicator {

  private final SolrConnection solr;

  SolrHealthIndicator(SolrConnection solr) {
    this.solr = solr;
  }

  @Override
  public Health health() {
    try {
      long documents = solr.client()
          .query(solr.collection(), new SolrQuery("*:*").setRows(0))
          .getResults().getNumFound();
      return Health.up()
          .withDetail("collection", solr.collection())
          .withDetail("documents", documents)
          .build();
    } catch (Exception e) {
      return Health.down().withDetail("collection", solr.collection())
          .withDetail("error", e.getMessage()).build();
    }
  }
}
