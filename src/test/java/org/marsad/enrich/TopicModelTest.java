package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * The learned topic model (kb/topic-model.tsv) decides the topics it weighs, explains each tag by
 * the spans that add most, keeps political topics off sport pages, and is read strictly.
 */
class TopicModelTest {

  /** No rule of kb/topics.yaml names the treasury: only a learned weight can tag sanctions from it. */
  private static final String TREASURY = "وزارة الخزانة تعلن قائمة جديدة تشمل شركات وأفرادا";
  private static final String FIRST_LEG = """
      المنتخب يستعد لمباراة الذهاب
      يستعد المنتخب لمباراة الذهاب في الدوري، وقال المدرب إن اللاعب الأول جاهز، والنادي ينتظر البطولة
      وكرة القدم في الموسم الجديد، ويأمل الفريق في تسجيل هدف في مرمى الخصم.
      """;
  /** A sport page that also reports a federation's election (انتخاب* and ترشح*, rule evidence 4). */
  private static final String FEDERATION_ELECTION = FIRST_LEG + "وأعلن الاتحاد موعد انتخابات مجلس إدارته، وفتح باب الترشح لها.";
  private static final String DEPARTURE = "أعلنت السلطات عن ذهاب المئات في رحلات إلى الشواطئ، بحسب التقارير.";

  @Test
  void aLearnedWeightTagsATopicAndItsSpanIsTheEvidence(@TempDir Path kbDir) throws IOException {
    model(kbDir, "sanctions\t@bias\t-3", "sanctions\t@threshold\t0.5", "sanctions\t" + word("الخزانة") + "\t30");

    Optional<Tag> tag = topic(kbDir, TREASURY, "sanctions");

    assertThat(tag).isPresent();
    assertThat(tag.get().evidence()).extracting(Evidence::text).containsExactly("الخزانة");
    assertThat(tag.get().score()).isBetween(0.5, 1.0);
  }

  @Test
  void withoutTheWeightTheSameTextHasNoSuchTopic(@TempDir Path kbDir) throws IOException {
    model(kbDir, "sanctions\t@bias\t-3", "sanctions\t@threshold\t0.5");

    assertThat(topic(kbDir, TREASURY, "sanctions")).isEmpty();
  }

  @Test
  void aTopicTheModelDoesNotWeighIsLeftToItsRules(@TempDir Path kbDir) throws IOException {
    model(kbDir, "sanctions\t@bias\t-3", "sanctions\t@threshold\t0.5");

    assertThat(topic(kbDir, "فرض عقوبات دولية جديدة على الشركات", "sanctions")).isEmpty();
    assertThat(topic(kbDir, "أجرى وزير الخارجية محادثات مع المبعوث الأممي حول الحل السياسي", "diplomacy"))
        .isPresent();
  }

  @Test
  void onASportPageAnAmbiguousWordGivesNoPoliticalTopic(@TempDir Path kbDir) throws IOException {
    model(kbDir, "migration\t@bias\t-3", "migration\t@threshold\t0.5", "migration\t" + word("ذهاب") + "\t60");

    assertThat(topic(kbDir, FIRST_LEG, "migration")).isEmpty();
    // The weight itself would tag it: the sport page is what stops it.
    assertThat(topic(kbDir, DEPARTURE, "migration")).isPresent();
  }

  @Test
  void onASportPageATopicWhoseWordsAMatchReportDoesNotBorrowNeedsOnlyItsUsualEvidence(@TempDir Path kbDir)
      throws IOException {
    model(kbDir, "elections\t@bias\t-3", "elections\t@threshold\t0.5", "elections\t" + word("انتخابات") + "\t60",
        "migration\t@bias\t-3", "migration\t@threshold\t0.5", "migration\t" + word("ذهاب") + "\t60");

    // kb/topics.yaml gives elections a sport factor of 1: evidence 4 passes its threshold (3.5) on a
    // sport page too, where migration, whose ذهاب is a first leg, still needs twice its own.
    assertThat(topic(kbDir, FEDERATION_ELECTION, "elections")).isPresent();
    assertThat(topic(kbDir, FEDERATION_ELECTION, "migration")).isEmpty();
  }

  @Test
  void aShortTextNeedsTheShortTextsProbability(@TempDir Path kbDir) throws IOException {
    // The treasury's weight gives the brief a probability between the two thresholds (about 0.7).
    String[] sanctions = {"sanctions\t@bias\t-3", "sanctions\t@threshold\t0.9", "sanctions\t" + word("الخزانة") + "\t15"};
    model(kbDir, sanctions);
    assertThat(topic(kbDir, TREASURY, "sanctions")).isEmpty();

    model(kbDir, concat(sanctions, "*\t@short-terms\t500", "*\t@short-threshold\t0.5"));
    assertThat(topic(kbDir, TREASURY, "sanctions")).isPresent();

    // The brief has more distinct terms than two: it is no short text, and the topic's own threshold holds.
    model(kbDir, concat(sanctions, "*\t@short-terms\t2", "*\t@short-threshold\t0.5"));
    assertThat(topic(kbDir, TREASURY, "sanctions")).isEmpty();
  }

  @Test
  void theShortTextsSettingIsWrittenAndReadBack() {
    TopicModel.ShortText shortText = new TopicModel.ShortText(120, 0.3);
    List<String> lines = TopicModel.write(Map.of("sanctions",
        new TopicModel.Weights(-3, 0.4, Map.of("w:عقوب", 2.0))), List.of("a model"), shortText);

    TopicModel read = TopicModel.read(lines, "topic-model.tsv");

    assertThat(read.shortText()).isEqualTo(shortText);
    assertThat(read.weights("sanctions").threshold()).isEqualTo(0.4);
    assertThat(TopicModel.read(TopicModel.write(Map.of(), List.of()), "t").shortText())
        .isEqualTo(TopicModel.ShortText.NONE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "*\t@bias\t-1                            | line 1: not a setting of every topic: @bias",
      "*\t@short-terms\t100                    | @short-terms and @short-threshold go together",
      "sanctions\t@bias                          | line 1: expected topic, feature and weight",
      "sanctions\t@bias\tmuch                    | line 1: not a number: much",
      "sanctions\t@bias\t-1                      | topic sanctions has a bias but no @threshold",
      "sanctions\tw:عقوب\t2                      | topic sanctions has weights but no @bias",
  })
  void aMalformedFileFailsSayingWhere(String line, String message) {
    assertThatThrownBy(() -> TopicModel.read(List.of(line.replace("\\t", "\t")), "topic-model.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topic-model.tsv")
        .hasMessageContaining(message);
  }

  @Test
  void thePackagedModelWeighsEveryTopicWithFeaturesOfKnownKinds() {
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    for (TopicEntry topic : kb.topics()) {
      TopicModel.Weights w = kb.topicModel().weights(topic.id());
      assertThat(w).as(topic.id()).isNotNull();
      assertThat(w.threshold()).as(topic.id()).isBetween(0.05, 0.95);
      assertThat(w.weights().keySet()).as(topic.id()).allMatch(f -> f.equals(TopicFeatures.RULE)
          || f.equals(TopicFeatures.STRONG) || f.equals(TopicFeatures.SPORT)
          || f.startsWith(TopicFeatures.WORD) || f.startsWith(TopicFeatures.PAIR));
    }
  }

  private static Optional<Tag> topic(Path kbDir, String text, String topic) {
    KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(new KnowledgeBaseLoader(kbDir).load());
    return tagger.enrich(new TaggableText(null, null, text)).topics().stream().filter(t -> t.id().equals(topic))
        .findFirst();
  }

  private static String[] concat(String[] lines, String... more) {
    return Stream.concat(Arrays.stream(lines), Arrays.stream(more)).toArray(String[]::new);
  }

  private static String word(String written) {
    return TopicFeatures.WORD + ArabicMorphology.PLAIN.stem(new ArabicNormaliser().fold(written));
  }

  private static void model(Path kbDir, String... lines) throws IOException {
    Files.write(kbDir.resolve("topic-model.tsv"), List.of(lines));
  }
}
