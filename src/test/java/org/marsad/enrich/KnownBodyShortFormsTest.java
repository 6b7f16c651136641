package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.solr.analysis.ArabicNormaliser;

/** A discovered body named by the last words of a known body's name the document gives in full. */
class KnownBodyShortFormsTest {

  private static KnowledgeBaseTagger tagger;
  private static KnownBodyShortForms shortForms;

  @BeforeAll
  static void load() {
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, OpenWorldSettings.RULES);
    shortForms = new KnownBodyShortForms(kb, new ActorCues(new ArabicNormaliser()));
  }

  @Test
  void theLastWordsOfAKnownBodysNameAreThatBody() {
    String text = "فاز نادي مانشستر يونايتد على تشيلسي. وتقدم يونايتد إلى المركز الثاني، وقال مدرب ليونايتد إنه راض.";
    Map<String, List<Evidence>> actors = actors(text,
        "manchester-united", "مانشستر يونايتد", 0, "organization:يونايتد", "يونايتد", 1, "organization:يونايتد", "ليونايتد", 0);
    shortForms.resolve(actors, tagger.fields(new TaggableText(null, null, text)));
    assertThat(actors).containsOnlyKeys("manchester-united");
    assertThat(actors.get("manchester-united")).extracting(Evidence::text).containsExactly("مانشستر يونايتد", "يونايتد", "ليونايتد");
  }

  @Test
  void aNamesFirstWordsAndAHeadsNamesAreAnyBodys() {
    String text = "قالت الحكومة الفرنسية إن الحكومة ستدرس القرار، وإن وزارة العدل الفرنسية ستحقق. وأكدت وزارة العدل ذلك.";
    Map<String, List<Evidence>> actors = actors(text, "government-of-france", "الحكومة الفرنسية", 0,
        "organization:الحكومه", "الحكومة", 1, "ministry-of-justice-fr", "وزارة العدل الفرنسية", 0,
        "organization:وزاره-العدل", "وزارة العدل", 1);
    shortForms.resolve(actors, tagger.fields(new TaggableText(null, null, text)));
    assertThat(actors).containsOnlyKeys("government-of-france", "organization:الحكومه", "ministry-of-justice-fr",
        "organization:وزاره-العدل");
  }

  /** Triples of id, text and which occurrence of the text (0 the first) the evidence is, in the body. */
  private static Map<String, List<Evidence>> actors(String text, Object... triples) {
    Map<String, List<Evidence>> actors = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      String words = (String) triples[i + 1];
      int at = -1;
      for (int n = 0; n <= (int) triples[i + 2]; n++) {
        at = text.indexOf(words, at + 1);
      }
      actors.computeIfAbsent((String) triples[i], k -> new ArrayList<>()).add(new Evidence("body", at, at + words.length(), words));
    }
    return actors;
  }
}
