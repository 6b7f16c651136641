package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.marsad.solr.analysis.SolrTestNode;

/**
 * Relevance of Marsad's Arabic chain against Solr's stock {@code text_ar}, on XQuAD's Arabic
 * paragraphs: every question is a query and its own paragraph the one relevant document.
 *
 * <p>Given XQuAD-R's file (paragraphs split into {@code sentences}), the candidates are the
 * 1,222 sentences and the relevant one is the sentence that holds the answer: a harder task.
 *
 * <p>Two cores on one node, in one run: "stock" is a copy of {@code solr-config/} whose {@code
 * text_ar} is the {@code _default} configset's (standard tokenizer, lowercase, stop
 * lang/stopwords_ar.txt, arabicNormalization, arabicStem — Lucene's ArabicAnalyzer) with no
 * exact or names copies, queried on {@code body} with every term optional (the stock {@code
 * q.op=OR}); "marsad" is {@code solr-config/} as it is, queried the same way (the chain alone)
 * and through {@code /select} with its defaults and paramsets (as shipped).
 *
 * <p>{@code -Dbench.params="mm=50%;useParams=recall"} adds a Marsad row per parameter set
 * (separated by {@code ;}), to compare settings before changing params.json.
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.RelevanceBenchmark \
 *     -Dexec.args="../shared/data/xquad-ar/xquad.ar.json"
 * </pre>
 */
public final class RelevanceBenchmark {

  private static final String STOCK_TEXT_AR =
      """
        <fieldType name="text_ar" class="solr.TextField" positionIncrementGap="100">
          <analyzer>
            <tokenizer name="standard"/>
            <filter name="lowercase"/>
            <filter name="stop" ignoreCase="true" words="lang/stopwords_ar.txt"/>
            <filter name="arabicNormalization"/>
            <filter name="arabicStem"/>
          </analyzer>
        </fieldType>
      """;
  private static final Pattern TEXT_AR =
      Pattern.compile("(?s)<fieldType name=\"text_ar\" .*?</fieldType>\\s*");
  private static final Pattern COPY_FIELD = Pattern.compile("<copyField [^>]*/>");
  /** Query syntax characters; questions are plain text for both rows. */
  private static final Pattern SYNTAX = Pattern.compile("[\\\\+\\-!():^\\[\\]\"{}~*?/|&]");
  private static final int DEPTH = 10;

  record Question(String text, String paragraphId) {}

  record Row(String name, double mrr, double recallAt1, double recallAt10, long indexMillis, long indexBytes) {}

  private RelevanceBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: RelevanceBenchmark <xquad.ar.json>");
      System.exit(2);
    }
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    List<SolrInputDocument> paragraphs = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    boolean sentences = false;
    for (JsonNode article : root.get("data")) {
      for (JsonNode paragraph : article.get("paragraphs")) {
        String id = "p" + paragraphs.size();
        if (paragraph.has("sentences")) {
          // XQuAD-R: the candidates are sentences; the relevant one holds the answer's start.
          sentences = true;
          JsonNode breaks = paragraph.get("sentence_breaks");
          for (int s = 0; s < breaks.size(); s++) {
            paragraphs.add(doc(id + "s" + s, paragraph.get("sentences").get(s).asText()));
          }
          for (JsonNode qa : paragraph.get("qas")) {
            int start = qa.get("answers").get(0).get("answer_start").asInt();
            int s = 0;
            while (s < breaks.size() - 1 && start > breaks.get(s).get(1).asInt()) {
              s++;
            }
            questions.add(new Question(qa.get("question").asText(), id + "s" + s));
          }
        } else {
          paragraphs.add(doc(id, paragraph.get("context").asText()));
          for (JsonNode qa : paragraph.get("qas")) {
            questions.add(new Question(qa.get("question").asText(), id));
          }
        }
      }
    }
    Path home = Files.createTempDirectory("marsad-bench");
    try (SolrTestNode solr = SolrTestNode.start(home)) {
      solr.createCore("marsad", SolrTestNode.CONFIGSET);
      Path stockConf = home.resolve("stock-conf");
      copyWithStockChain(SolrTestNode.CONFIGSET, stockConf);
      solr.createCore("stock", stockConf);

      Row stock = run(solr, "stock", "Solr stock text_ar (body, q.op=OR)", paragraphs, questions,
          "qf=body&mm=0%&pf=&pf2=");
      Row marsad = run(solr, "marsad", "Marsad chain, stock's query (body, q.op=OR)", paragraphs,
          questions, "qf=body&mm=0%&pf=");
      Row shipped = run(solr, "marsad", "Marsad as shipped (/select, relevance paramset)", paragraphs,
          questions, "");
      List<Row> variants = new ArrayList<>();
      for (String params : System.getProperty("bench.params", "").split(";")) {
        if (!params.isBlank()) {
          variants.add(run(solr, "marsad", "Marsad, " + params, paragraphs, questions, params));
        }
      }
      String unit = sentences ? "sentence" : "paragraph";
      System.out.printf(Locale.ROOT, "%n%s: %d %ss, %d questions; relevant = the question's %s%n%n",
          Path.of(args[0]).getFileName(), paragraphs.size(), unit, questions.size(), unit);
      System.out.println("| chain | MRR@10 | R@1 | R@10 | index size | indexing time |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      List<Row> rows = new ArrayList<>(List.of(stock, marsad, shipped));
      rows.addAll(variants);
      for (Row row : rows) {
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.1f KB | %d ms |%n",
            row.name(), row.mrr(), row.recallAt1(), row.recallAt10(), row.indexBytes() / 1024.0,
            row.indexMillis());
      }
      System.out.printf(Locale.ROOT,
          "%nMRR@10 relative to stock: Marsad chain %+.1f%%, as shipped %+.1f%%; misses (1 - MRR@10) cut by %.0f%%%n",
          100 * (marsad.mrr() - stock.mrr()) / stock.mrr(),
          100 * (shipped.mrr() - stock.mrr()) / stock.mrr(),
          100 * (marsad.mrr() - stock.mrr()) / (1 - stock.mrr()));
    }
  }

  private static SolrInputDocument doc(String id, String body) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", id);
    doc.addField("body", body);
    return doc;
  }

  static void copyWithStockChain(Path from, Path to) throws Exception {
    SolrTestNode.copyTree(from, to);
    Path schema = to.resolve("managed-schema.xml");
    String xml = Files.readString(schema, StandardCharsets.UTF_8);
    xml = TEXT_AR.matcher(xml).replaceFirst(STOCK_TEXT_AR.stripLeading());
    // Stock has one field per text: no exact or names copies (they would cost index size).
    xml = COPY_FIELD.matcher(xml).replaceAll("");
    Files.writeString(schema, xml, StandardCharsets.UTF_8);
  }

  private static Row run(SolrTestNode solr, String core, String name, List<SolrInputDocument> docs,
      List<Question> questions, String params) throws Exception {
    // The fastest of three passes: the first warms the JIT, and the machine may be busy.
    long indexMillis = Long.MAX_VALUE;
    for (int pass = 0; pass < 3; pass++) {
      solr.client().deleteByQuery(core, "*:*");
      solr.client().commit(core);
      long start = System.nanoTime();
      solr.client().add(core, docs);
      solr.client().commit(core);
      indexMillis = Math.min(indexMillis, (System.nanoTime() - start) / 1_000_000);
    }
    solr.client().optimize(core, true, true, 1);

    double reciprocalRanks = 0;
    int atOne = 0;
    int atTen = 0;
    for (Question question : questions) {
      SolrQuery query = new SolrQuery(SYNTAX.matcher(question.text()).replaceAll(" "));
      query.setRows(DEPTH);
      query.setFields("id");
      for (String pair : params.split("&")) {
        if (!pair.isBlank()) {
          String[] kv = pair.split("=", 2);
          query.set(kv[0], kv[1]);
        }
      }
      List<Object> ids = solr.client().query(core, query).getResults().stream()
          .map(d -> d.getFieldValue("id")).toList();
      int rank = ids.indexOf(question.paragraphId()) + 1;
      if (rank > 0) {
        reciprocalRanks += 1.0 / rank;
        atTen++;
        if (rank == 1) {
          atOne++;
        }
      }
    }
    int n = questions.size();
    return new Row(name, reciprocalRanks / n, (double) atOne / n, (double) atTen / n, indexMillis,
        indexBytes(solr, core));
  }

  private static long indexBytes(SolrTestNode solr, String core) throws Exception {
    CoreAdminRequest status = new CoreAdminRequest();
    status.setAction(org.apache.solr.common.params.CoreAdminParams.CoreAdminAction.STATUS);
    status.setCoreName(core);
    CoreAdminResponse response = status.process(solr.client());
    NamedList<Object> index = (NamedList<Object>) response.getCoreStatus(core).get("index");
    return ((Number) index.get("sizeInBytes")).longValue();
  }
}
