package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.marsad.ingest.BoilerplateSeparator;
import org.marsad.ingest.DocumentExtractor;
import org.marsad.ingest.ExtractedDocument;
import org.marsad.ingest.IngestSource;
import org.marsad.ingest.NewsXmlReader;
import org.marsad.ingest.TikaExtractor;

/** The labelling guide's own example (eval/LABELS.md), for the tests and the topic model's training gate. */
public final class SeedArticle {

  /** The topics LABELS.md gives the seed article. */
  public static final Set<String> TOPICS = Set.of("military-bases", "sanctions", "foreign-forces", "diplomacy");

  private SeedArticle() {}

  /** The seed article as the pipeline extracts it (title, abstract and body, related headlines apart). */
  public static TaggableText text() throws IOException {
    byte[] bytes;
    try (InputStream in = SeedArticle.class.getResourceAsStream("/enrich/seed-libya-us-russia.txt")) {
      bytes = in.readAllBytes();
    }
    DocumentExtractor extractor =
        new DocumentExtractor(new TikaExtractor(1_000_000), new NewsXmlReader(), new BoilerplateSeparator());
    ExtractedDocument d = extractor.extract(IngestSource.ofBytes("libya-us-russia.txt", bytes)).documents().get(0);
    return new TaggableText(d.title(), d.abstractText(), d.body());
  }
}
