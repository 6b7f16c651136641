package org.marsad.enrich;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the knowledge base from its YAML files: {@code countries.yaml}, the curated actors of
 * {@code actors.yaml}, {@code companies.yaml} and {@code clubs.yaml}, {@code governments.yaml}, {@code national-teams.yaml} and {@code institutions.yaml} (generated),
 * {@code topics.yaml}, {@code not-names.yaml}, {@code places.yaml} and {@code offices.yaml}, the
 * people gazetteer {@code people.tsv} (English name, tab, Arabic name: people the curated files
 * lack, as person actors) and the learned topic model {@code topic-model.tsv} ({@link TopicModel};
 * without it topics are decided by their rules). Each file is taken from the override directory
 * when it holds one (so a curator can edit the files and reload without a rebuild), else from the
 * classpath folder {@code kb/}. Thread safe.
 */
public final class KnowledgeBaseLoader {

  static final String TOPIC_MODEL = "topic-model.tsv";
  /** Curated actors: the main file, and companies and sports clubs kept apart for their curators. */
  private static final List<String> CURATED_ACTORS = List.of("actors.yaml", "companies.yaml", "clubs.yaml");
  /** Actors generated from the countries, one per country (src/test/kb-generator/generate_countries.py). */
  private static final List<String> GENERATED_ACTORS = List.of("governments.yaml", "national-teams.yaml", "institutions.yaml");

  private record TopicFile(double threshold, List<TopicEntry> topics) {}

  private record NotNamesFile(List<String> countries, List<String> actors) {}

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .findAndRegisterModules();
  private final Path overrideDir;
  private final boolean people;

  /** @param overrideDir a directory whose kb files replace the packaged ones, or null */
  public KnowledgeBaseLoader(Path overrideDir) {
    this(overrideDir, true);
  }

  /** @param people whether to add the people gazetteer (people.tsv) to the curated actors */
  public KnowledgeBaseLoader(Path overrideDir, boolean people) {
    this.overrideDir = overrideDir;
    this.people = people;
  }

  /** Loads every file; a missing or malformed file fails with the file's name. */
  public KnowledgeBase load() {
    List<CountryEntry> countries = read("countries.yaml", new TypeReference<>() {});
    List<ActorEntry> written = new ArrayList<>();
    for (String curated : CURATED_ACTORS) {
      written.addAll(read(curated, new TypeReference<List<ActorEntry>>() {}));
    }
    for (String generated : GENERATED_ACTORS) {
      read(generated, new TypeReference<List<ActorEntry>>() {}).forEach(a -> written.add(a.asGenerated()));
    }
    // Soldiers named by a country's adjective (جنود أمريكيين) are its army: derived here.
    List<ActorEntry> actors = new SoldierForms(countries).addTo(written);
    TopicFile topics = read("topics.yaml", new TypeReference<>() {});
    NotNamesFile notNames = read("not-names.yaml", new TypeReference<>() {});
    List<PlaceEntry> places = read("places.yaml", new TypeReference<>() {});
    // The offices named by a country's adjective are named by its name too (رئيس وزراء إيطاليا): derived here.
    List<OfficeEntry> offices = new OfficeConstructForms(countries).addTo(read("offices.yaml", new TypeReference<List<OfficeEntry>>() {}));
    requireOneEntryPerId(actors);
    requireWeakOfficesCountries(offices, countries);
    requireKnownWeakTopics(actors, topics.topics());
    requireKnownWeakCountries(actors, countries);
    List<ActorEntry> all = actors;
    if (people) {
      all = new PeopleGazetteer().addTo(actors, readLines("people.tsv"));
      // Holders may be people of people.tsv: checked only when those are loaded too.
      requireKnownHolders(offices, all);
    }
    return new KnowledgeBase(
        countries, all, topics.topics(), topics.threshold(),
        notNames.countries() == null ? List.of() : notNames.countries(),
        notNames.actors() == null ? List.of() : notNames.actors(), places, offices, topicModel());
  }

  /**
   * A curated or generated actor id given twice would make one facet value of two entities (the
   * second's labels silently replacing the first's): the load fails and names the id.
   */
  private static void requireOneEntryPerId(List<ActorEntry> actors) {
    Set<String> seen = new HashSet<>();
    for (ActorEntry actor : actors) {
      if (!seen.add(actor.id())) {
        throw new IllegalArgumentException("Knowledge base: the actor id " + actor.id()
            + " is given twice (" + String.join(", ", CURATED_ACTORS) + ", " + String.join(", ", GENERATED_ACTORS) + ")");
      }
    }
  }

  /**
   * An office with weak names must say whose country's it is, by codes countries.yaml has: its weak
   * names count only where the text names one of those countries most. Checked whatever else is loaded.
   */
  private static void requireWeakOfficesCountries(List<OfficeEntry> offices, List<CountryEntry> countries) {
    Set<String> countryIds = new HashSet<>();
    countries.forEach(c -> countryIds.add(c.id()));
    for (OfficeEntry office : offices) {
      if (!office.weak().isEmpty() && (office.countries().isEmpty() || !countryIds.containsAll(office.countries()))) {
        throw new IllegalArgumentException("Knowledge base file offices.yaml: " + office.names()
            + " has weak names but no countries of countries.yaml (" + office.countries() + "), which a weak name needs");
      }
    }
  }

  /** The topics a weak name counts in, or not, must be topics.yaml's, or the rule would never apply. */
  private static void requireKnownWeakTopics(List<ActorEntry> actors, List<TopicEntry> topics) {
    Set<String> ids = new HashSet<>();
    topics.forEach(t -> ids.add(t.id()));
    for (ActorEntry actor : actors) {
      for (String topic : Stream.concat(actor.weakIn().stream(), actor.weakNotIn().stream()).toList()) {
        if (!ids.contains(topic)) {
          throw new IllegalArgumentException("Knowledge base: the actor " + actor.id() + " names the topic " + topic
              + " for its weak names, which topics.yaml does not have");
        }
      }
    }
  }

  /** The countries where an actor's weak names count must be countries.yaml's, or the rule would never apply. */
  private static void requireKnownWeakCountries(List<ActorEntry> actors, List<CountryEntry> countries) {
    Set<String> ids = new HashSet<>();
    countries.forEach(c -> ids.add(c.id()));
    for (ActorEntry actor : actors) {
      for (String country : actor.weakWhere()) {
        if (!ids.contains(country)) {
          throw new IllegalArgumentException("Knowledge base: the actor " + actor.id() + " names the country " + country
              + " for its weak names, which countries.yaml does not have");
        }
      }
    }
  }

  /** An office's holder must be an actor, or the office would resolve to a value with no labels. */
  private static void requireKnownHolders(List<OfficeEntry> offices, List<ActorEntry> actors) {
    Set<String> ids = new HashSet<>();
    actors.forEach(a -> ids.add(a.id()));
    for (OfficeEntry office : offices) {
      for (OfficeEntry.Term term : office.holders()) {
        if (!ids.contains(term.actor())) {
          throw new IllegalArgumentException("Knowledge base file offices.yaml: the holder " + term.actor()
              + " of " + office.names() + " is no actor (actors.yaml or people.tsv)");
        }
      }
    }
  }

  private TopicModel topicModel() {
    boolean present = (overrideDir != null && Files.isRegularFile(overrideDir.resolve(TOPIC_MODEL)))
        || KnowledgeBaseLoader.class.getResource("/kb/" + TOPIC_MODEL) != null;
    return present ? TopicModel.read(readLines(TOPIC_MODEL), TOPIC_MODEL) : TopicModel.NONE;
  }

  private List<String> readLines(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Knowledge base file " + name + " cannot be read: " + e.getMessage(), e);
    }
  }

  private <T> T read(String name, TypeReference<T> type) {
    try (InputStream in = open(name)) {
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Knowledge base file " + name + " cannot be read: " + e.getMessage(), e);
    }
  }

  private InputStream open(String name) throws IOException {
    if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
      return Files.newInputStream(overrideDir.resolve(name));
    }
    InputStream in = KnowledgeBaseLoader.class.getResourceAsStream("/kb/" + name);
    if (in == null) {
      throw new IOException("not on the classpath under kb/");
    }
    return in;
  }
}
