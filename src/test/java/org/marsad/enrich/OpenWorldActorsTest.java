package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.CaseTable;

/**
 * Open-world actors, offices resolved by date and discovered ids, one case a line in
 * enrich/open-world-cases.tsv, against the packaged knowledge base.
 */
class OpenWorldActorsTest {

  private static KnowledgeBase kb;
  private static KnowledgeBaseTagger tagger;

  @BeforeAll
  static void load() {
    kb = new KnowledgeBaseLoader(null).load();
    tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.RULES);
  }

  static Stream<Arguments> cases() {
    return CaseTable.rows("/enrich/open-world-cases.tsv").stream().map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{0} ({1}) → [{2}]")
  @MethodSource("cases")
  void findsExactlyTheExpectedActors(String text, String day, String expected) {
    LocalDate published = day.isBlank() ? null : LocalDate.parse(day);
    Enrichment enrichment = tagger.enrich(new TaggableText(null, null, text, published));
    Set<String> ids = new TreeSet<>(enrichment.actors().stream().map(Tag::id).toList());
    Set<String> want = new TreeSet<>(Arrays.stream(expected.split(",")).filter(s -> !s.isBlank()).toList());
    assertThat(ids).isEqualTo(want);
  }

  @Test
  void aShortFormIsEvidenceOfTheFullName() {
    Enrichment e = tagger.enrich(new TaggableText(null, null,
        "قال الدكتور محمد الخطيب إن الوضع هادئ. وأضاف الخطيب أن الحوار مستمر"));
    assertThat(e.actors().get(0).evidence()).extracting(Evidence::text).containsExactly("محمد الخطيب", "الخطيب");
  }

  @Test
  void aDiscoveredActorHasBothLabelsAndIsMarked() {
    FacetLabel label = kb.labelOf(FacetType.ACTOR, "person:محمد-الخطيب");
    assertThat(label.type()).isEqualTo(ActorType.PERSON);
    assertThat(label.ar()).isEqualTo("محمد الخطيب");
    assertThat(label.en()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
    assertThat(DiscoveredActors.isDiscovered(label.id())).isTrue();
    assertThat(DiscoveredActors.isDiscovered("khalifa-haftar")).isFalse();
  }

  @Test
  void aBodyOfOneCountryIsLabelledWithItsCountry() {
    FacetLabel label = kb.labelOf(FacetType.ACTOR, "organization:وزاره-العدل@EG");
    assertThat(label.type()).isEqualTo(ActorType.ORGANIZATION);
    assertThat(label.ar()).isEqualTo("وزاره العدل (مصر)");
    assertThat(label.en()).matches("[A-Z][a-z]+ [A-Z][a-z]+ \\(Egypt\\)");
    assertThat(DiscoveredActors.scope(label.id())).isEqualTo("EG");
    assertThat(DiscoveredActors.isWellFormed(label.id())).isTrue();
  }

  @Test
  void aBodyNamedInLatinLettersIsLabelledSoInBothLanguages() {
    FacetLabel label = kb.labelOf(FacetType.ACTOR, "organization:car-escort-services");
    assertThat(label.type()).isEqualTo(ActorType.ORGANIZATION);
    assertThat(label.ar()).isEqualTo("Car Escort Services");
    assertThat(label.en()).isEqualTo("Car Escort Services");
  }

  @Test
  void politicalTopicsNeedMoreEvidenceOnSportPages() {
    String migration = "وصل مئات المهاجرين إلى الشواطئ على متن قارب للهجرة غير الشرعية.";
    String sport = "وفاز الفريق في مباراة الذهاب من الدوري بهدف نظيف وقال المدرب إن المنتخب جاهز.";
    assertThat(tagger.enrich(new TaggableText(null, null, migration)).topics()).extracting(Tag::id).contains("migration");
    assertThat(tagger.enrich(new TaggableText(null, null, sport + "\n" + migration)).topics())
        .extracting(Tag::id).doesNotContain("migration");
  }
}
