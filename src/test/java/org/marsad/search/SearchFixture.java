package org.marsad.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.Evidence;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.Tag;
import org.marsad.index.DocumentIndex;
import org.marsad.index.IndexException;
import org.marsad.index.NewsDocument;
import org.marsad.ingest.ExtractedDocument;

/**
 * Twelve short Arabic news items written for the search tests ({@code search/docs.jsonl}): known
 * actors, countries, topics, dates, outlets and two near-duplicate pairs, so counts can be
 * asserted exactly. Tags are given with their surface forms and the knowledge base's ids (the app
 * labels and suggests them from its real knowledge base); the evidence offsets are found here.
 */
public final class SearchFixture {

  public static final int SIZE = 12;

  private SearchFixture() {}

  public static void load(DocumentIndex index) throws IOException, IndexException {
    index.add(documents());
    index.commit();
  }

  public static List<NewsDocument> documents() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<NewsDocument> docs = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SearchFixture.class.getResourceAsStream("/search/docs.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          docs.add(document(json.readTree(line)));
        }
      }
    }
    return docs;
  }

  private static NewsDocument document(JsonNode d) {
    String title = d.get("title").asText();
    String body = d.get("body").asText();
    Instant published = LocalDate.parse(d.get("published").asText()).atStartOfDay(ZoneOffset.UTC).toInstant();
    ExtractedDocument extracted = new ExtractedDocument(d.get("id").asText() + ".txt", "text/plain",
        title, null, body, List.of(), null, published, d.get("source").asText(),
        "https://example.org/news/" + d.get("id").asText(), "ar", null, null, List.of());
    Map<FacetType, List<Tag>> tags = new EnumMap<>(FacetType.class);
    for (FacetType type : FacetType.values()) {
      tags.put(type, new ArrayList<>());
      JsonNode byId = d.path("tags").path(type.field());
      for (Iterator<Map.Entry<String, JsonNode>> it = byId.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> tag = it.next();
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode surface : tag.getValue()) {
          find("title", title, surface.asText(), evidence);
          find("body", body, surface.asText(), evidence);
        }
        tags.get(type).add(new Tag(tag.getKey(), evidence.size(), evidence));
      }
    }
    String group = d.hasNonNull("dupGroup") ? d.get("dupGroup").asText() : null;
    return new NewsDocument(d.get("id").asText(), "hash-" + d.get("id").asText(), group, extracted,
        new Enrichment(tags.get(FacetType.ACTOR), tags.get(FacetType.COUNTRY), tags.get(FacetType.TOPIC)),
        published);
  }

  private static void find(String field, String text, String surface, List<Evidence> evidence) {
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length())) {
      evidence.add(new Evidence(field, at, at + surface.length(), surface));
    }
  }
}
