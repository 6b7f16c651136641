package org.marsad.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code retrieval/cases.tsv} against a real core built from {@code solr-config/} and
 * holding {@code retrieval/corpus.tsv}, through the {@code /select} handler and its paramsets as
 * shipped. All cases run; the failures are reported together.
 */
class RetrievalSuiteIT {

  static final String CORE = "news";

  @TempDir static Path home;
  static SolrTestNode solr;

  /** One line of cases.tsv. */
  record Case(int line, String kind, String query, String expected, String params) {
    @Override
    public String toString() {
      return "line " + line + ": " + kind + " [" + query + "] " + expected
          + (params.isEmpty() ? "" : " (" + params + ")");
    }
  }

  @BeforeAll
  static void indexCorpus() throws Exception {
    solr = SolrTestNode.start(home);
    solr.createCore(CORE, SolrTestNode.CONFIGSET);
    List<SolrInputDocument> docs = new ArrayList<>();
    for (String line : lines("retrieval/corpus.tsv")) {
      String[] columns = line.split("\t");
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", columns[0]);
      doc.addField("title", columns[1]);
      doc.addField("body", columns[2]);
      if (columns.length > 3) {
        // What SolrDocumentMapper writes from the tags: their mentions, as written.
        for (String name : columns[3].split(";")) {
          doc.addField("names", name);
        }
      }
      docs.add(doc);
    }
    solr.client().add(CORE, docs);
    solr.client().commit(CORE);
  }

  @AfterAll
  static void stop() throws IOException {
    solr.close();
  }

  @Test
  void everyCasePasses() throws Exception {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      String failure = run(c);
      if (failure != null) {
        failures.add(c + " -> " + failure);
      }
    }
    assertThat(failures).as("failed cases of " + cases.size()).isEmpty();
  }

  private String run(Case c) throws Exception {
    List<String> ids = ids(search(c.query(), c.params()));
    List<String> expected = List.of(c.expected().split(" "));
    return switch (c.kind()) {
      case "finds" -> ids.containsAll(expected) ? null : "got " + ids;
      case "only" -> Set.copyOf(ids).equals(Set.copyOf(expected)) ? null : "got " + ids;
      case "top" -> ids.size() >= expected.size() && ids.subList(0, expected.size()).equals(expected)
          ? null : "got " + ids;
      case "misses" -> c.expected().equals("*")
          ? (ids.isEmpty() ? null : "got " + ids)
          : (expected.stream().noneMatch(ids::contains) ? null : "got " + ids);
      case "same" -> {
        List<String> other = ids(search(c.expected(), c.params()));
        yield Set.copyOf(ids).equals(Set.copyOf(other)) && !ids.isEmpty()
            ? null : "got " + ids + ", other " + other;
      }
      case "marks" -> marks(c);
      default -> "unknown kind " + c.kind();
    };
  }

  private String marks(Case c) throws Exception {
    int space = c.expected().indexOf(' ');
    String id = c.expected().substring(0, space);
    String fragment = c.expected().substring(space + 1);
    SolrQuery query = query(c.query(), c.params());
    query.set("hl", true);
    QueryResponse response = solr.client().query(CORE, query);
    Map<String, List<String>> fields = response.getHighlighting().getOrDefault(id, Map.of());
    List<String> snippets = fields.values().stream().flatMap(List::stream).toList();
    return snippets.stream().anyMatch(s -> s.contains(fragment)) ? null : "got " + snippets;
  }

  private static QueryResponse search(String q, String params) throws Exception {
    return solr.client().query(CORE, query(q, params));
  }

  static SolrQuery query(String q, String params) {
    SolrQuery query = new SolrQuery(q);
    query.setRows(100);
    query.setFields("id", "score");
    if (!params.isEmpty()) {
      for (String pair : params.split("&")) {
        String[] kv = pair.split("=", 2);
        query.set(kv[0], kv[1]);
      }
    }
    return query;
  }

  private static List<String> ids(QueryResponse response) {
    return response.getResults().stream()
        .map(d -> (String) d.getFieldValue("id"))
        .toList();
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    List<String> all = rawLines("retrieval/cases.tsv");
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      cases.add(new Case(i + 1, c[0], c[1], c[2], c.length > 3 ? c[3] : ""));
    }
    return cases;
  }

  static List<String> lines(String resource) throws IOException {
    return rawLines(resource).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static List<String> rawLines(String resource) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            RetrievalSuiteIT.class.getClassLoader().getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
