package org.marsad.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicMorphology.Reading;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Tags a document's countries, actors and topics from a {@link KnowledgeBase}: the title, abstract
 * and body are tokenised, normalised ({@link ArabicNormaliser}, as the index does) and read for
 * clitics ({@link ArabicMorphology#readings}) once, a dateline at the start is
 * skipped, then {@link CountryTagger}, {@link ActorTagger} (which uses the countries to resolve
 * generic names) and {@link TopicScorer} run. Unknown names after titles go to {@link NameDiscovery}.
 * Immutable and thread safe.
 */
public final class KnowledgeBaseTagger implements Enricher {

  /** A country named at least 1/PROMINENCE as often as the most named one is prominent. */
  private static final int PROMINENCE = 4;

  private final ArabicNormaliser normaliser = new ArabicNormaliser();
  private final DatelineFinder datelines = new DatelineFinder();
  private final CountryTagger countries;
  private final ActorTagger actors;
  private final TopicScorer topics;
  private final NameDiscovery discovery;
  private final TeaserFinder teasers;
  private final OfficeHolders offices;
  private final OfficeCounterparts counterparts;
  private final MatchOpponents opponents;
  private final GovernmentsByLeader leaders;
  private final BareBodies bareBodies;
  private final CountryBodies countryBodies;
  private final KnownBodyShortForms knownShortForms;
  private final LoneHeads loneHeads;
  private final KnownDiscoveries known;
  private final OpenWorldActors openWorld;
  private final DiscoveredActorFilter filter;
  private final DiscoveredActorFeatures filterFeatures;
  private final KnowledgeBase kb;
  private final SportPage sport = new SportPage(normaliser);

  /** @param discovery where unknown names are counted; {@link NameDiscovery#NONE} to not count them */
  public KnowledgeBaseTagger(KnowledgeBase kb, NameDiscovery discovery) {
    this(kb, discovery, OpenWorldSettings.DEFAULT);
  }

  /** @param openWorld which evidence finds actors the knowledge base lacks; the packaged name model when it asks for one */
  public KnowledgeBaseTagger(KnowledgeBase kb, NameDiscovery discovery, OpenWorldSettings openWorld) {
    this(kb, discovery, openWorld, openWorld.model() ? ActorNameModel.packaged() : ActorNameModel.NONE);
  }

  /**
   * @param openWorld which evidence finds actors the knowledge base lacks
   * @param names the statistical name finder, used when {@code openWorld} asks for it
   */
  public KnowledgeBaseTagger(KnowledgeBase kb, NameDiscovery discovery, OpenWorldSettings openWorld, ActorNameModel names) {
    this(kb, discovery, openWorld, names, openWorld.model() ? DiscoveredActorFilter.packaged() : DiscoveredActorFilter.NONE);
  }

  /**
   * @param openWorld which evidence finds actors the knowledge base lacks
   * @param names the statistical name finder, used when {@code openWorld} asks for it
   * @param filter the learned model that drops unlikely discovered actors; {@link DiscoveredActorFilter#NONE} keeps them all
   */
  public KnowledgeBaseTagger(KnowledgeBase kb, NameDiscovery discovery, OpenWorldSettings openWorld, ActorNameModel names,
      DiscoveredActorFilter filter) {
    this.kb = kb;
    this.filter = filter;
    this.countries = new CountryTagger(kb, normaliser);
    ActorCues cues = new ActorCues(normaliser);
    this.teasers = new TeaserFinder(normaliser, cues.commonGivenNames);
    CountryAfterName countryAfter = new CountryAfterName(kb, normaliser);
    this.actors = new ActorTagger(kb, normaliser, cues, countryAfter);
    this.topics = new TopicScorer(kb, normaliser);
    this.discovery = discovery;
    // Every country's definite adjectives, read once for the offices, their counterparts and the open-world rules.
    Set<String> nationalities = CountryTagger.definiteAdjectives(kb, normaliser);
    this.offices = new OfficeHolders(kb, normaliser, nationalities);
    this.counterparts = new OfficeCounterparts(kb, normaliser, offices, cues.counterparts, nationalities);
    this.opponents = new MatchOpponents(kb, normaliser, cues.counterparts);
    Map<String, String> governments = CountryGovernments.of(kb);
    this.leaders = new GovernmentsByLeader(kb, normaliser, cues, governments);
    this.bareBodies = new BareBodies(kb, normaliser, cues, governments);
    this.countryBodies = new CountryBodies(kb, normaliser, cues);
    this.knownShortForms = new KnownBodyShortForms(kb, cues);
    this.loneHeads = new LoneHeads(normaliser, cues);
    this.known = new KnownDiscoveries(kb, normaliser, cues, countryBodies, countryAfter);
    this.openWorld = new OpenWorldActors(kb, normaliser, cues, openWorld, names, nationalities);
    this.filterFeatures = new DiscoveredActorFeatures(cues);
  }

  /** The labels of what this tagger tags: the knowledge base's values and discovered actors. */
  public FacetLabels labels() {
    return kb;
  }

  public KnowledgeBaseTagger(KnowledgeBase kb) {
    this(kb, NameDiscovery.NONE);
  }

  @Override
  public Enrichment enrich(TaggableText text) {
    return enrich(fields(text), text.published(), filter);
  }

  /**
   * A text's tags with no discovered actor dropped, and the features {@link DiscoveredActorFilter}
   * reads of each discovered one: for learning the filter on labelled text.
   */
  public Unfiltered unfiltered(TaggableText text) {
    List<TaggedField> fields = fields(text);
    Enrichment tags = enrich(fields, text.published(), DiscoveredActorFilter.NONE);
    Map<String, Set<String>> features = new LinkedHashMap<>();
    for (Tag tag : tags.actors()) {
      if (DiscoveredActors.isDiscovered(tag.id())) {
        features.put(tag.id(), filterFeatures.of(tag.id(), tag.evidence(), fields));
      }
    }
    return new Unfiltered(tags, features);
  }

  /**
   * @param tags the text's tags, every discovered actor kept
   * @param discovered each discovered actor's id → its features
   */
  public record Unfiltered(Enrichment tags, Map<String, Set<String>> discovered) {}

  private Enrichment enrich(List<TaggedField> fields, LocalDate published, DiscoveredActorFilter filter) {
    Map<String, List<Evidence>> countryEvidence = countries.tag(fields);
    boolean sportPage = sport.isSport(fields);
    List<Evidence> namesakes = new ArrayList<>();
    // Topics first: a weak name may count by the text's topic (القاعدة in a text about terrorism).
    List<Tag> topicTags = topics.tag(fields, sportPage);
    Set<String> topicIds = topicTags.stream().map(Tag::id).collect(Collectors.toSet());
    Map<String, List<Evidence>> actorEvidence =
        actors.tag(fields, prominent(countryEvidence), countryEvidence, sportPage, namesakes, topicIds);
    // People's names as the knowledge base writes them, before offices add titles (الرئيس الفرنسي) to them.
    List<Evidence> peopleNames = evidenceOf(actorEvidence, kb::isKnownPerson, new ArrayList<>());
    if (sportPage) {
      opponents.addTo(actorEvidence, fields);
    }
    discovery.collect(fields, List.of(actorEvidence, countryEvidence));
    offices.addTo(actorEvidence, fields, published, countryEvidence);
    counterparts.addTo(actorEvidence, fields, published);
    leaders.addTo(actorEvidence, fields);
    openWorld.addTo(actorEvidence, countryEvidence, fields, sportPage, namesakes);
    // After the open-world rules: a bare الحكومة they took for a body of that name is the government.
    String textCountry = CountryTagger.textCountry(countryEvidence);
    bareBodies.addTo(actorEvidence, fields, textCountry);
    loneHeads.resolve(actorEvidence);
    countryBodies.scope(actorEvidence, countryEvidence, textCountry);
    // Last: a discovered or scoped name may be the knowledge base's own (مجلس-النواب@US is the House).
    known.resolve(actorEvidence, fields, countryEvidence);
    knownShortForms.resolve(actorEvidence, fields);
    filter.removeUnlikely(actorEvidence, fields, filterFeatures);
    evidenceOf(actorEvidence, DiscoveredActors::isPerson, peopleNames);
    CountryTagger.dropInsideNames(countryEvidence, peopleNames);
    return new Enrichment(tags(actorEvidence), tags(countryEvidence), topicTags);
  }

  /** Adds the evidence of the actors {@code which} accepts to {@code into}, and returns it. */
  private static List<Evidence> evidenceOf(Map<String, List<Evidence>> actors, Predicate<String> which, List<Evidence> into) {
    actors.forEach((id, evidence) -> {
      if (which.test(id)) {
        into.addAll(evidence);
      }
    });
    return into;
  }

  /** Every topic's weighted evidence in a text, tagged or not: for fitting thresholds on labelled text. */
  public Map<String, Double> topicScores(TaggableText text) {
    return topics.scores(fields(text));
  }

  /** What the learned topic model reads from a text: for training it on labelled text. */
  public TopicFeatures topicFeatures(TaggableText text) {
    List<TaggedField> fields = fields(text);
    return topics.features(fields, sport.isSport(fields));
  }

  /** The fields the taggers read: title, abstract and body, tokenised, normalised and read for clitics. */
  List<TaggedField> fields(TaggableText text) {
    List<TaggedField> fields = new ArrayList<>(3);
    add(fields, "title", text.title());
    add(fields, "abstract", text.abstractText());
    // Leads of other stories appended to the body are not the article's (they stay stored, untagged).
    add(fields, "body", text.body() == null ? null : text.body().substring(0, teasers.articleEnd(text.title(), text.body(), text.outlet())));
    return fields;
  }

  private void add(List<TaggedField> fields, String name, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    List<TextToken> tokens = TextToken.tokenize(text);
    List<String> normalised = new ArrayList<>(tokens.size());
    List<List<Reading>> readings = new ArrayList<>(tokens.size());
    for (TextToken token : tokens) {
      String key = normaliser.fold(token.text());
      normalised.add(key);
      readings.add(ArabicMorphology.PLAIN.readings(key, token.text()));
    }
    int datelineEnd = "title".equals(name) ? 0 : datelines.endOf(text);
    int first = 0;
    while (first < tokens.size() && tokens.get(first).start() < datelineEnd) {
      first++;
    }
    fields.add(new TaggedField(name, text, tokens, normalised, readings, first));
  }

  /**
   * The countries a text is about rather than mentions in passing: named at least a quarter as often
   * as the most named one. A weak alias (مجلس النواب) names a country's body only in a text about
   * that country, not in a report on Washington that mentions Libya once.
   */
  static Set<String> prominent(Map<String, List<Evidence>> countries) {
    int most = CountryTagger.mostNamedCount(countries);
    Set<String> prominent = new HashSet<>();
    countries.forEach((id, evidence) -> {
      if (evidence.size() * PROMINENCE >= most) {
        prominent.add(id);
      }
    });
    return prominent;
  }

  private static List<Tag> tags(Map<String, List<Evidence>> found) {
    List<Tag> tags = new ArrayList<>();
    found.forEach((id, evidence) -> tags.add(new Tag(id, evidence.size(), evidence)));
    tags.sort(Comparator.comparingDouble(Tag::score).reversed());
    return tags;
  }
}
