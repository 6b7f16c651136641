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
    Map<String, List<Evidence>> found = merged("person:ساره-هانسون-يونغ", "person:هانسون-يونغ");
    assertThat(found).containsOnlyKeys("person:ساره-هانسون-يونغ");
    assertThat(found.get("person:ساره-هانسون-يونغ")).extracting(Evidence::text)
        .containsExactly("ساره هانسون يونغ", "هانسون يونغ");
  }

  @Test
  void aDescriptionBeforeANameIsNoPartOfIt() {
    assertThat(merged("person:القيادي-الحوثي-عبدالكريم-الحوثي", "person:عبدالكريم-الحوثي")).containsOnlyKeys(
        "person:عبدالكريم-الحوثي");
  }

  @Test
  void aNameAfterAbuIsTheChildsNotTheFathers() {
    assertThat(merged("person:ابو-معاذ", "person:معاذ")).containsOnlyKeys(
        "person:ابو-معاذ", "person:معاذ");
  }

  @Test
  void aPartOfTwoFullNamesIsNeither() {
    assertThat(merged("person:محمد-عبد-التواب", "person:احمد-عبد-التواب", "person:عبد-التواب")).containsOnlyKeys(
        "person:محمد-عبد-التواب", "person:احمد-عبد-التواب", "person:عبد-التواب");
  }

  @Test
  void namesEverFullerAreOnePerson() {
    assertThat(merged("person:عبد-الرحمن-بن-عمير-النعيمي", "person:عبد-الرحمن-بن-عمير", "person:عبد-الرحمن")).containsOnlyKeys(
        "person:عبد-الرحمن-بن-عمير-النعيمي");
  }

  @Test
  void bornIsNoPartOfAName() {
    assertThat(merged("person:جون-ماكين", "person:ولد-ماكين")).containsOnlyKeys(
        "person:جون-ماكين");
  }

  @Test
  void bodiesAreLeftAlone() {
    assertThat(merged("organization:مجلس-الشوري", "organization:الشوري")).containsOnlyKeys(
        "organization:مجلس-الشوري", "organization:الشوري");
  }

  /** The values left once the duplicates among {@code ids} are merged. */
  private static Map<String, List<Evidence>> merged(String... ids) {
    Map<String, List<Evidence>> found = found(ids);
    DUPLICATES.merge(found);
    return found;
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
