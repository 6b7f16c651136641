package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learned filter of discovered actors: what it drops, what it never touches, and its file. */
class DiscoveredActorFilterTest {

  private static final String TEXT = "قال الدكتور محمد الخطيب إن الأمم المتحدة تتابع الوضع.";

  private static KnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = new KnowledgeBaseLoader(null).load();
  }

  @Test
  void dropsADiscoveredActorBelowItsTypesThresholdAndKeepsKnownOnes() {
    // A model that finds a person opened by محمد unlikely, and bodies likely.
    DiscoveredActorFilter filter = DiscoveredActorFilter.read(List.of(
        "person\t@bias\t2", "person\t@threshold\t0.5", "person\tf=محمد\t-5",
        "organization\t@bias\t-5", "organization\t@threshold\t0.5"), "test");
    assertThat(ids(DiscoveredActorFilter.NONE)).contains("person:محمد-الخطيب", "united-nations");
    assertThat(ids(filter)).contains("united-nations").doesNotContain("person:محمد-الخطيب");
  }

  @Test
  void aTypeTheModelDoesNotWeighIsKept() {
    DiscoveredActorFilter organisationsOnly = DiscoveredActorFilter.read(List.of(
        "organization\t@bias\t-5", "organization\t@threshold\t0.5"), "test");
    assertThat(ids(organisationsOnly)).contains("person:محمد-الخطيب");
  }

  @Test
  void theShippedModelDropsCommonWordsReadAsBodiesAndKeepsNames() {
    String text = "ويساعد تقليل كتلة الجسم في خفض ضغط الدم. وقال إن جهاز الكمبيوتر الخاص به تعطل."
        + " وحصل فريقه على قرض من شركة بناء. وقال المتحدث باسم الشركة جون ماكلين إن الأرباح ارتفعت.";
    assertThat(ids(DiscoveredActorFilter.NONE, text))
        .contains("organization:كتله-الجسم", "organization:جهاز-الكمبيوتر-الخاص", "organization:شركه-بناء");
    assertThat(ids(DiscoveredActorFilter.packaged(), text)).containsExactly("person:جون-ماكلين");
  }

  @Test
  void aMalformedModelFailsWithItsLine() {
    assertThatThrownBy(() -> DiscoveredActorFilter.read(List.of("# header", "person\t@bias\tmany"), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.tsv line 2");
  }

  private static List<String> ids(DiscoveredActorFilter filter) {
    return ids(filter, TEXT);
  }

  private static List<String> ids(DiscoveredActorFilter filter, String text) {
    KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.RULES,
        ActorNameModel.NONE, filter);
    return tagger.enrich(new TaggableText(null, null, text)).actors().stream().map(Tag::id).toList();
  }
}
