package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.MarsadApplication;
import org.marsad.index.DocumentIndex;
import org.marsad.ingest.TarGzReader;
import org.marsad.pipeline.IngestJobStatus;
import org.marsad.pipeline.IngestJobs;
import org.marsad.solr.SolrConnection;
import org.marsad.solr.analysis.SolrTestNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Marsad against Solr's stock Arabic chain on portal-style news queries over the multi-source ANT
 * corpus, graded by hand ({@code src/test/resources/relevance/}: {@code news-queries.tsv},
 * {@code news-qrels.tsv}, how they were made in {@code README.md} there).
 *
 * <p>One run indexes the corpus twice on one embedded node: the {@code news} core through Marsad's
 * whole pipeline (extract → enrich → index, exact duplicates dropped) and a {@code stock} core — a
 * copy of {@code solr-config/} whose {@code text_ar} is Lucene's ArabicAnalyzer chain with no exact
 * or names copies — holding the same articles' title, abstract and body, filled from the first.
 * Both are keyed by DOCNO. "stock" is queried with edismax over {@code title abstract body}, every
 * word optional (Solr's default {@code q.op=OR}) and no boosts; "marsad" is {@code /select} as
 * shipped (its defaults and the {@code relevance} paramset).
 *
 * <p>Prints nDCG@10 (gains 2^grade − 1), P@10, MRR@10 and R@20 (relevant = grade ≥ 1) per system,
 * per split (tuning, validation) and per query kind, and the share of unjudged documents in each
 * top 10: when a new row shows many, re-pool and judge the new documents.
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.NewsRelevanceBenchmark \
 *     -Dexec.args="../shared/data/ant-multisource-v2.1 --work target/news-bench --row recall=useParams=recall"
 * </pre>
 *
 * Options:
 * <ul>
 *   <li>{@code --work DIR}: keep both indexes in DIR and reuse them on the next run (a tuning loop
 *       then costs seconds); default a temporary directory, deleted at the end. What the index
 *       holds depends on the schema, the configset's word lists and the knowledge base: their
 *       fingerprint is kept in DIR, and a run whose fingerprint differs indexes again (a row or
 *       paramset, {@code params.json}, never does). {@code --reindex} forces it; {@code --keep-index}
 *       reuses the index all the same (when only query-side analysis changed); {@code --reanalyse}
 *       writes every document again from its stored fields (an analysis change without re-tagging:
 *       minutes instead of the pipeline's half hour);
 *   <li>{@code --only CAT,CAT}: index only these categories (a folder corpus laid out
 *       {@code <outlet>/<category>/<DOCNO>.txt});
 *   <li>{@code --row NAME=PARAMS} (repeatable): one more Marsad row with Solr parameters in
 *       query-string form, e.g. {@code mm=100%&pf=title_exact^6} or {@code useParams=recall};
 *       {@code --stock-row NAME=PARAMS} the same on the stock core;
 *   <li>{@code --pool FILE}: write the pool (top 20 of every row per query, deduplicated, blind to
 *       the system) as {@code query id TAB docno};
 *   <li>{@code --pool-depth N}: pool the top N of every row instead of 20 (re-pooling after a
 *       change: judge what a row shows in its top 10 first);
 *   <li>{@code --sheet FILE}: write, for each pooled pair not judged yet, the query, its need, the
 *       document's title and the opening of its text (a judging sheet; stays outside the project);
 *   <li>{@code --queries FILE}, {@code --qrels FILE}: other query or judgment files;
 *   <li>{@code --per-query}: print nDCG@10 of every query and row;
 *   <li>{@code --tuning-only}: search and report the tuning queries only (the tuning loop: no
 *       validation figure is seen until the final run);
 *   <li>{@code --show ID,ID}: print every row's top 10 for these <b>tuning</b> queries (grade, DOCNO,
 *       title), to see why a row ranks as it does; a validation query is refused, so tuning never
 *       looks at the queries it is judged on.
 * </ul>
 */
public final class NewsRelevanceBenchmark {

  static final String STOCK = "stock";
  static final String STOCK_PARAMS = "qf=title abstract body&mm=0%&pf=&ps=0&tie=0";
  static final int POOL_DEPTH = 20;
  private static final int CUTOFF = 10;
  private static final int SHEET_CHARS = 300;
  private static final String FINGERPRINT = "index-fingerprint.txt";

  /**
   * A query and its need; {@code judgedAs} is the query whose judgments it uses (itself, or the twin
   * whose need it shares: a Latin-script name, another spelling), so one need is judged once.
   */
  record Query(String id, String split, String kind, String text, String need, String judgedAs) {}

  /** A system to score: the core it asks and the parameters it adds to the handler's own. */
  record Run(String name, String core, String params) {}

  record Scores(double ndcg, double precision, double rr, double recall, double unjudged, boolean hasRelevant) {}

  private NewsRelevanceBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    List<Query> queries = readQueries(options.queries).stream()
        .filter(q -> !options.tuningOnly || q.split().equals("tuning")).toList();
    List<String> validation = queries.stream().filter(q -> options.show.contains(q.id()))
        .filter(q -> !q.split().equals("tuning")).map(Query::id).toList();
    if (!validation.isEmpty() || !options.show.stream().allMatch(id -> queries.stream().anyMatch(q -> q.id().equals(id)))) {
      throw new IllegalArgumentException("--show takes tuning query ids only: " + options.show);
    }
    Map<String, Map<String, Integer>> qrels = readQrels(options.qrels);
    boolean temporary = options.work == null;
    Path work = temporary ? Files.createTempDirectory("marsad-news-bench") : options.work.toAbsolutePath();
    Files.createDirectories(work);
    System.setProperty("solr.log.dir", work.resolve("logs").toString());
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MarsadApplication.class)
        .run("--server.port=0", "--marsad.solr.embedded.port=0", "--marsad.data-dir=" + work.resolve("data"),
            "--marsad.sample-corpus=false", "--logging.level.root=WARN", "--logging.level.org.marsad=WARN")) {
      SolrConnection solr = app.getBean(SolrConnection.class);
      String marsadCore = solr.collection();
      indexMarsad(app, solr, options, work);
      // The stock core is the admin's business (the app's Solr user may use "news" only): the
      // benchmark creates, fills and asks both cores as the node's admin.
      SolrClient admin = adminClient(solr, work.resolve("data"));
      if (options.reanalyse) {
        reanalyse(admin, marsadCore, work);
      }
      indexStock(solr, admin, work.resolve("data").resolve("solr"));
      List<Run> runs = new ArrayList<>();
      runs.add(new Run("stock text_ar", STOCK, STOCK_PARAMS));
      runs.add(new Run("marsad (as shipped)", marsadCore, ""));
      options.stockRows.forEach((name, params) -> runs.add(new Run("stock, " + name, STOCK, STOCK_PARAMS + "&" + params)));
      options.rows.forEach((name, params) -> runs.add(new Run("marsad, " + name, marsadCore, params)));

      Map<Run, Map<String, List<String>>> results = new LinkedHashMap<>();
      for (Run run : runs) {
        Map<String, List<String>> perQuery = new LinkedHashMap<>();
        for (Query query : queries) {
          perQuery.put(query.id(), search(admin, run, query.text()));
        }
        results.put(run, perQuery);
      }
      report(queries, qrels, results, options.perQuery);
      if (!options.show.isEmpty()) {
        show(admin, queries, qrels, results, options.show);
      }
      if (options.pool != null) {
        writePool(options.pool, queries, results, options.poolDepth);
      }
      if (options.sheet != null) {
        writeSheet(options.sheet, admin, queries, qrels, results, options.poolDepth);
      }
    } finally {
      if (temporary) {
        try (Stream<Path> files = Files.walk(work)) {
          files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
      }
    }
    System.exit(0);
  }

  // ---- indexing -------------------------------------------------------------------------------

  private static void indexMarsad(ConfigurableApplicationContext app, SolrConnection solr, Options options, Path work)
      throws Exception {
    long count = count(solr.client(), solr.collection());
    Path fingerprintFile = work.resolve(FINGERPRINT);
    String fingerprint = indexFingerprint();
    String previous = Files.exists(fingerprintFile) ? Files.readString(fingerprintFile).strip() : null;
    if (count > 0 && !options.reindex
        && (previous == null || previous.equals(fingerprint) || options.keepIndex)) {
      System.out.printf(Locale.ROOT, "Reusing the Marsad index in %s: %d documents%s%n", work, count,
          previous == null ? " (made before fingerprints were kept: its schema is not checked)" : "");
      return;
    }
    if (count > 0) {
      System.out.printf(Locale.ROOT, "The schema, word lists or knowledge base changed since the index in %s"
          + " was made (or --reindex): indexing again%n", work);
      solr.client().deleteByQuery(solr.collection(), "*:*");
      solr.client().commit(solr.collection());
    }
    Path input = options.only.isEmpty() ? tarballIn(options.corpus)
        : selectCategories(options.corpus, options.only, work);
    long start = System.nanoTime();
    IngestJobStatus status = app.getBean(IngestJobs.class).runNow(input,
        s -> System.out.printf(Locale.ROOT, "\rMarsad pipeline: %d/%d files, %.1f files/s, %d failures   ",
            s.done(), s.total(), s.docsPerSecond(), s.failed()));
    app.getBean(DocumentIndex.class).commit();
    System.out.printf(Locale.ROOT, "%nMarsad pipeline: %d files, %d indexed, %d duplicates, %d failed in %.0f s%n",
        status.done(), status.indexed(), status.duplicates(), status.failed(), (System.nanoTime() - start) / 1e9);
    long undated = solr.client().query(solr.collection(),
        new SolrQuery("*:*").setRows(0).addFilterQuery("-published:[* TO *]")).getResults().getNumFound();
    System.out.printf(Locale.ROOT, "Articles without a published date: %d%n", undated);
    Files.writeString(fingerprintFile, fingerprint);
  }

  /**
   * A digest of what decides the index's content: the configset's files except the paramsets
   * ({@code params.json}, query time only), the knowledge base (tags, names) and the classes that
   * analyse, tag and map text. Read from the classpath, as the app reads them.
   */
  static String indexFingerprint() throws IOException {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
      List<org.springframework.core.io.Resource> resources = new ArrayList<>();
      for (String pattern : List.of("classpath*:solr-config/conf/**", "classpath*:kb/**",
          "classpath*:org/marsad/solr/analysis/**", "classpath*:org/marsad/enrich/**", "classpath*:org/marsad/index/**")) {
        resources.addAll(List.of(resolver.getResources(pattern)));
      }
      resources.stream()
          .filter(r -> r.isReadable() && !String.valueOf(r.getFilename()).equals("params.json"))
          .sorted((a, b) -> String.valueOf(a.getDescription()).compareTo(String.valueOf(b.getDescription())))
          .forEach(r -> {
            try (var in = r.getInputStream()) {
              digest.update(String.valueOf(r.getFilename()).getBytes(StandardCharsets.UTF_8));
              digest.update(in.readAllBytes());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The corpus as given, or the one {@code .tar.gz} of a folder that holds just that (as it is shipped). */
  private static Path tarballIn(Path corpus) throws IOException {
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.list(corpus)) {
        List<Path> archives = files.filter(TarGzReader::isTarGz).toList();
        if (archives.size() == 1) {
          return archives.get(0);
        }
      }
    }
    return corpus;
  }

  /** A folder of links to the chosen categories' folders ({@code <outlet>/<category>}). */
  private static Path selectCategories(Path corpus, Set<String> categories, Path work) throws IOException {
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("--only needs the corpus as a folder (<outlet>/<category>/<DOCNO>.txt)");
    }
    Path selection = work.resolve("selection");
    try (Stream<Path> outlets = Files.list(corpus)) {
      for (Path outlet : outlets.filter(Files::isDirectory).toList()) {
        for (String category : categories) {
          Path folder = outlet.resolve(category);
          Path link = selection.resolve(outlet.getFileName().toString()).resolve(category);
          if (Files.isDirectory(folder) && !Files.exists(link)) {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, folder.toAbsolutePath());
          }
        }
      }
    }
    return selection;
  }

  /** A client of the embedded node's admin, whose generated password the app keeps in its data dir. */
  private static SolrClient adminClient(SolrConnection solr, Path dataDir) throws IOException {
    java.util.Properties users = new java.util.Properties();
    try (var in = Files.newInputStream(dataDir.resolve(org.marsad.solr.SolrSecurity.CREDENTIALS_FILE))) {
      users.load(in);
    }
    return new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder(solr.nodeBaseUrl())
        .withBasicAuthCredentials(users.getProperty("admin.username"), users.getProperty("admin.password"))
        .withRequestTimeout(300, java.util.concurrent.TimeUnit.SECONDS).build();
  }

  /**
   * Writes every document of the Marsad core again from its stored fields (every source field is
   * stored; the copies are made again), so a changed analysis chain applies to the whole index
   * without running the pipeline: the text and the tags stay as they are.
   */
  private static void reanalyse(SolrClient client, String core, Path work) throws Exception {
    long start = System.nanoTime();
    long written = 0;
    String cursor = "*";
    while (true) {
      SolrQuery page = new SolrQuery("*:*").setRows(500).setSort("id", SolrQuery.ORDER.asc);
      page.set("cursorMark", cursor);
      var response = client.query(core, page);
      List<SolrInputDocument> batch = new ArrayList<>();
      for (SolrDocument doc : response.getResults()) {
        SolrInputDocument copy = new SolrInputDocument();
        doc.getFieldNames().stream().filter(f -> !f.equals("_version_"))
            .forEach(f -> copy.setField(f, doc.getFieldValues(f)));
        batch.add(copy);
      }
      if (!batch.isEmpty()) {
        client.add(core, batch);
        written += batch.size();
        System.out.printf(Locale.ROOT, "\rRe-analysing the Marsad index: %d documents   ", written);
      }
      if (cursor.equals(response.getNextCursorMark())) {
        break;
      }
      cursor = response.getNextCursorMark();
    }
    client.commit(core);
    Files.writeString(work.resolve(FINGERPRINT), indexFingerprint());
    System.out.printf(Locale.ROOT, "%nRe-analysed %d documents in %.0f s%n", written, (System.nanoTime() - start) / 1e9);
  }

  /** The stock core, filled with the Marsad core's articles (same set, same text), keyed by DOCNO. */
  private static void indexStock(SolrConnection solr, SolrClient client, Path solrHome) throws Exception {
    if (CoreAdminRequest.getStatus(STOCK, client).getCoreStatus(STOCK).size() == 0) {
      RelevanceBenchmark.copyWithStockChain(SolrTestNode.CONFIGSET, solrHome.resolve("configsets").resolve(STOCK).resolve("conf"));
      CoreAdminRequest.Create create = new CoreAdminRequest.Create();
      create.setCoreName(STOCK);
      create.setConfigSet(STOCK);
      create.process(client);
    }
    long marsad = count(client, solr.collection());
    if (count(client, STOCK) == marsad) {
      System.out.printf(Locale.ROOT, "Reusing the stock index: %d documents%n", marsad);
      return;
    }
    client.deleteByQuery(STOCK, "*:*");
    long start = System.nanoTime();
    String cursor = "*";
    while (true) {
      SolrQuery page = new SolrQuery("*:*").setFields("id", "file_name", "title", "abstract", "body")
          .setRows(500).setSort("id", SolrQuery.ORDER.asc);
      page.set("cursorMark", cursor);
      var response = client.query(solr.collection(), page);
      List<SolrInputDocument> batch = new ArrayList<>();
      for (SolrDocument doc : response.getResults()) {
        SolrInputDocument copy = new SolrInputDocument();
        copy.addField("id", docno(doc));
        for (String field : List.of("title", "abstract", "body")) {
          if (doc.getFirstValue(field) != null) {
            copy.addField(field, doc.getFirstValue(field));
          }
        }
        batch.add(copy);
      }
      if (!batch.isEmpty()) {
        client.add(STOCK, batch);
      }
      if (cursor.equals(response.getNextCursorMark())) {
        break;
      }
      cursor = response.getNextCursorMark();
    }
    client.commit(STOCK);
    System.out.printf(Locale.ROOT, "Stock core: %d documents in %.0f s%n", count(client, STOCK),
        (System.nanoTime() - start) / 1e9);
  }

  /** The article's DOCNO: its file name without folders and {@code .txt} (ANT names files so). */
  static String docno(SolrDocument doc) {
    String name = String.valueOf(doc.getFirstValue("file_name"));
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static long count(SolrClient client, String core) throws Exception {
    return client.query(core, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  // ---- searching ------------------------------------------------------------------------------

  private static List<String> search(SolrClient client, Run run, String text) throws Exception {
    SolrQuery query = new SolrQuery(text);
    query.setRows(POOL_DEPTH);
    query.setFields(run.core().equals(STOCK) ? "id" : "file_name");
    for (String pair : run.params().split("&")) {
      if (!pair.isBlank()) {
        String[] kv = pair.split("=", 2);
        query.set(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    if (run.core().equals(STOCK)) {
      query.set("defType", "edismax");
    }
    return client.query(run.core(), query).getResults().stream()
        .map(d -> run.core().equals(STOCK) ? String.valueOf(d.getFirstValue("id")) : docno(d))
        .toList();
  }

  // ---- scoring --------------------------------------------------------------------------------

  static Scores score(List<String> ranked, Map<String, Integer> judged) {
    Map<String, Integer> grades = judged == null ? Map.of() : judged;
    double dcg = 0;
    int relevantAt10 = 0;
    int unjudged = 0;
    double rr = 0;
    for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
      Integer grade = grades.get(ranked.get(i));
      if (grade == null) {
        unjudged++;
        continue;
      }
      dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
      if (grade >= 1) {
        relevantAt10++;
        if (rr == 0) {
          rr = 1.0 / (i + 1);
        }
      }
    }
    List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(CUTOFF, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    }
    long relevantAt20 = ranked.stream().limit(POOL_DEPTH).filter(d -> grades.getOrDefault(d, 0) >= 1).count();
    return new Scores(idcg == 0 ? 0 : dcg / idcg, relevantAt10 / (double) CUTOFF, rr,
        ideal.isEmpty() ? 0 : relevantAt20 / (double) ideal.size(),
        unjudged / (double) CUTOFF, !ideal.isEmpty());
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static void report(List<Query> queries, Map<String, Map<String, Integer>> qrels,
      Map<Run, Map<String, List<String>>> results, boolean perQuery) {
    long judgedQueries = queries.stream().filter(q -> qrels.containsKey(q.judgedAs())).count();
    List<String> empty = queries.stream().filter(q -> qrels.containsKey(q.judgedAs()))
        .filter(q -> qrels.get(q.judgedAs()).values().stream().noneMatch(g -> g > 0)).map(Query::id).toList();
    System.out.printf(Locale.ROOT, "%n%d queries, %d judged, %d judgments; left out of the means (no relevant"
        + " document judged): %s%n", queries.size(), judgedQueries,
        qrels.values().stream().mapToInt(Map::size).sum(), empty.isEmpty() ? "none" : String.join(" ", empty));
    Predicate<Query> scored = q -> qrels.containsKey(q.judgedAs()) && !empty.contains(q.id());
    System.out.println();
    System.out.println("| system | queries | n | nDCG@10 | P@10 | MRR@10 | R@20 | unjudged@10 |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (String split : List.of("tuning", "validation", "all")) {
      for (Run run : results.keySet()) {
        row(run.name(), split, queries.stream().filter(scored)
            .filter(q -> split.equals("all") || q.split().equals(split)).toList(), qrels, results.get(run));
      }
    }
    System.out.println();
    System.out.println("nDCG@10 per query kind (tuning / validation / all):");
    System.out.println();
    List<String> kinds = queries.stream().map(Query::kind).distinct().sorted().toList();
    StringBuilder header = new StringBuilder("| kind | n (t/v) |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (Run run : results.keySet()) {
      header.append(' ').append(run.name()).append(" |");
      rule.append("---:|");
    }
    System.out.println(header);
    System.out.println(rule);
    for (String kind : kinds) {
      List<Query> ofKind = queries.stream().filter(scored).filter(q -> q.kind().equals(kind)).toList();
      List<Query> tuning = ofKind.stream().filter(q -> q.split().equals("tuning")).toList();
      List<Query> validation = ofKind.stream().filter(q -> q.split().equals("validation")).toList();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d/%d |", kind, tuning.size(),
          validation.size()));
      for (Run run : results.keySet()) {
        line.append(String.format(Locale.ROOT, " %s / %s / %s |", ndcg(tuning, qrels, results.get(run)),
            ndcg(validation, qrels, results.get(run)), ndcg(ofKind, qrels, results.get(run))));
      }
      System.out.println(line);
    }
    if (perQuery) {
      System.out.println();
      for (Query query : queries) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s %-10s %-16s %-28s", query.id(),
            query.split(), query.kind(), query.text()));
        for (Run run : results.keySet()) {
          Scores s = score(results.get(run).get(query.id()), qrels.get(query.judgedAs()));
          line.append(String.format(Locale.ROOT, "  %.2f (%d unj)", s.ndcg(), Math.round(s.unjudged() * CUTOFF)));
        }
        System.out.println(line);
      }
    }
  }

  private static String ndcg(List<Query> queries, Map<String, Map<String, Integer>> qrels,
      Map<String, List<String>> results) {
    return queries.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f", queries.stream()
        .mapToDouble(q -> score(results.get(q.id()), qrels.get(q.judgedAs())).ndcg()).average().orElse(0));
  }

  private static void row(String name, String split, List<Query> queries, Map<String, Map<String, Integer>> qrels,
      Map<String, List<String>> results) {
    List<Scores> scores = queries.stream().map(q -> score(results.get(q.id()), qrels.get(q.judgedAs()))).toList();
    System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.1f%% |%n", name, split,
        scores.size(), mean(scores, Scores::ndcg), mean(scores, Scores::precision), mean(scores, Scores::rr),
        mean(scores, Scores::recall), 100 * mean(scores, Scores::unjudged));
  }

  private static double mean(List<Scores> scores, java.util.function.ToDoubleFunction<Scores> metric) {
    return scores.stream().mapToDouble(metric).average().orElse(0);
  }

  /** Each row's top 10 for the given tuning queries: grade ({@code ?} unjudged), DOCNO and title. */
  private static void show(SolrClient client, List<Query> queries, Map<String, Map<String, Integer>> qrels,
      Map<Run, Map<String, List<String>>> results, Set<String> ids) throws Exception {
    for (Query query : queries) {
      if (!ids.contains(query.id())) {
        continue;
      }
      Map<String, Integer> grades = qrels.getOrDefault(query.judgedAs(), Map.of());
      for (Run run : results.keySet()) {
        List<String> top = results.get(run).get(query.id());
        top = top.subList(0, Math.min(CUTOFF, top.size()));
        System.out.printf(Locale.ROOT, "%n%s %s [%s] — %s: nDCG@10 %.2f%n", query.id(), query.text(), query.kind(),
            run.name(), score(results.get(run).get(query.id()), grades).ndcg());
        Map<String, String> titles = new LinkedHashMap<>();
        if (!top.isEmpty()) {
          SolrQuery fetch = new SolrQuery("*:*").setRows(top.size()).setFields("id", "title");
          fetch.addFilterQuery("{!terms f=id}" + String.join(",", top));
          client.query(STOCK, fetch).getResults()
              .forEach(d -> titles.put(String.valueOf(d.getFirstValue("id")), value(d, "title")));
        }
        for (int i = 0; i < top.size(); i++) {
          Integer grade = grades.get(top.get(i));
          System.out.printf(Locale.ROOT, "  %2d  %s  %-22s %s%n", i + 1, grade == null ? "?" : grade, top.get(i),
              titles.getOrDefault(top.get(i), ""));
        }
      }
    }
  }

  // ---- pool and judging sheet -----------------------------------------------------------------

  private static Map<String, Set<String>> pool(List<Query> queries, Map<Run, Map<String, List<String>>> results,
      int depth) {
    Map<String, Set<String>> pool = new LinkedHashMap<>();
    for (Query query : queries) {
      Set<String> docs = pool.computeIfAbsent(query.judgedAs(), k -> new TreeSet<>());
      results.values().forEach(r -> docs.addAll(r.get(query.id()).subList(0,
          Math.min(depth, r.get(query.id()).size()))));
    }
    return pool;
  }

  private static void writePool(Path file, List<Query> queries, Map<Run, Map<String, List<String>>> results,
      int depth) throws IOException {
    int pairs = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (var entry : pool(queries, results, depth).entrySet()) {
        for (String docno : entry.getValue()) {
          out.println(entry.getKey() + "\t" + docno);
          pairs++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%nPool: %d (query, document) pairs written to %s%n", pairs, file);
  }

  /** Pooled pairs not judged yet, grouped by query, in DOCNO order (which system found them is not shown). */
  private static void writeSheet(Path file, SolrClient client, List<Query> queries,
      Map<String, Map<String, Integer>> qrels, Map<Run, Map<String, List<String>>> results, int depth)
      throws Exception {
    int pairs = 0;
    Map<String, Set<String>> pool = pool(queries, results, depth);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (Query query : queries) {
        if (!query.judgedAs().equals(query.id())) {
          continue;
        }
        Map<String, Integer> judged = qrels.getOrDefault(query.id(), Map.of());
        List<String> todo = pool.get(query.id()).stream().filter(d -> !judged.containsKey(d)).toList();
        if (todo.isEmpty()) {
          continue;
        }
        out.printf("%n## %s [%s] %s — %s%n", query.id(), query.kind(), query.text(), query.need());
        for (int from = 0; from < todo.size(); from += 100) {
          List<String> ids = todo.subList(from, Math.min(todo.size(), from + 100));
          SolrQuery fetch = new SolrQuery("*:*").setRows(ids.size()).setFields("id", "title", "abstract", "body");
          fetch.addFilterQuery("{!terms f=id}" + String.join(",", ids));
          Map<String, SolrDocument> docs = new LinkedHashMap<>();
          client.query(STOCK, fetch).getResults().forEach(d -> docs.put(String.valueOf(d.getFirstValue("id")), d));
          for (String id : ids) {
            SolrDocument doc = docs.get(id);
            String text = doc == null ? "" : (value(doc, "abstract") + " " + value(doc, "body")).strip();
            out.printf("%s\t%s\t%s%n", id, doc == null ? "?" : value(doc, "title"),
                text.substring(0, Math.min(SHEET_CHARS, text.length())).replaceAll("\\s+", " "));
            pairs++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "Judging sheet: %d unjudged pairs written to %s%n", pairs, file);
  }

  private static String value(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? "" : value.toString().replaceAll("\\s+", " ");
  }

  // ---- files and options ----------------------------------------------------------------------

  static List<Query> readQueries(Path file) throws IOException {
    List<Query> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 5 || f.length > 6 || !Set.of("tuning", "validation").contains(f[1])) {
        throw new IllegalArgumentException("Bad query line (id, split, kind, query, need[, judged as]): " + line);
      }
      queries.add(new Query(f[0], f[1], f[2], f[3], f[4], f.length == 6 ? f[5] : f[0]));
    }
    return queries;
  }

  static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return qrels;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      int grade = Integer.parseInt(f[2].strip());
      if (grade < 0 || grade > 2) {
        throw new IllegalArgumentException("Grades are 0, 1 or 2: " + line);
      }
      qrels.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], grade);
    }
    return qrels;
  }

  private static final class Options {
    Path corpus;
    Path work;
    Path pool;
    Path sheet;
    Path queries = Path.of("src/test/resources/relevance/news-queries.tsv");
    Path qrels = Path.of("src/test/resources/relevance/news-qrels.tsv");
    Set<String> only = new LinkedHashSet<>();
    Set<String> show = new LinkedHashSet<>();
    Map<String, String> rows = new LinkedHashMap<>();
    Map<String, String> stockRows = new LinkedHashMap<>();
    boolean perQuery;
    boolean tuningOnly;
    boolean reindex;
    boolean keepIndex;
    boolean reanalyse;
    int poolDepth = POOL_DEPTH;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--work" -> o.work = Path.of(args[++i]);
          case "--pool" -> o.pool = Path.of(args[++i]);
          case "--sheet" -> o.sheet = Path.of(args[++i]);
          case "--queries" -> o.queries = Path.of(args[++i]);
          case "--qrels" -> o.qrels = Path.of(args[++i]);
          case "--only" -> o.only.addAll(List.of(args[++i].split(",")));
          case "--row" -> named(args[++i], o.rows);
          case "--stock-row" -> named(args[++i], o.stockRows);
          case "--per-query" -> o.perQuery = true;
          case "--tuning-only" -> o.tuningOnly = true;
          case "--show" -> o.show.addAll(List.of(args[++i].split(",")));
          case "--reindex" -> o.reindex = true;
          case "--keep-index" -> o.keepIndex = true;
          case "--reanalyse" -> o.reanalyse = true;
          case "--pool-depth" -> o.poolDepth = Integer.parseInt(args[++i]);
          default -> {
            if (arg.startsWith("--") || o.corpus != null) {
              throw new IllegalArgumentException("Unknown argument " + arg + "\nUsage: NewsRelevanceBenchmark"
                  + " <corpus folder or .tar.gz> [--work DIR] [--only CAT,CAT] [--row NAME=PARAMS]..."
                  + " [--stock-row NAME=PARAMS]... [--pool FILE] [--sheet FILE] [--queries FILE] [--qrels FILE]"
                  + " [--pool-depth N] [--per-query] [--tuning-only] [--show ID,ID] [--reindex | --keep-index] [--reanalyse]");
            }
            o.corpus = Path.of(arg);
          }
        }
      }
      if (o.corpus == null) {
        throw new IllegalArgumentException("Give the corpus: a folder or the .tar.gz");
      }
      return o;
    }

    private static void named(String value, Map<String, String> into) {
      int eq = value.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("A row is NAME=PARAMS, e.g. mm100=mm=100%: " + value);
      }
      into.put(value.substring(0, eq), value.substring(eq + 1));
    }
  }
}
