package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic every quoted figure rests on: matching by folded name, per type, per topic. */
class ScorecardTest {

  private static final KnowledgeBase KB = new KnowledgeBaseLoader(null).load();

  private static final String LINE = "{\"docno\": \"d1\", \"split\": \"validation\", \"countries\": [\"TR\", \"US\"],"
      + " \"actors\": [{\"name\": \"Recep Tayyip Erdogan\", \"type\": \"person\", \"surface\": [\"أردوغان\"]},"
      + " {\"name\": \"Andrew Brunson\", \"type\": \"person\", \"surface\": [\"برانسون\"]},"
      + " {\"name\": \"United Nations\", \"type\": \"organization\", \"surface\": [\"الأمم المتحدة\"]}],"
      + " \"topics\": [\"sanctions\", \"economy\"]}";

  @Test
  void readsALabelLine() {
    GoldLabels gold = read(LINE);

    assertThat(gold.docno()).isEqualTo("d1");
    assertThat(gold.split()).isEqualTo(GoldLabels.Split.VALIDATION);
    assertThat(gold.actors()).extracting(GoldLabels.Actor::type).containsExactly("person", "person", "organization");
    assertThat(read(LINE.replace("\"split\": \"validation\", ", "")).split()).isEqualTo(GoldLabels.Split.DEV);
  }

  @Test
  void countsMatchesMissesAndFalseAlarmsPerRow() {
    Scorecard card = new Scorecard(List.of("sanctions", "economy", "diplomacy"));
    Enrichment tags = new Enrichment(
        List.of(tag("recep-tayyip-erdogan"), tag("donald-trump")),
        List.of(tag("TR")),
        List.of(tag("sanctions"), tag("diplomacy")));

    Scorecard.Diff diff = card.add(read(LINE), tags, KB);

    // Erdoğan matches Erdogan once diacritics are folded.
    assertCounts(card.row("actors"), 1, 1, 2);
    assertCounts(card.row("actors: person"), 1, 1, 1);
    assertCounts(card.row("actors: organization"), 0, 0, 1);
    assertCounts(card.row("countries"), 1, 0, 1);
    assertCounts(card.row("topics"), 1, 1, 1);
    assertCounts(card.row("economy"), 0, 0, 1);
    assertCounts(card.row("diplomacy"), 0, 1, 0);
    assertThat(diff.missed().get("actors")).containsExactly("andrew brunson", "united nations");
    assertThat(diff.extra().get("actors")).containsExactly("donald trump");
    assertThat(card.row("actors").f1()).isEqualTo(0.4);
  }

  @Test
  void aDiscoveredNameIsTheActorWithExactlyItsWordsBeforeOneWhoseSurfaceHoldsThem() {
    GoldLabels gold = read("{\"docno\": \"d2\", \"countries\": [], \"topics\": [], \"actors\": ["
        + "{\"name\": \"Harvard Business School\", \"type\": \"organization\", \"surface\": [\"كلية إدارة الأعمال في جامعة هارفارد\"]},"
        + "{\"name\": \"Harvard University\", \"type\": \"organization\", \"surface\": [\"جامعة هارفارد\"]}]}");

    assertThat(Scorecard.bySurface("جامعة هارفارد", gold)).contains("harvard university");
    assertThat(Scorecard.bySurface("كلية إدارة الأعمال", gold)).contains("harvard business school");
    assertThat(Scorecard.bySurface("جامعة القاهرة", gold)).isEmpty();
  }

  @Test
  void aHeadBeforeTheOneWordALabelKeepsIsThatActorsName() {
    GoldLabels gold = read("{\"docno\": \"d3\", \"countries\": [], \"topics\": [], \"actors\": ["
        + "{\"name\": \"Istanbul\", \"type\": \"organization\", \"surface\": [\"إسطنبول\"]},"
        + "{\"name\": \"Danone\", \"type\": \"organization\", \"surface\": [\"دانون\"]}]}");

    assertThat(Scorecard.bySurface("شركة دانون", gold)).contains("danone");
    assertThat(Scorecard.bySurface("مدينة دانون", gold)).isEmpty();
    assertThat(Scorecard.bySurface("شركة دانون الفرنسية", gold)).isEmpty();
  }

  @Test
  void aBodyScopedToItsCountryIsTheActorOfItsWordsWithTheCountry() {
    GoldLabels gold = read("{\"docno\": \"d3\", \"countries\": [\"IQ\", \"DE\"], \"topics\": [], \"actors\": ["
        + "{\"name\": \"Iraqi Police\", \"type\": \"organization\", \"surface\": [\"الشرطة العراقية\", \"الشرطة\"]},"
        + "{\"name\": \"German police\", \"type\": \"organization\", \"surface\": [\"الشرطة الألمانية\"]}]}");
    Scorecard card = new Scorecard(List.of());
    // الشرطة alone is the Iraqi police's surface; the German police scoped to DE is found with its adjective.
    Scorecard.Diff diff = card.add(gold, new Enrichment(List.of(tag("organization:الشرطه@DE")), List.of(), List.of()), KB);

    assertThat(diff.missed().get("actors")).containsExactly("iraqi police");
    assertThat(diff.extra().get("actors")).isEmpty();
  }

  private static void assertCounts(Scorecard.Counts c, int tp, int fp, int fn) {
    assertThat(List.of(c.tp, c.fp, c.fn)).containsExactly(tp, fp, fn);
  }

  private static Tag tag(String id) {
    return new Tag(id, 1, List.of());
  }

  private static GoldLabels read(String line) {
    return GoldLabels.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).get(0);
  }
}
