package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical facet values Marsad knows: countries (ISO 3166-1 with CLDR names in Arabic and
 * English, from the JDK's locale data), actors and topics. Immutable and thread safe; a reload
 * builds a new instance.
 */
public final class KnowledgeBase implements FacetLabels {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  private final Map<FacetType, Map<String, FacetLabel>> labels;
  /** Surface forms per facet and id, the tagger's dictionary. */
  private final Map<FacetType, Map<String, List<String>>> surfaces;

  private KnowledgeBase(
      Map<FacetType, Map<String, FacetLabel>> labels,
      Map<FacetType, Map<String, List<String>>> surfaces) {
    this.labels = labels;
    this.surfaces = surfaces;
  }

  /** Countries from CLDR only: the foundation the fuller knowledge base extends. */
  public static KnowledgeBase countriesFromCldr() {
    Map<String, FacetLabel> countries = new LinkedHashMap<>();
    Map<String, List<String>> countrySurfaces = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale region = new Locale("", code);
      String ar = region.getDisplayCountry(ARABIC);
      String en = region.getDisplayCountry(Locale.ENGLISH);
      countries.put(code, new FacetLabel(code, null, ar, en));
      countrySurfaces.put(code, List.of(ar, en));
    }
    Map<FacetType, Map<String, FacetLabel>> labels = new LinkedHashMap<>();
    labels.put(FacetType.COUNTRY, countries);
    labels.put(FacetType.ACTOR, Map.of());
    labels.put(FacetType.TOPIC, Map.of());
    Map<FacetType, Map<String, List<String>>> surfaces = new LinkedHashMap<>();
    surfaces.put(FacetType.COUNTRY, countrySurfaces);
    surfaces.put(FacetType.ACTOR, Map.of());
    surfaces.put(FacetType.TOPIC, Map.of());
    return new KnowledgeBase(labels, surfaces);
  }

  @Override
  public Optional<FacetLabel> find(FacetType type, String id) {
    return Optional.ofNullable(labels.get(type).get(id));
  }

  @Override
  public List<FacetLabel> all(FacetType type) {
    List<FacetLabel> all = new ArrayList<>(labels.get(type).values());
    all.sort(Comparator.comparing(FacetLabel::id));
    return all;
  }

  /** The surface forms of every value of a facet, keyed by id. */
  public Map<String, List<String>> surfaces(FacetType type) {
    return surfaces.get(type);
  }
}
