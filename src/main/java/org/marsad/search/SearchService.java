package org.marsad.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.index.IndexException;
import org.marsad.solr.SolrConnection;

/**
 * Turns a {@link SearchRequest} into a safe Solr query and Solr's answer into a {@link
 * SearchResult}. Relevance (qf, pf, mm) is Solr's: the handler's defaults and paramsets, tuned
 * by admins; this class sends only the text, filters, facets, sort and paging. Thread safe.
 */
public final class SearchService {

  /** Facet ids are slugs, ISO codes or outlet names: letters, digits, spaces and a few marks. */
  private static final Pattern FACET_VALUE = Pattern.compile("[\\p{L}\\p{M}\\p{N} ._+'&()-]{1,120}");
  static final int FACET_LIMIT = 30;

  private final SolrConnection solr;
  private final FacetLabels labels;

  public SearchService(SolrConnection solr, FacetLabels labels) {
    this.solr = solr;
    this.labels = labels;
  }

  public SearchResult search(SearchRequest request) throws IndexException {
    SolrQuery query = toSolr(request);
    QueryResponse response;
    try {
      response = solr.client().query(solr.collection(), query);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new IndexException("Search failed: " + e.getMessage(), e);
    }
    return toResult(request, response);
  }

  SolrQuery toSolr(SearchRequest request) {
    SolrQuery query = new SolrQuery();
    String q = UserQuery.check(request.q());
    if (q != null) {
      query.setQuery(q);
    }
    for (FacetType type : FacetType.values()) {
      filter(query, type.field(), request.filters().getOrDefault(type, List.of()));
    }
    filter(query, "source", request.sources());
    dateFilter(query, request.from(), request.to());
    query.setFacet(true);
    query.setFacetLimit(FACET_LIMIT);
    query.setFacetMinCount(1);
    for (FacetType type : FacetType.values()) {
      query.addFacetField("{!ex=f_" + type.field() + "}" + type.field());
    }
    query.addFacetField("{!ex=f_source}source");
    query.set("hl", q != null);
    query.set("hl.defaultSummary", true);
    query.setFields("id", "title", "published", "source", "url", "actor", "country", "topic");
    switch (request.sort()) {
      case NEWEST -> query.addSort("published", SolrQuery.ORDER.desc);
      case OLDEST -> query.addSort("published", SolrQuery.ORDER.asc);
      case RELEVANCE -> {
        query.addSort("score", SolrQuery.ORDER.desc);
        query.addSort("published", SolrQuery.ORDER.desc);
      }
    }
    query.addSort("id", SolrQuery.ORDER.asc);
    query.setStart(request.page() * request.size());
    query.setRows(request.size());
    return query;
  }

  private static void filter(SolrQuery query, String field, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<String> terms = new ArrayList<>();
    for (String value : values) {
      if (!FACET_VALUE.matcher(value).matches()) {
        throw new InvalidQueryException("'" + value + "' is not a valid " + field + " value");
      }
      terms.add("\"" + ClientUtils.escapeQueryChars(value) + "\"");
    }
    // Tagged, so the facet's own counts can exclude it (multi-select facets).
    query.addFilterQuery("{!tag=f_" + field + "}" + field + ":(" + String.join(" OR ", terms) + ")");
  }

  private static void dateFilter(SolrQuery query, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return;
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("'from' (" + from + ") is after 'to' (" + to + ")");
    }
    String lower = from == null ? "*" : instant(from);
    String upper = to == null ? "*" : instant(to.plusDays(1));
    query.addFilterQuery("{!tag=f_published}published:[" + lower + " TO " + upper + "}");
  }

  private static String instant(LocalDate day) {
    return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC));
  }

  private SearchResult toResult(SearchRequest request, QueryResponse response) {
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFirstValue("id");
      hits.add(new SearchResult.Hit(
          id,
          (String) doc.getFirstValue("title"),
          snippet(highlighting == null ? null : highlighting.get(id)),
          doc.getFirstValue("published") instanceof java.util.Date d ? d.toInstant() : null,
          (String) doc.getFirstValue("source"),
          (String) doc.getFirstValue("url"),
          values(FacetType.ACTOR, doc.getFieldValues("actor"), request.lang()),
          values(FacetType.COUNTRY, doc.getFieldValues("country"), request.lang()),
          values(FacetType.TOPIC, doc.getFieldValues("topic"), request.lang())));
    }
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (FacetType type : FacetType.values()) {
      facets.add(facet(type.field(), response.getFacetField(type.field()), type, request.lang()));
    }
    facets.add(facet("source", response.getFacetField("source"), null, request.lang()));
    return new SearchResult(
        response.getResults().getNumFound(), request.page(), request.size(), hits, facets);
  }

  private static String snippet(Map<String, List<String>> fields) {
    if (fields == null) {
      return null;
    }
    for (String field : List.of("body", "title")) {
      List<String> fragments = fields.get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return String.join(" … ", fragments);
      }
    }
    return null;
  }

  private List<LabeledValue> values(FacetType type, Collection<Object> ids, String lang) {
    if (ids == null) {
      return List.of();
    }
    return ids.stream().map(id -> LabeledValue.of(labels.labelOf(type, id.toString()), lang)).toList();
  }

  private SearchResult.Facet facet(String name, FacetField field, FacetType type, String lang) {
    List<SearchResult.FacetCount> counts = new ArrayList<>();
    if (field != null && field.getValues() != null) {
      for (FacetField.Count count : field.getValues()) {
        if (type == null) {
          counts.add(new SearchResult.FacetCount(
              count.getName(), null, Map.of("ar", count.getName(), "en", count.getName()),
              count.getName(), count.getCount()));
        } else {
          LabeledValue value = LabeledValue.of(labels.labelOf(type, count.getName()), lang);
          counts.add(new SearchResult.FacetCount(
              value.id(), value.type(), value.labels(), value.label(), count.getCount()));
        }
      }
    }
    return new SearchResult.Facet(name, counts);
  }
}
