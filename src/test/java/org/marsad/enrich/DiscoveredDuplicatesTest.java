package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.solr.analysis.ArabicNormaliser;

/** One person per name among a document's discovered people, whichever rule found each form. */
class DiscoveredDuplicatesTest {

  private static final DiscoveredDuplicates DUPLICATES = new DiscoveredDuplicates(new ActorCues(new ArabicNormaliser()));

  @Test
  void aPartOfOneFullNameIsThatPerson() {
    Map<String, List<Evidence>> found = found("person:ساره-هانسون-يونغ", "person:هانسون-يونغ");
    DUPLICATES.merge(found);
    assertThat(found).containsOnlyKeys("person:ساره-هانسون-يونغ");
    assertThat(found.get("person:ساره-هانسون-يونغ")).extracting(Evidence::text)
        .containsExactly("ساره هانسون يونغ", "هانسون يونغ");
  }

  @Test
  void aDescriptionBeforeANameIsNoPartOfIt() {
    Map<String, List<Evidence>> found = found("person:القيادي-الحوثي-عبدالكريم-الحوثي", "person:عبدالكريم-الحوثي");
    DUPLICATES.merge(found);
    assertThat(found).containsOnlyKeys("person:عبدالكريم-الحوثي");
  }

  @Test
  void aNameAfterAbuIsTheChildsNotTheFathers() {
    Map<String, List<Evidence>> found = found("person:ابو-معاذ", "person:معاذ");
    DUPLICATES.merge(found);
    assertThat(found).containsOnlyKeys("person:ابو-معاذ", "person:معاذ");
  }

  @Test
  void aPartOfTwoFullNamesIsNeither() {
    Map<String, List<Evidence>> found = found("person:محمد-عبد-التواب", "person:احمد-عبد-التواب", "person:عبد-التواب");
    DUPLICATES.merge(found);
    assertThat(found).containsOnlyKeys("person:محمد-عبد-التواب", "person:احمد-عبد-التواب", "person:عبد-التواب");
  }

  @Test
  void namesEverFullerAreOnePerson() {
    Map<String, List<Evidence>> found =
        found("person:عبد-الرحمن-بن-عمير-النعيمي", "person:عبد-الرحمن-بن-عمير", "person:عبد-الرحمن");
    DUPLICATES.merge(found);
    assertThat(found).containsOnlyKeys("person:عبد-الرحمن-بن-عمير-النعيمي");
  }

  @Test
  void bornIsNoPartOfAName() {
    Map<String, List<Evidence>> found = found("person:جون-ماكين", "person:ولد-ماكين");
    DUPLICATES.merge(found);
    assertThat(found).containsOnlyKeys("person:جون-ماكين");
  }

  @Test
  void bodiesAreLeftAlone() {
    Map<String, List<Evidence>> found = found("organization:مجلس-الشوري", "organization:الشوري");
    DUPLICATES.merge(found);
    assertThat(found).containsOnlyKeys("organization:مجلس-الشوري", "organization:الشوري");
  }

  /** Each id with one piece of evidence, its words, as the rules record a mention. */
  private static Map<String, List<Evidence>> found(String... ids) {
    Map<String, List<Evidence>> found = new LinkedHashMap<>();
    int at = 0;
    for (String id : ids) {
      String text = String.join(" ", DiscoveredActors.words(id));
      found.put(id, new ArrayList<>(List.of(new Evidence("body", at, at + text.length(), text))));
      at += text.length() + 1;
    }
    return found;
  }
}
