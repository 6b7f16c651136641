package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Test data for the fault tests: distinct short Arabic articles (recombined sentences, a serial
 * number, a date), one file each, and the check that each became exactly one document.
 */
final class GeneratedArticles {

  /** A word every generated article holds. */
  static final String COMMON_WORD = "اجتماع";

  private static final String[] OPENINGS = {"التقى وزير الخارجية الليبي نظيره التونسي في طرابلس",
      "عقد المجلس الرئاسي اجتماعا طارئا في العاصمة", "أعلنت الحكومة المصرية عن خطة جديدة للاستثمار",
      "بحث وفد جزائري مع مسؤولين مغاربة ملف الحدود", "ناقش البرلمان الأردني مشروع قانون الانتخابات"};
  private static final String[] MIDDLES = {"وتناول الاجتماع ملفات الأمن والهجرة والتعاون الاقتصادي بين البلدين",
      "وأكد الطرفان أهمية الحوار لحل الأزمة السياسية", "وشدد المتحدث على ضرورة دعم الاستقرار في المنطقة",
      "وأشار البيان إلى اتفاق على تشكيل لجنة مشتركة", "ودعا المشاركون إلى تنظيم انتخابات في موعدها"};
  private static final String[] CLOSINGS = {"ومن المنتظر أن تستأنف المحادثات الأسبوع المقبل.",
      "ولم يصدر أي تعليق رسمي حتى الآن.", "وتأتي هذه الخطوة بعد أشهر من التوتر.", "ورحبت الأمم المتحدة بهذه النتائج.",
      "وسط ترقب شعبي واسع."};

  private GeneratedArticles() {}

  /** Writes {@code count} articles, {@code article-00000.txt} on, into {@code folder}. */
  static Path write(Path folder, int count) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      String text = COMMON_WORD + " رقم " + (100_000 + i) + "\n"
          + OPENINGS[i % 5] + " يوم " + (1 + i % 28) + " من الشهر الجاري. "
          + MIDDLES[(i / 5) % 5] + " في جلسة رقم " + (500_000 + i * 7) + ". "
          + CLOSINGS[(i / 25) % 5] + " " + "وبلغ عدد المشاركين " + (i * 13 % 997) + " مشاركا.";
      Files.writeString(folder.resolve(String.format("article-%05d.txt", i)), text, StandardCharsets.UTF_8);
    }
    return folder;
  }

  /** How many documents of {@code collection} came from each file name (after a commit). */
  static Map<String, Integer> documentsPerFile(SolrClient client, String collection, int atMost) throws Exception {
    SolrQuery all = new SolrQuery("*:*").setFields("id", "file_name").setRows(atMost);
    Map<String, Integer> perFile = new HashMap<>();
    for (SolrDocument doc : client.query(collection, all).getResults()) {
      perFile.merge(String.valueOf(doc.getFirstValue("file_name")), 1, Integer::sum);
    }
    return perFile;
  }

  /** Every one of the {@code files} generated files is one document, found once: no loss, no copy. */
  static void assertEachIndexedOnce(SolrClient client, String collection, int files) throws Exception {
    long total = client.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    Map<String, Integer> perFile = documentsPerFile(client, collection, files + 100);
    assertThat(total).as("documents in " + collection).isEqualTo(files);
    assertThat(perFile).hasSize(files).allSatisfy((file, count) -> assertThat(count).as(file).isOne());
  }
}
