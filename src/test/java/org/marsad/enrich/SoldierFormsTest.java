package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoldierFormsTest {

  private static final CountryEntry TURKEY = new CountryEntry("TR", "تركيا", "Türkiye", List.of("تركيا", "Türkiye"),
      List.of("تركي", "أتراك", "تركية", "التركي", "التركية", "الأتراك", "Turkish"), List.of(), List.of(), List.of());

  private static ActorEntry actor(String id, String country, String... aliases) {
    return new ActorEntry(id, ActorType.ORGANIZATION, id, aliases[0], country, List.of(aliases), List.of());
  }

  @Test
  void theArmyOfACountryIsNamedByItsSoldiersInEachNumber() {
    List<ActorEntry> actors = new SoldierForms(List.of(TURKEY))
        .addTo(List.of(actor("turkish-armed-forces", "TR", "القوات المسلحة التركية", "الجيش التركي")));
    assertThat(actors.get(0).aliases())
        .contains("جندي تركي", "جنود أتراك", "جنديين أتراك", "الجندي التركي", "الجنود الأتراك")
        .doesNotContain("جندي تركية", "جنود تركي", "الجنود أتراك", "جندي Turkish");
  }

  @Test
  void noArmyOfItsOwnCountryNoFormsAndAFormAnotherActorWritesStaysItsOwn() {
    List<ActorEntry> actors = new SoldierForms(List.of(TURKEY)).addTo(List.of(
        actor("a-club", "TR", "نادي الجيش التركي"),
        actor("a-foreign-army", "SY", "الجيش التركي"),
        actor("veterans", "TR", "الجنود الأتراك"),
        actor("turkish-armed-forces", "TR", "الجيش التركي")));
    assertThat(actors.get(0).aliases()).containsExactly("نادي الجيش التركي");
    assertThat(actors.get(1).aliases()).containsExactly("الجيش التركي");
    assertThat(actors.get(2).aliases()).containsExactly("الجنود الأتراك");
    assertThat(actors.get(3).aliases()).contains("جنود أتراك").doesNotContain("الجنود الأتراك");
  }
}
