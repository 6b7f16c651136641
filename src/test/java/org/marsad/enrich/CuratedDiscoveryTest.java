package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A discovered actor and the same actor once a curator adds it to the knowledge base become one
 * value: after a reload the curated id replaces the discovered one.
 */
class CuratedDiscoveryTest {

  private static final String TEXT = "قال العميد محمد الخطيب إن القوات انسحبت، وأكد الخطيب أن الهدنة صامدة";

  @Test
  void aCuratedActorReplacesTheDiscoveredOneAfterAReload(@TempDir Path kbDir) throws IOException {
    LiveKnowledgeBase live = new LiveKnowledgeBase(new KnowledgeBaseLoader(kbDir)::load, NameDiscovery.NONE);
    assertThat(ids(live)).containsExactly("person:محمد-الخطيب");
    assertThat(live.labelOf(FacetType.ACTOR, "person:محمد-الخطيب").ar()).isEqualTo("محمد الخطيب");

    String packaged;
    try (InputStream in = CuratedDiscoveryTest.class.getResourceAsStream("/kb/actors.yaml")) {
      packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(kbDir.resolve("actors.yaml"), packaged
        + "\n- {id: mohammed-al-khatib, type: person, en: Mohammed al-Khatib, ar: محمد الخطيب, aliases: [محمد الخطيب, الخطيب]}\n");
    live.reload();

    assertThat(ids(live)).containsExactly("mohammed-al-khatib");
    Tag tag = live.enricher().enrich(new TaggableText(null, null, TEXT)).actors().get(0);
    assertThat(tag.evidence()).extracting(Evidence::text).containsExactly("محمد الخطيب", "الخطيب");
  }

  private static java.util.List<String> ids(LiveKnowledgeBase live) {
    return live.enricher().enrich(new TaggableText(null, null, TEXT)).actors().stream().map(Tag::id).toList();
  }
}
