package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.index.DocumentIndex;
import org.marsad.search.SearchFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /api/search}, its facet value search and export, and {@code /api/suggest}, over HTTP against real Solr. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiIT {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws java.io.IOException {
    // Made here, not with @TempDir: the context (and this registry) is built before JUnit fills it.
    Path dataDir = java.nio.file.Files.createTempDirectory("marsad-search-it");
    registry.add("marsad.data-dir", dataDir::toString);
  }

  @LocalServerPort int port;
  @Autowired DocumentIndex index;
  @Autowired org.marsad.search.SearchService search;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;
  @Autowired org.marsad.search.IndexFacetCounts indexCounts;
  ApiClient api;

  @BeforeAll
  void load() throws Exception {
    api = new ApiClient(port);
    SearchFixture.load(index);
    // Suggestions rank entities by the index-wide counts, counted on a background thread after the
    // load: wait until they are of the loaded index and one more check has handed them on.
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (indexCounts.current().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    long checks = indexCounts.checks();
    while (indexCounts.checks() == checks && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(indexCounts.current()).as("index-wide counts of the loaded fixture").isPresent();
  }

  @Test
  void multiSelectFacetsKeepTheirOwnCountsAndNarrowTheOthers() {
    JsonNode all = search();
    assertThat(all.get("total").asLong()).isEqualTo(SearchFixture.SIZE);
    assertThat(counts(all, "country")).containsEntry("LY", 11L).containsEntry("EG", 3L);

    JsonNode egypt = search("country", "EG");
    assertThat(egypt.get("total").asLong()).isEqualTo(3);
    // The country facet ignores its own filter: choosing Egypt does not hide Libya's count.
    assertThat(counts(egypt, "country")).containsEntry("LY", 11L).containsEntry("EG", 3L);
    // Other facets are counted within Egypt's documents.
    assertThat(counts(egypt, "topic")).containsOnlyKeys("armed-conflict", "elections");
    assertThat(counts(egypt, "actor")).containsOnly(Map.entry("khalifa-haftar", 2L));

    JsonNode egyptOrMorocco = search("country", "EG", "country", "MA");
    assertThat(egyptOrMorocco.get("total").asLong()).isEqualTo(4);
    JsonNode egyptAndElections = search("country", "EG", "topic", "elections");
    assertThat(egyptAndElections.get("total").asLong()).isEqualTo(1);
    assertThat(counts(egyptAndElections, "topic")).containsEntry("armed-conflict", 2L);
  }

  @Test
  void negativeFiltersDropDocumentsAndKeepTheExcludedValueVisible() {
    JsonNode notEgypt = search("notCountry", "EG");
    assertThat(notEgypt.get("total").asLong()).isEqualTo(9);
    assertThat(ids(notEgypt)).doesNotContain("d01", "d02", "d09");
    assertThat(counts(notEgypt, "country")).containsEntry("EG", 3L);
    assertThat(counts(notEgypt, "topic")).doesNotContainKeys("armed-conflict", "elections");

    JsonNode libyaNotHaftar = search("country", "LY", "notActor", "khalifa-haftar", "size", "20");
    assertThat(libyaNotHaftar.get("total").asLong()).isEqualTo(8);
    assertThat(search("notSource", "الوسط").get("total").asLong()).isEqualTo(7);
  }

  @Test
  void dateRangeFiltersAndTheHistogramShowsEveryPeriod() {
    JsonNode from2017 = search("from", "2017-01-01", "dates", "year");
    assertThat(from2017.get("total").asLong()).isEqualTo(7);
    Map<String, Long> years = new LinkedHashMap<>();
    from2017.at("/dates/buckets").forEach(b -> years.put(b.get("key").asText(), b.get("count").asLong()));
    assertThat(years).containsExactly(Map.entry("2015", 2L), Map.entry("2016", 3L), Map.entry("2017", 7L));

    JsonNode march2016 = search("from", "2016-03-01", "to", "2016-03-10");
    assertThat(ids(march2016)).containsExactly("d01");
    JsonNode months = search("dates", "month");
    assertThat(months.at("/dates/gap").asText()).isEqualTo("month");
    assertThat(months.at("/dates/buckets/0/key").asText()).isEqualTo("2015-11");
    assertThat(months.at("/dates/buckets").size()).isEqualTo(20); // 2015-11 .. 2017-06, empty months too
  }

  @Test
  void sortsByDate() {
    assertThat(ids(search("sort", "newest", "size", "3"))).containsExactly("d08", "d07", "d12");
    assertThat(ids(search("sort", "oldest", "size", "2"))).containsExactly("d09", "d10");
  }

  @Test
  void cursorPagingAndExportReturnEveryHitOnce() {
    List<String> seen = new ArrayList<>();
    String cursor = "*";
    for (int pages = 0; pages < 10; pages++) {
      JsonNode page = search("cursor", cursor, "size", "5", "sort", "newest");
      page.get("hits").forEach(h -> seen.add(h.get("id").asText()));
      String next = page.get("nextCursor").asText();
      if (next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    assertThat(seen).hasSize(SearchFixture.SIZE).doesNotHaveDuplicates();

    ApiClient.Response jsonl = api.get("/api/search/export", "country", "LY");
    assertThat(jsonl.status()).isEqualTo(200);
    assertThat(jsonl.body().lines().count()).isEqualTo(11);
    assertThat(jsonl.body().lines().findFirst().orElseThrow()).contains("\"id\":\"d");
    ApiClient.Response csv = api.get("/api/search/export", "format", "csv", "topic", "sanctions");
    assertThat(csv.contentType()).startsWith("text/csv");
    List<String> rows = csv.body().lines().toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).endsWith("id,title,published,source,url,actors,countries,topics");
    assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r).contains("sanctions", "united-nations-security-council|united-nations"));
  }

  @Test
  void similarDocumentsFindTheNearDuplicateFirst() {
    JsonNode like = search("like", "d05");
    assertThat(ids(like)).first().isEqualTo("d06");
    assertThat(ids(like)).doesNotContain("d05");
  }

  @Test
  void collapseShowsOneHitPerNearDuplicateGroup() {
    JsonNode collapsed = search("collapse", "true", "size", "20");
    assertThat(collapsed.get("total").asLong()).isEqualTo(SearchFixture.SIZE - 2);
    Set<String> ids = new HashSet<>(ids(collapsed));
    assertThat(ids.contains("d01") ^ ids.contains("d02")).isTrue();
    assertThat(ids.contains("d05") ^ ids.contains("d06")).isTrue();
    collapsed.get("hits").forEach(h -> {
      String id = h.get("id").asText();
      long expected = Set.of("d01", "d02", "d05", "d06").contains(id) ? 1 : 0;
      assertThat(h.get("duplicates").asLong()).as(id).isEqualTo(expected);
    });
  }

  @Test
  void textSearchHighlightsAndLabelsInTheAskedLanguage() {
    JsonNode hits = search("q", "حظر الأسلحة", "lang", "en");
    assertThat(ids(hits)).contains("d05", "d06");
    assertThat(hits.at("/hits/0/snippet").asText()).contains("<mark>");
    assertThat(hits.at("/hits/0/countries/0/label").asText()).isEqualTo("Libya");
    JsonNode fielded = search("q", "actor:khalifa-haftar -country:EG");
    assertThat(ids(fielded)).containsExactly("d04");
    assertThat(ids(search("q", "\"مواقع المسلحين في بنغازي\""))).containsExactlyInAnyOrder("d01", "d02");
  }

  @Test
  void facetValueSearchFindsValuesByLabelInEitherScript() {
    JsonNode egypt = api.get("/api/search/facets/country", "contains", "مصر").json();
    assertThat(egypt.get("values")).hasSize(1);
    assertThat(egypt.at("/values/0/id").asText()).isEqualTo("EG");
    assertThat(egypt.at("/values/0/count").asLong()).isEqualTo(3);
    JsonNode haftar = api.get("/api/search/facets/actor", "contains", "haft", "country", "EG").json();
    assertThat(haftar.at("/values/0/id").asText()).isEqualTo("khalifa-haftar");
    assertThat(haftar.at("/values/0/count").asLong()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      حفت        | actor   | khalifa-haftar
      Haf        | actor   | khalifa-haftar
      Haftar     | actor   | khalifa-haftar
      hifter     | actor   | khalifa-haftar
      hiftar     | actor   | khalifa-haftar
      المشير حف  | actor   | khalifa-haftar
      Dbeibah    | actor   | abdul-hamid-dbeibeh
      أفريك      | actor   | united-states-africa-command
      sarr       | actor   | fayez-al-sarraj
      ليب        | country | LY
      liby       | country | LY
      libyan     | country | LY
      عقوب       | topic   | sanctions
      """)
  void suggestsEntitiesInArabicAndLatinScript(String typed, String type, String id) {
    JsonNode first = api.get("/api/suggest", "q", typed).json().at("/suggestions/0");
    assertThat(first.get("type").asText()).isEqualTo(type);
    assertThat(first.get("id").asText()).isEqualTo(id);
  }

  @Test
  void suggestsTitlesByWordPrefix() {
    JsonNode suggestions = api.get("/api/suggest", "q", "بنغا").json().get("suggestions");
    List<String> titles = new ArrayList<>();
    suggestions.forEach(s -> {
      if ("title".equals(s.get("type").asText())) {
        titles.add(s.get("id").asText());
      }
    });
    assertThat(titles).containsExactlyInAnyOrder("d01", "d02");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      q=local params               | /api/search  | q      | {!xmlparser v='<!DOCTYPE a SYSTEM \"http://evil/\"><a/>'}
      q=nested query               | /api/search  | q      | _query_:{!lucene}*:*
      size too big                 | /api/search  | size   | 1000
      negative page                | /api/search  | page   | -1
      deep page                    | /api/search  | page   | 1000
      bad date                     | /api/search  | from   | 2017-13-45
      unknown sort                 | /api/search  | sort   | price
      unknown dates                | /api/search  | dates  | week
      bad facet value              | /api/search  | actor  | <script>
      bad lang                     | /api/search  | lang   | fr
      Solr parameter pass-through  | /api/search  | fq     | *:*
      Solr handler                 | /api/search  | qt     | /update
      bad cursor                   | /api/search  | cursor | AoE/not-a-real-cursor
      like path                    | /api/search  | like   | ../../etc
      export format                | /api/search/export | format | xlsx
      suggest too long             | /api/suggest | q      | ايييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييييي
      """)
  void refusesBadInputWithAProblemDetail(String name, String path, String param, String value) {
    ApiClient.Response response = api.get(path, param, value);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isNotBlank();
  }

  @Test
  void refusesBothQAndLikeAndAVeryLongQuery() {
    assertThat(api.get("/api/search", "q", "ليبيا", "like", "d05").status()).isEqualTo(400);
    assertThat(api.get("/api/search", "q", "ليبيا ".repeat(300)).status()).isEqualTo(400);
    assertThat(api.get("/api/search", "q", "title:[* TO").status()).isEqualTo(200);
  }

  @Test
  void costlyFuzzyAndWildcardQueriesAreA400ThatSaysWhatToChange() {
    ApiClient.Response five = api.get("/api/search", "q", "a~2 b~2 c~2 d~2 e~2");
    assertThat(five.status()).isEqualTo(400);
    assertThat(five.contentType()).startsWith("application/problem+json");
    String detail = five.json().get("detail").asText();
    assertThat(detail).contains("'a~2'", "at least 3 letters");
    assertThat(detail.toLowerCase(java.util.Locale.ROOT)).doesNotContain("http", "solr", "select", "q=", "wt=");

    String fiftyFuzzy = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "كلمة" + i + "~2")
        .collect(java.util.stream.Collectors.joining(" "));
    ApiClient.Response fifty = api.get("/api/search", "q", fiftyFuzzy);
    assertThat(fifty.status()).isEqualTo(400);
    assertThat(fifty.json().get("detail").asText()).contains("50 fuzzy", "at most 3");
    assertThat(api.get("/api/search/export", "q", fiftyFuzzy).status()).as("checked before streaming").isEqualTo(400);

    ApiClient.Response fuzzy = api.get("/api/search", "q", "حفتر~1");
    assertThat(fuzzy.status()).as("within the limits").isEqualTo(200);
    assertThat(fuzzy.json().get("total").asLong()).isPositive();
  }

  @Test
  void openSearchDescriptionPointsAtThePage() {
    ApiClient.Response description = api.get("/opensearch.xml");
    assertThat(description.contentType()).startsWith("application/opensearchdescription+xml");
    assertThat(description.body()).contains("template=\"http://localhost:" + port + "/?q={searchTerms}\"");
    assertThat(api.get("/api/suggest/opensearch", "q", "حفت").body()).startsWith("[\"حفت\",[\"خليفة حفتر\"");
  }

  @Test
  void openApiDescribesTheSearchParametersWithExamples() {
    JsonNode docs = api.get("/v3/api-docs").json();
    JsonNode search = docs.at("/paths/~1api~1search/get");
    List<String> names = new ArrayList<>();
    search.get("parameters").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).contains("q", "actor", "notCountry", "from", "cursor", "collapse", "like", "lang");
    assertThat(docs.at("/paths/~1api~1suggest/get/parameters/0/example").asText()).isEqualTo("حفت");
    assertThat(docs.at("/info/title").asText()).isEqualTo("Marsad API");
  }

  /**
   * The HTTP layer passes the search's answer on unchanged: the body is the very JSON the object
   * mapper writes for what {@code SearchService} returns, for a plain, a faceted and a month query.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "q=ليبيا||",
      "q=ليبيا|country=LY|dates=year",
      "dates=month|sort=newest|size=3"})
  void theBodyIsTheSearchResultAsTheObjectMapperWritesIt(String first, String second, String third) throws Exception {
    Map<String, String[]> query = new LinkedHashMap<>();
    List<String> params = new ArrayList<>();
    for (String pair : new String[] {first, second, third}) {
      if (pair != null) {
        String[] kv = pair.split("=", 2);
        query.put(kv[0], new String[] {kv[1]});
        params.add(kv[0]);
        params.add(kv[1]);
      }
    }
    ApiClient.Response response = api.get("/api/search", params.toArray(String[]::new));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.body()).isEqualTo(json.writeValueAsString(search.search(SearchParams.of(query).toRequest())));
  }

  private JsonNode search(String... params) {
    ApiClient.Response response = api.get("/api/search", params);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static Map<String, Long> counts(JsonNode result, String facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonNode f : result.get("facets")) {
      if (facet.equals(f.get("name").asText())) {
        f.get("values").forEach(v -> counts.put(v.get("id").asText(), v.get("count").asLong()));
      }
    }
    return counts;
  }
}
