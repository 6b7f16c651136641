package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.solr.analysis.TokenizerChain;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.IndexSchema;
import org.marsad.MarsadApplication;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.TaggableText;
import org.marsad.index.NewsDocument;
import org.marsad.index.SolrDocumentMapper;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.DocumentIdentity;
import org.marsad.ingest.ExtractResult;
import org.marsad.solr.analysis.SolrTestNode;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where indexing with Marsad's schema spends its CPU, measured with the thread's CPU time
 * (ThreadMXBean), so other processes on the machine change the figures little.
 *
 * <ol>
 *   <li>Prepares N documents as the pipeline does (extraction, tagging, mapping to Solr fields) in the
 *       app, and prints each stage's CPU per document;
 *   <li><b>analysis</b>: every analysed field of the schema, its index-time chain run on the
 *       documents' values, grown one component at a time (char filters, tokenizer, filters), so each
 *       component's share is the difference;
 *   <li><b>indexing</b>: the documents indexed into in-process cores ({@link EmbeddedSolrServer},
 *       the calling thread does the analysis and indexing) of schema variants — as shipped, without
 *       each copy field, without offsets in the postings — and a plain {@code text_ar} core; the
 *       calling thread's CPU and the process's (merges, commit) per document.
 * </ol>
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.IndexCostBenchmark \
 *     -Dexec.args="../shared/data/ant-multisource-v2.1 --docs 2000 --every 15"
 * </pre>
 *
 * Arguments: a corpus ({@code .tar.gz}, a folder holding one, or a folder of files), then {@code
 * --docs N} (1500) files, {@code --every K} (1: every K-th file), {@code --configset DIR}
 * ({@code solr-config}), {@code --rounds R} (3: indexing rounds per variant, the lowest reported).
 */
public final class IndexCostBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int BATCH = 200;

  /** A schema variant: its name and the edits made to managed-schema.xml. */
  private record Variant(String name, List<String[]> edits) {
    static Variant of(String name, String... removed) {
      List<String[]> edits = new ArrayList<>();
      for (String r : removed) {
        edits.add(new String[] {r, ""});
      }
      return new Variant(name, edits);
    }
  }

  private static final List<Variant> VARIANTS = List.of(
      Variant.of("as shipped"),
      Variant.of("without title_suggest (edge n-grams of the title)",
          "<copyField source=\"title\" dest=\"title_suggest\"/>"),
      Variant.of("without names_latin (3 copies)",
          "<copyField source=\"title\" dest=\"names_latin\"/>", "<copyField source=\"abstract\" dest=\"names_latin\"/>",
          "<copyField source=\"body\" dest=\"names_latin\"/>"),
      Variant.of("without title_exact, body_exact",
          "<copyField source=\"title\" dest=\"title_exact\"/>", "<copyField source=\"body\" dest=\"body_exact\"/>"),
      Variant.of("without names_en, names_translit",
          "<copyField source=\"names\" dest=\"names_en\"/>", "<copyField source=\"names\" dest=\"names_translit\"/>"),
      Variant.of("without offsets in body's postings (highlighting would re-analyse)", " storeOffsetsWithPositions=\"true\""),
      Variant.of("no copy fields at all",
          "<copyField source=\"title\" dest=\"title_suggest\"/>",
          "<copyField source=\"title\" dest=\"names_latin\"/>", "<copyField source=\"abstract\" dest=\"names_latin\"/>",
          "<copyField source=\"body\" dest=\"names_latin\"/>",
          "<copyField source=\"title\" dest=\"title_exact\"/>", "<copyField source=\"body\" dest=\"body_exact\"/>",
          "<copyField source=\"names\" dest=\"names_en\"/>", "<copyField source=\"names\" dest=\"names_translit\"/>"));

  public static void main(String[] args) throws Exception {
    Path corpus = null;
    int docs = 1500;
    int every = 1;
    int rounds = 3;
    Path configset = Path.of("solr-config");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--every" -> every = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--configset" -> configset = Path.of(args[++i]);
        default -> corpus = Path.of(args[i]);
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException("Usage: IndexCostBenchmark <corpus> [--docs N] [--every K] [--rounds R]");
    }
    Path work = Files.createTempDirectory("marsad-index-cost");
    System.setProperty("solr.log.dir", work.resolve("logs").toString());
    try {
      List<SolrInputDocument> documents = prepare(read(corpus, docs, every), work.resolve("app"));
      Path home = solrHome(work.resolve("solr"), configset);
      CoreContainer container = CoreContainer.createAndLoad(home);
      try {
        for (Variant v : VARIANTS) {
          container.create(core(v), Map.of("configSet", core(v)));
        }
        container.create("plain", Map.of("configSet", "plain"));
        analysis(container.getCore(core(VARIANTS.get(0))), documents);
        indexing(container, documents, rounds);
      } finally {
        container.shutdown();
      }
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(0);
  }

  private record FileEntry(String name, byte[] bytes) {}

  private static List<FileEntry> read(Path corpus, int max, int every) throws IOException {
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.list(corpus)) {
        List<Path> archives = files.filter(p -> p.toString().endsWith(".tar.gz")).toList();
        if (archives.size() == 1) {
          corpus = archives.get(0);
        }
      }
    }
    List<FileEntry> entries = new ArrayList<>();
    int seen = 0;
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          if (seen++ % every == 0 && entries.size() < max) {
            entries.add(new FileEntry(file.getFileName().toString(), Files.readAllBytes(file)));
          }
        }
      }
      return entries;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(corpus));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null && entries.size() < max) {
        if (entry.isFile() && seen++ % every == 0) {
          entries.add(new FileEntry(Path.of(entry.getName()).getFileName().toString(), tar.readAllBytes()));
        }
      }
    }
    return entries;
  }

  /** Extraction, tagging and mapping as the pipeline does them, with each stage's CPU. */
  private static List<SolrInputDocument> prepare(List<FileEntry> files, Path dataDir) {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MarsadApplication.class)
        .run("--server.port=0", "--marsad.solr.embedded.port=0", "--marsad.data-dir=" + dataDir,
            "--marsad.sample-corpus=false", "--logging.level.root=WARN", "--logging.level.org.marsad=WARN")) {
      DocumentExtractor extractor = app.getBean(DocumentExtractor.class);
      Enricher enricher = app.getBean(Enricher.class);
      DocumentIdentity identity = new DocumentIdentity();
      SolrDocumentMapper mapper = new SolrDocumentMapper(app.getBean(ObjectMapper.class));
      // One pass to warm up, one measured.
      List<SolrInputDocument> out = new ArrayList<>();
      long[] cpu = new long[4];
      for (int pass = 0; pass < 2; pass++) {
        out.clear();
        Arrays.fill(cpu, 0);
        for (FileEntry file : files) {
          long t = cpuNow();
          ExtractResult result = extractor.extract(IngestSource.ofBytes(file.name(), file.bytes()));
          cpu[0] += cpuNow() - t;
          for (ExtractedDocument doc : result.documents()) {
            t = cpuNow();
            Enrichment tags = enricher.enrich(
                TaggableText.of(doc.title(), doc.abstractText(), doc.body(), doc.published()));
            cpu[1] += cpuNow() - t;
            t = cpuNow();
            String id = identity.idOf(doc);
            NewsDocument news = new NewsDocument(id, identity.contentHash(doc), id, doc, tags, Instant.now());
            cpu[2] += cpuNow() - t;
            t = cpuNow();
            out.add(mapper.toSolr(news));
            cpu[3] += cpuNow() - t;
          }
        }
      }
      System.out.printf(Locale.ROOT, "%n%d files, %d documents; CPU ms/doc, one thread, second pass:%n",
          files.size(), out.size());
      String[] stages = {"extract", "enrich", "identity", "map to Solr fields"};
      for (int i = 0; i < stages.length; i++) {
        System.out.printf(Locale.ROOT, "| %s | %.3f |%n", stages[i], cpu[i] / 1e6 / out.size());
      }
      return out;
    }
  }

  /** Every analysed field's index chain, one component more at a time. */
  private static void analysis(SolrCore core, List<SolrInputDocument> documents) throws IOException {
    try {
      IndexSchema schema = core.getLatestSchema();
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (SolrInputDocument doc : documents) {
        for (SolrInputField field : doc) {
          if (field.getValues() == null) {
            continue;
          }
          for (Object v : field.getValues()) {
            values.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(v.toString());
          }
        }
      }
      // Each analysed field and the source field whose values it receives.
      Map<String, String> sources = new LinkedHashMap<>();
      for (String f : List.of("title", "abstract", "body", "names")) {
        sources.put(f, f);
      }
      schema.getCopyFieldsList("title").forEach(c -> sources.put(c.getDestination().getName() + " (from title)", "title"));
      schema.getCopyFieldsList("abstract").forEach(c -> sources.put(c.getDestination().getName() + " (from abstract)", "abstract"));
      schema.getCopyFieldsList("body").forEach(c -> sources.put(c.getDestination().getName() + " (from body)", "body"));
      schema.getCopyFieldsList("names").forEach(c -> sources.put(c.getDestination().getName() + " (from names)", "names"));
      System.out.printf(Locale.ROOT, "%nAnalysis, index side, CPU µs per document (%d documents), cumulative chain:%n",
          documents.size());
      double total = 0;
      for (Map.Entry<String, String> e : sources.entrySet()) {
        String fieldName = e.getKey().split(" ")[0];
        FieldType type = schema.getField(fieldName).getType();
        if (!(type.getIndexAnalyzer() instanceof TokenizerChain chain)) {
          continue;
        }
        List<String> texts = values.getOrDefault(e.getValue(), List.of());
        List<String> steps = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        CharFilterFactory[] chars = chain.getCharFilterFactories();
        TokenFilterFactory[] filters = chain.getTokenFilterFactories();
        // Tokenizer alone, then + each char filter, then + each filter.
        for (int c = 0; c <= chars.length; c++) {
          steps.add(c == 0 ? "tokenizer " + name(chain.getTokenizerFactory()) : "+ " + name(chars[c - 1]));
          costs.add(cost(new TokenizerChain(Arrays.copyOf(chars, c), chain.getTokenizerFactory(), new TokenFilterFactory[0]),
              fieldName, texts) / documents.size());
        }
        for (int f = 1; f <= filters.length; f++) {
          steps.add("+ " + name(filters[f - 1]));
          costs.add(cost(new TokenizerChain(chars, chain.getTokenizerFactory(), Arrays.copyOf(filters, f)),
              fieldName, texts) / documents.size());
        }
        double whole = costs.get(costs.size() - 1);
        total += whole;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s (%s) | %.0f |", e.getKey(),
            type.getTypeName(), whole));
        for (int i = 0; i < steps.size(); i++) {
          double delta = i == 0 ? costs.get(0) : costs.get(i) - costs.get(i - 1);
          line.append(String.format(Locale.ROOT, " %s %.0f;", steps.get(i), delta));
        }
        System.out.println(line);
      }
      System.out.printf(Locale.ROOT, "| all analysed fields | %.0f |%n", total);
    } finally {
      core.close();
    }
  }

  private static String name(Object factory) {
    return factory.getClass().getSimpleName().replace("FilterFactory", "").replace("TokenizerFactory", "")
        .replace("CharFilterFactory", "").replace("Factory", "");
  }

  /** CPU nanoseconds to analyse every text three times; the lowest. */
  private static double cost(Analyzer analyzer, String field, List<String> texts) throws IOException {
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 4; round++) {
      long t = cpuNow();
      for (String text : texts) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
          stream.reset();
          while (stream.incrementToken()) {
            // consume
          }
          stream.end();
        }
      }
      best = Math.min(best, cpuNow() - t);
    }
    analyzer.close();
    return best / 1e3;
  }

  /** Indexes the documents into each variant's core, the lowest of R rounds. */
  private static void indexing(CoreContainer container, List<SolrInputDocument> documents, int rounds)
      throws Exception {
    List<String> cores = new ArrayList<>(VARIANTS.stream().map(IndexCostBenchmark::core).toList());
    cores.add("plain");
    List<SolrInputDocument> plain = documents.stream().map(IndexCostBenchmark::plainDocument).toList();
    Map<String, double[]> best = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) {
      for (String core : cores) {
        try (EmbeddedSolrServer server = new EmbeddedSolrServer(container, core)) {
          server.deleteByQuery("*:*");
          server.commit();
          List<SolrInputDocument> docs = core.equals("plain") ? plain : documents;
          long process = processCpu();
          long thread = cpuNow();
          for (int from = 0; from < docs.size(); from += BATCH) {
            server.add(docs.subList(from, Math.min(docs.size(), from + BATCH)));
          }
          double threadMs = (cpuNow() - thread) / 1e6 / docs.size();
          server.commit();
          double processMs = (processCpu() - process) / 1e6 / docs.size();
          if (round > 0) { // round 0 warms up
            best.merge(core, new double[] {threadMs, processMs},
                (a, b) -> new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])});
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%nIndexing, CPU ms per document (%d documents, batches of %d, lowest of %d rounds):%n",
        documents.size(), BATCH, rounds);
    System.out.println("| schema | indexing thread | process (with merges, commit) |");
    System.out.println("| --- | ---: | ---: |");
    for (int i = 0; i < cores.size(); i++) {
      String label = i < VARIANTS.size() ? VARIANTS.get(i).name() : "plain text_ar (title, body)";
      double[] b = best.get(cores.get(i));
      System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f |%n", label, b[0], b[1]);
    }
  }

  private static SolrInputDocument plainDocument(SolrInputDocument doc) {
    SolrInputDocument plain = new SolrInputDocument();
    plain.setField("id", doc.getFieldValue("id"));
    plain.setField("title", doc.getFieldValue("title"));
    plain.setField("body", doc.getFieldValue("body"));
    return plain;
  }

  private static String core(Variant v) {
    return "v" + VARIANTS.indexOf(v);
  }

  private static Path solrHome(Path home, Path configset) throws IOException {
    Files.createDirectories(home);
    Files.writeString(home.resolve("solr.xml"), "<solr><str name=\"configSetBaseDir\">configsets</str></solr>");
    for (Variant v : VARIANTS) {
      Path conf = home.resolve("configsets").resolve(core(v)).resolve("conf");
      SolrTestNode.copyTree(configset.resolve("conf"), conf);
      Path schema = conf.resolve("managed-schema.xml");
      String text = Files.readString(schema);
      for (String[] edit : v.edits()) {
        if (!text.contains(edit[0])) {
          throw new IllegalStateException("The schema no longer holds " + edit[0] + " (variant " + v.name() + ")");
        }
        text = text.replace(edit[0], edit[1]);
      }
      Files.writeString(schema, text);
    }
    PlainTextArConfigset.write(home.resolve("configsets").resolve("plain").resolve("conf"), false);
    return home;
  }

  private static long cpuNow() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
