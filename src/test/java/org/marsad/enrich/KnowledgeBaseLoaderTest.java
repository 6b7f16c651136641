package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged knowledge base loads, and a curator's edit that would make one facet value of two
 * entities, or an office whose holder is no actor, fails the load with the id in the message.
 */
class KnowledgeBaseLoaderTest {

  @Test
  void thePackagedKnowledgeBaseHasOneEntryPerIdAndEveryHolderIsAnActor() {
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();

    assertThat(kb.actors()).extracting(ActorEntry::id).doesNotHaveDuplicates();
    assertThat(kb.offices()).isNotEmpty();
  }

  @Test
  void aCuratedPersonGainsTheGazetteersSpellingUnlessItHoldsOneOfTheirNames() {
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();

    assertThat(actor(kb, "bernie-sanders").aliases()).contains("بيرني ساندرز", "برني ساندرز");
    // محمد أنور السادات holds السادات and is also the name of Sadat's nephew, an MP.
    assertThat(actor(kb, "anwar-sadat").aliases()).doesNotContain("محمد أنور السادات");
    assertThat(kb.actors()).extracting(ActorEntry::id).doesNotHaveDuplicates();
  }

  private static ActorEntry actor(KnowledgeBase kb, String id) {
    return kb.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void anActorIdGivenTwiceFailsTheLoad(@TempDir Path kbDir) throws IOException {
    Files.writeString(kbDir.resolve("actors.yaml"), packaged("actors.yaml")
        + "\n- {id: khalifa-haftar, type: person, en: Another Haftar, ar: حفتر آخر, aliases: [حفتر آخر]}\n");

    assertThatThrownBy(() -> new KnowledgeBaseLoader(kbDir).load())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("khalifa-haftar");
  }

  @Test
  void aWeakNameCountingInAnUnknownTopicFailsTheLoad(@TempDir Path kbDir) throws IOException {
    Files.writeString(kbDir.resolve("actors.yaml"), packaged("actors.yaml")
        + "\n- {id: imaginary-front, type: organization, en: Imaginary Front, ar: جبهة الخيال, aliases: [جبهة الخيال],"
        + " weak: [الجبهة], weakIn: [piracy]}\n");

    assertThatThrownBy(() -> new KnowledgeBaseLoader(kbDir).load())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("imaginary-front").hasMessageContaining("piracy");
  }

  @Test
  void aWeakNameCountingWhereAnUnknownCountryIsNamedFailsTheLoad(@TempDir Path kbDir) throws IOException {
    Files.writeString(kbDir.resolve("actors.yaml"), packaged("actors.yaml")
        + "\n- {id: imaginary-front, type: organization, en: Imaginary Front, ar: جبهة الخيال, aliases: [جبهة الخيال],"
        + " weak: [الجبهة], weakWhere: [XX]}\n");

    assertThatThrownBy(() -> new KnowledgeBaseLoader(kbDir).load())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("imaginary-front").hasMessageContaining("XX");
  }

  @Test
  void anOfficeWhoseHolderIsNoActorFailsTheLoad(@TempDir Path kbDir) throws IOException {
    loadingWithOffice(kbDir, "- names: [رئيس جمهورية الخيال]\n  holders:\n  - {actor: nobody-at-all, from: 2018-01-01}\n")
        .hasMessageContaining("nobody-at-all").hasMessageContaining("offices.yaml");
  }

  @Test
  void anOfficeWithWeakNamesButNoCountryFailsTheLoad(@TempDir Path kbDir) throws IOException {
    loadingWithOffice(kbDir, "- names: [رئيس جمهورية الخيال]\n  weak: [الرئيس]\n  holders:\n  - {actor: khalifa-haftar, from: 2018-01-01}\n")
        .hasMessageContaining("رئيس جمهورية الخيال").hasMessageContaining("no countries");
  }

  @Test
  void anOfficeWithWeakNamesForAnUnknownCountryFailsTheLoad(@TempDir Path kbDir) throws IOException {
    loadingWithOffice(kbDir,
        "- names: [رئيس جمهورية الخيال]\n  countries: [ZZZ]\n  weak: [الرئيس]\n  holders:\n  - {actor: khalifa-haftar, from: 2018-01-01}\n")
        .hasMessageContaining("ZZZ");
  }

  @Test
  void anAmbassadorsOfficeWithOneUnknownCountryFailsTheLoad(@TempDir Path kbDir) throws IOException {
    loadingWithOffice(kbDir,
        "- names: [سفير الخيال لدى ليبيا]\n  countries: [LY, ZZZ]\n  weak: [سفير الخيال]\n  holders:\n  - {actor: khalifa-haftar, from: 2018-01-01}\n")
        .hasMessageContaining("ZZZ");
  }

  /** The load with one more office after the packaged ones, which must fail as a bad knowledge base. */
  private static AbstractThrowableAssert<?, ? extends Throwable> loadingWithOffice(Path kbDir, String office)
      throws IOException {
    Files.writeString(kbDir.resolve("offices.yaml"), packaged("offices.yaml") + "\n" + office);
    return assertThatThrownBy(() -> new KnowledgeBaseLoader(kbDir).load()).isInstanceOf(IllegalArgumentException.class);
  }

  private static String packaged(String file) throws IOException {
    try (InputStream in = KnowledgeBaseLoaderTest.class.getResourceAsStream("/kb/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
