package org.marsad.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.enrich.ActorType;
import org.marsad.enrich.FacetLabel;
import org.marsad.enrich.FacetLabels;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.KnowledgeBase;

/**
 * Labels for the search tests: countries from CLDR (as the app has them) plus the actors and
 * topics of {@code search/labels.tsv}, with aliases, so search and suggestions can be tested
 * without waiting for the full knowledge base.
 */
public final class FixtureLabels implements FacetLabels {

  private final KnowledgeBase countries = KnowledgeBase.countriesFromCldr();
  private final Map<FacetType, Map<String, FacetLabel>> labels = new EnumMap<>(FacetType.class);
  private final Map<String, List<String>> aliases = new LinkedHashMap<>();

  public FixtureLabels() {
    labels.put(FacetType.ACTOR, new LinkedHashMap<>());
    labels.put(FacetType.TOPIC, new LinkedHashMap<>());
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        FixtureLabels.class.getResourceAsStream("/search/labels.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        FacetType type = FacetType.valueOf(cells[0].toUpperCase());
        String kind = cells[2].isEmpty() ? null : cells[2];
        labels.get(type).put(cells[1], new FacetLabel(cells[1], kind == null ? null : ActorType.of(kind), cells[3], cells[4]));
        if (cells.length > 5 && !cells[5].isEmpty()) {
          aliases.put(type + "/" + cells[1], Arrays.asList(cells[5].split("\\|")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<FacetLabel> find(FacetType type, String id) {
    if (type == FacetType.COUNTRY) {
      return countries.find(type, id);
    }
    return Optional.ofNullable(labels.get(type).get(id));
  }

  @Override
  public List<FacetLabel> all(FacetType type) {
    return type == FacetType.COUNTRY ? countries.all(type) : new ArrayList<>(labels.get(type).values());
  }

  @Override
  public List<String> aliases(FacetType type, String id) {
    return aliases.getOrDefault(type + "/" + id, List.of());
  }
}
