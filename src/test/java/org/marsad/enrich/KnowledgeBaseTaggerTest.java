package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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
 * The tagger's rules, one case a line in enrich/tagger-cases.tsv, against the packaged knowledge
 * base, without the statistical name model ({@link ActorNameModelTest}). Topic cases are the topic
 * rules' (without the learned model, which decides from them and the text's terms: {@link TopicModelTest}).
 */
class KnowledgeBaseTaggerTest {

  private static KnowledgeBaseTagger tagger;
  private static KnowledgeBaseTagger rules;

  @BeforeAll
  static void load() {
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.RULES);
    rules = new KnowledgeBaseTagger(new KnowledgeBase(kb.countries(), kb.actors(), kb.topics(), kb.threshold(),
        kb.notCountries(), kb.notActors(), kb.places(), kb.offices(), TopicModel.NONE),
        NameDiscovery.NONE, OpenWorldSettings.RULES);
  }

  static Stream<Arguments> cases() {
    return CaseTable.rows("/enrich/tagger-cases.tsv").stream().map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{0}: {1} → [{2}]")
  @MethodSource("cases")
  void findsExactlyTheExpectedIds(String facet, String text, String expected) {
    Enrichment enrichment = ("topic".equals(facet) ? rules : tagger).enrich(new TaggableText(null, null, text));
    List<Tag> tags = switch (facet) {
      case "country" -> enrichment.countries();
      case "actor" -> enrichment.actors();
      case "topic" -> enrichment.topics();
      default -> throw new IllegalArgumentException("unknown facet " + facet);
    };
    Set<String> ids = new TreeSet<>(tags.stream().map(Tag::id).toList());
    Set<String> want = new TreeSet<>(Arrays.stream(expected.split(",")).filter(s -> !s.isBlank()).toList());
    assertThat(ids).isEqualTo(want);
  }

  @Test
  void aNoBreakSpaceReadsAsASpace() {
    // A dateline's dash after a no-break space, and a name after a comma and a no-break space.
    String text = "دبي، الإمارات العربية المتحدة (CNN)\u00A0— ذكر المتحدث باسم وزارة الزراعة المصرية،\u00A0حامد عبد الدايم، أن"
        + " مصر رفضت شحنة قمح روسية.";
    Enrichment withNoBreak = tagger.enrich(new TaggableText(null, null, text));
    Enrichment withSpace = tagger.enrich(new TaggableText(null, null, text.replace('\u00A0', ' ')));
    assertThat(withNoBreak.countries()).extracting(Tag::id).containsExactlyInAnyOrder("EG", "RU").isEqualTo(
        withSpace.countries().stream().map(Tag::id).toList());
    assertThat(withNoBreak.actors()).extracting(Tag::id).contains("person:حامد-عبد-الدايم").isEqualTo(
        withSpace.actors().stream().map(Tag::id).toList());
  }

  @Test
  void aHashtagReadsAsTheWordsItJoins() {
    // Al Arabiya's hashtags: the # and the underscores are spaces, one for one, so evidence keeps its offsets.
    String text = "كشف وزير الخارجية اليمني عبدالملك #المخلافي، الاثنين، أن #الوفد_الأوروبي زار صنعاء";
    assertThat(TaggableText.hashtagsAsWords(text)).isEqualTo(text.replace('#', ' ').replace('_', ' '))
        .hasSameSizeAs(text);
    assertThat(TaggableText.hashtagsAsWords("snake_case و C# و #_")).isEqualTo("snake_case و C# و #_");
    // The minister's name runs on past the # as past a space.
    Enrichment e = tagger.enrich(new TaggableText(null, null, text));
    Tag minister = e.actors().stream().filter(t -> t.id().equals("abdulmalik-al-mekhlafi")).findFirst().orElseThrow();
    Evidence mention = minister.evidence().get(0);
    assertThat(text.substring(mention.start(), mention.end())).isEqualTo("عبدالملك #المخلافي");
  }

  @Test
  void aMilitaryPositionOrAnAmmunitionDepotIsStrongEvidenceOfABase() {
    // LABELS.md: striking a military installation is military-bases; a position (موقع عسكري) and a
    // depot of ammunition are such installations, each a strong term of the topic's rules.
    for (String text : List.of("أعلن الجيش الإسرائيلي قصف موقع عسكري سوري بعد سقوط قذيفة",
        "أدى انفجار مستودع للذخيرة في مدينة الصدر إلى مقتل 17 شخصا")) {
      assertThat(rules.topicScores(new TaggableText(null, null, text))).as(text).containsKey("military-bases")
          .extractingByKey("military-bases").satisfies(score -> assertThat(score).isGreaterThanOrEqualTo(4.0));
    }
  }

  @Test
  void anAwardsNominationOrAFansVoteIsNoEvidenceOfElections() {
    // A sport page's nominees for an award and its fans' votes (المرشحين لجائزة، تصويت الجماهير) use
    // the words of elections; the topic's negative phrases take them, so they add nothing.
    for (String text : List.of("أعلن الاتحاد أسماء المرشحين لجائزة أفضل لاعب في العام",
        "فاز اللاعب بجائزة أفضل هدف بعد تصويت الجماهير على الموقع الرسمي")) {
      assertThat(rules.topicScores(new TaggableText(null, null, text))).as(text).doesNotContainKey("elections");
    }
  }
}
