package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical facet values Marsad knows — countries, actors and topics — with the names the
 * tagger looks for. Loaded from the kb/*.yaml files by {@link KnowledgeBaseLoader}. Immutable and
 * thread safe; a reload builds a new instance.
 */
public final class KnowledgeBase implements FacetLabels {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  /** How big the knowledge base is, for logs and reports. */
  public record Size(int countries, int countryNames, int actors, int aliases, int topics, int terms) {}

  private final List<CountryEntry> countries;
  private final List<ActorEntry> actors;
  private final List<TopicEntry> topics;
  private final List<PlaceEntry> places;
  private final double threshold;
  private final List<String> notCountries;
  private final List<String> notActors;
  private final List<OfficeEntry> offices;
  private final TopicModel topicModel;
  private final Map<FacetType, Map<String, FacetLabel>> labels = new EnumMap<>(FacetType.class);
  private final Map<String, List<String>> actorAliases = new LinkedHashMap<>();
  private final Map<String, List<String>> countryAliases = new LinkedHashMap<>();
  private final DiscoveredActors discovered = new DiscoveredActors();

  /**
   * @param threshold the weighted evidence a topic needs
   * @param notCountries phrases that contain a country's name but do not name it (المغرب العربي)
   * @param notActors phrases that contain an actor's name but do not name it (مجلس الأمن القومي)
   */
  public KnowledgeBase(
      List<CountryEntry> countries, List<ActorEntry> actors, List<TopicEntry> topics, double threshold,
      List<String> notCountries, List<String> notActors) {
    this(countries, actors, topics, threshold, notCountries, notActors, List.of());
  }

  /** @param places Libyan places and cities of Libya's talks, for the search vocabulary */
  public KnowledgeBase(
      List<CountryEntry> countries, List<ActorEntry> actors, List<TopicEntry> topics, double threshold,
      List<String> notCountries, List<String> notActors, List<PlaceEntry> places) {
    this(countries, actors, topics, threshold, notCountries, notActors, places, List.of());
  }

  /** @param offices offices named instead of their holders, with the holders' terms (kb/offices.yaml) */
  public KnowledgeBase(
      List<CountryEntry> countries, List<ActorEntry> actors, List<TopicEntry> topics, double threshold,
      List<String> notCountries, List<String> notActors, List<PlaceEntry> places, List<OfficeEntry> offices) {
    this(countries, actors, topics, threshold, notCountries, notActors, places, offices, TopicModel.NONE);
  }

  /** @param topicModel the learned topic model (kb/topic-model.tsv); {@link TopicModel#NONE} for rules alone */
  public KnowledgeBase(
      List<CountryEntry> countries, List<ActorEntry> actors, List<TopicEntry> topics, double threshold,
      List<String> notCountries, List<String> notActors, List<PlaceEntry> places, List<OfficeEntry> offices,
      TopicModel topicModel) {
    this.topicModel = topicModel;
    this.places = List.copyOf(places);
    this.offices = List.copyOf(offices);
    this.countries = List.copyOf(countries);
    this.actors = List.copyOf(actors);
    this.topics = List.copyOf(topics);
    this.threshold = threshold;
    this.notCountries = List.copyOf(notCountries);
    this.notActors = List.copyOf(notActors);
    Map<String, FacetLabel> c = new LinkedHashMap<>();
    this.countries.forEach(e -> c.put(e.id(), new FacetLabel(e.id(), null, e.ar(), e.en())));
    Map<String, FacetLabel> a = new LinkedHashMap<>();
    this.actors.forEach(e -> a.put(e.id(), new FacetLabel(e.id(), e.type(), e.ar(), e.en())));
    Map<String, FacetLabel> t = new LinkedHashMap<>();
    this.topics.forEach(e -> t.put(e.id(), new FacetLabel(e.id(), null, e.ar(), e.en())));
    labels.put(FacetType.COUNTRY, c);
    this.actors.forEach(e -> actorAliases.put(e.id(), concat(e.aliases(), e.weak(), e.sport(), e.written())));
    this.countries.forEach(e -> countryAliases.put(e.id(), concat(e.names(), e.adjectives())));
    labels.put(FacetType.ACTOR, a);
    labels.put(FacetType.TOPIC, t);
  }

  /** Countries from the JDK's CLDR data only, without actors or topics: a minimal knowledge base. */
  public static KnowledgeBase countriesFromCldr() {
    List<CountryEntry> countries = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      Locale region = new Locale("", code);
      String ar = region.getDisplayCountry(ARABIC);
      String en = region.getDisplayCountry(Locale.ENGLISH);
      countries.add(new CountryEntry(code, ar, en, List.of(ar, en), null, null, null, null));
    }
    return new KnowledgeBase(countries, List.of(), List.of(), 3, List.of(), List.of());
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }

  public List<CountryEntry> countries() {
    return countries;
  }

  public List<ActorEntry> actors() {
    return actors;
  }

  public List<TopicEntry> topics() {
    return topics;
  }

  public List<PlaceEntry> places() {
    return places;
  }

  /** The weighted evidence a topic needs when its entry sets none. */
  public double threshold() {
    return threshold;
  }

  /** The weighted evidence this topic needs: its own threshold, else the knowledge base's. */
  public double threshold(TopicEntry topic) {
    return topic.threshold() == null ? threshold : topic.threshold();
  }

  public List<String> notCountries() {
    return notCountries;
  }

  public List<String> notActors() {
    return notActors;
  }

  public List<OfficeEntry> offices() {
    return offices;
  }

  /** The learned topic model; {@link TopicModel#NONE} when topics are decided by their rules alone. */
  public TopicModel topicModel() {
    return topicModel;
  }

  /** Whether an id is one of the knowledge base's actors (not a discovered one). */
  public boolean isKnownActor(String id) {
    return labels.get(FacetType.ACTOR).containsKey(id);
  }

  /** Whether an id is one of the knowledge base's people (not a discovered one). */
  public boolean isKnownPerson(String id) {
    FacetLabel label = labels.get(FacetType.ACTOR).get(id);
    return label != null && label.type() == ActorType.PERSON;
  }

  /** Whether an actor id is a person's: of the knowledge base, or discovered. */
  public boolean isPerson(String id) {
    return id != null && (isKnownPerson(id) || DiscoveredActors.isPerson(id));
  }

  /** Labels of knowledge base values, and of discovered actors ({@link DiscoveredActors}) by their ids. */
  @Override
  public Optional<FacetLabel> find(FacetType type, String id) {
    if (type == FacetType.ACTOR && DiscoveredActors.isDiscovered(id)) {
      return Optional.of(discovered.label(id, code -> find(FacetType.COUNTRY, code)));
    }
    return Optional.ofNullable(labels.get(type).get(id));
  }

  /**
   * The names the search box suggests a value by: an actor's aliases, weak ones included, in both
   * scripts; a country's names and adjectives; none for topics (their labels suffice).
   */
  @Override
  public List<String> aliases(FacetType type, String id) {
    return switch (type) {
      case ACTOR -> actorAliases.getOrDefault(id, List.of());
      case COUNTRY -> countryAliases.getOrDefault(id, List.of());
      case TOPIC -> List.of();
    };
  }

  @Override
  public List<FacetLabel> all(FacetType type) {
    List<FacetLabel> all = new ArrayList<>(labels.get(type).values());
    all.sort(Comparator.comparing(FacetLabel::id));
    return all;
  }

  public Size size() {
    return new Size(
        countries.size(),
        countries.stream().mapToInt(c -> c.names().size() + c.adjectives().size() + c.capitals().size()).sum(),
        actors.size(),
        actors.stream().mapToInt(a -> a.aliases().size() + a.weak().size()).sum(),
        topics.size(),
        topics.stream().mapToInt(TopicEntry::termCount).sum());
  }
}
