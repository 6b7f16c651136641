package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name model's training sentences: distant supervision leaves out a sentence where a known given
 * name starts a name nobody tagged (it would teach that unknown names are no names), and keeps
 * the rest with their tags marked.
 */
class ActorNameSamplesTest {

  private static KnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = new KnowledgeBaseLoader(null).load();
  }

  @Test
  void aDistantSentenceWithAnUntaggedGivenNameAndNameIsLeftOut() {
    TaggableText text = new TaggableText(null, null,
        "قال سيرغي لافروف إن الاجتماع انتهى. وأشاد ماتيو بحر بما قاله سيرغي لافروف.", null);

    List<NameSample> kept = new ActorNameSamples(kb, true).distant(text);
    List<NameSample> all = new ActorNameSamples(kb, false).distant(text);

    assertThat(all).hasSize(2);
    assertThat(kept).hasSize(1);
    assertThat(String.join(" ", kept.get(0).getSentence())).doesNotContain("بحر");
    assertThat(Arrays.stream(kept.get(0).getNames()).map(s -> s.getType())).containsExactly(ActorNameModel.PERSON);
  }

  @Test
  void aFunctionWordThatFoldsToAGivenNameDoesNotLeaveASentenceOut() {
    // على folds to علي (Ali): "على الأقل" is no name.
    TaggableText text = new TaggableText(null, null, "وقال سيرغي لافروف إن على الأقل عشرة قتلوا.", null);

    assertThat(new ActorNameSamples(kb, true).distant(text)).hasSize(1);
  }
}
