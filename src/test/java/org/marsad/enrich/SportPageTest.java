package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.solr.analysis.ArabicNormaliser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SportPageTest {

  private static KnowledgeBaseTagger tagger;
  private final SportPage sport = new SportPage(new ArabicNormaliser());

  @BeforeAll
  static void load() {
    tagger = new KnowledgeBaseTagger(new KnowledgeBaseLoader(null).load(), NameDiscovery.NONE, OpenWorldSettings.OFF);
  }

  @Test
  void sportWordsCountWithTheirPrepositionsJoined() {
    // Four sport words as written, and المباراة / البطولات only behind ب and لل.
    String text = "قاد منتخبنا لكأس العالم، ويعيش مرحلة حسم من الدوري للبطولات الأوروبية بعد هدف المدرب"
        + " في الموسم، ولم يقدم الأداء المعهود بالمباراة.";
    assertThat(sport.isSport(fields(text))).isTrue();
  }

  @Test
  void aTeamsPreparationsWithTheirFriendliesAreASportPage() {
    String text = "وأعلن أصحاب الأرض عن جدول مبارياتهم الودية، وستنطلق المباريات في مارس، وتحتضن النمسا مواجهة"
        + " منتخبها الأول ضمن الاستعداد للمونديال، كأس العالم.";
    assertThat(sport.isSport(fields(text))).isTrue();
  }

  @Test
  void aPoliticalPageIsNoSportPage() {
    String text = "قال وزير الخارجية إن المفاوضات مع الحكومة ستستأنف الأسبوع المقبل في جنيف بحضور المبعوث الأممي.";
    assertThat(sport.isSport(fields(text))).isFalse();
  }

  @Test
  void aProcliticIsTakenOffOnlyWhereAWordRemains() {
    assertThat(SportPage.withoutProclitics("للبطولات")).isEqualTo("البطولات");
    assertThat(SportPage.withoutProclitics("بالمباراه")).isEqualTo("المباراه");
    assertThat(SportPage.withoutProclitics("وللدوري")).isEqualTo("الدوري");
    assertThat(SportPage.withoutProclitics("لعب")).isEqualTo("لعب");
  }

  /** The fields as the tagger reads them. */
  private static List<TaggedField> fields(String text) {
    return tagger.fields(new TaggableText(null, null, text));
  }
}
