package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Finds actors by their aliases, longest first (خالد حفتر before حفتر), tolerating a swap of two
 * neighbouring letters in a person's multi-word name (the common typo خلفية حفتر for خليفة حفتر).
 * A weak alias (الجيش الوطني) counts only when the text names the actor's country or the actor by a
 * full alias, or, for an organisation, when the text lists it with another organisation (حزب الله
 * وحماس); a weak name that another body the text names in full shares is that body's (وزارة الدفاع
 * after البنتاغون). Immutable and thread safe.
 */
final class ActorTagger {

  /** What a word is as an adjective of relation (…ي، …ية), which coordinated adjectives agree on. */
  private enum Adjective {
    DEFINITE, INDEFINITE, NONE;

    /**
     * The word at {@code token}, its conjunction read off when {@code conjoined} (a word without one
     * is then NONE): الروسية is DEFINITE, روسية INDEFINITE. Read as written, since folding makes الأعلى
     * end like one.
     */
    static Adjective of(TaggedField field, int token, boolean conjoined) {
      String word = field.tokens().get(token).text();
      if (conjoined) {
        if (!word.startsWith("و")) {
          return NONE;
        }
        word = word.substring(1);
      }
      boolean definite = word.startsWith(ArabicMorphology.ARTICLE);
      int stem = word.length() - (definite ? ArabicMorphology.ARTICLE.length() : 0);
      if (stem < MIN_ADJECTIVE_LENGTH || !(word.endsWith("ي") || word.endsWith("ية"))) {
        return NONE;
      }
      return definite ? DEFINITE : INDEFINITE;
    }
  }

  /** An alias found in a field, kept to read a weak one's neighbours. */
  private record Found(Alias alias, int first, int after, String prefix, Evidence evidence) {
    boolean strongOrganisation() {
      return !alias.weak() && alias.actor().type() != ActorType.PERSON;
    }
  }

  /**
   * An alias; {@code actor} is null for a phrase that names nobody (مجلس الأمن القومي); a sport alias
   * counts on sport pages only, an often one where the text names the actor often ({@link PlatformMentions}).
   */
  private record Alias(ActorEntry actor, AliasKind kind) {
    boolean weak() {
      return kind == AliasKind.WEAK;
    }

    /** A sport alias, a club's home name included. */
    boolean sport() {
      return kind == AliasKind.SPORT || kind == AliasKind.HOME;
    }

    boolean home() {
      return kind == AliasKind.HOME;
    }

    boolean often() {
      return kind == AliasKind.OFTEN;
    }

    boolean written() {
      return kind == AliasKind.WRITTEN;
    }
  }

  /** Which of an actor's name lists (ActorEntry) an alias comes from, and so when it counts. */
  private enum AliasKind { NAME, WEAK, SPORT, HOME, OFTEN, WRITTEN }

  /** Words shorter than this are not varied: a swap in a short word makes another word. */
  private static final int MIN_VARIED_LENGTH = 4;

  /** The most words of a name read when written as one word. */
  private static final int MAX_JOINED_WORDS = 3;

  /** The fewest letters of a name written as one word: shorter ones are other words (سو تشي is سوتشي, Sochi). */
  private static final int MIN_JOINED_LENGTH = 6;

  /** آل, the family, folded. */
  private static final String FAMILY = "ال";

  /** The most words a noun shared by coordinated adjectives may have (القوات المسلحة الفرنسية والبريطانية). */
  private static final int MAX_COORDINATED_HEAD = 2;

  /** The fewest letters of an adjective of relation without the article (ليبي، روسية): shorter words end so by chance (في، وي). */
  private static final int MIN_ADJECTIVE_LENGTH = 4;

  /** What a phrase that names nobody maps to. */
  private static final Alias NONE = new Alias(null, AliasKind.NAME);

  private final PhraseDictionary<Alias> aliases;

  /** Given names and the words around names (ActorCues): a word that is a given name as written is no clitic and an alias. */
  private final ActorCues cues;

  private final CountryAfterName countryAfter;

  private final PlatformMentions platforms;

  /** The words of each person's aliases, folded: the given names that belong before a one-word alias. */
  private final Map<String, Set<String>> nameWords = new HashMap<>();
  /**
   * For an actor whose weak names count by the text's topic, the other actors with an alias holding
   * such a name (al-Qaeda's القاعدة is in تنظيم القاعدة في جزيرة العرب): where the text names one of
   * them, a bare القاعدة is more likely its short form.
   */
  private final Map<String, Set<String>> namedInsideOthers = new HashMap<>();
  /** The words of each organisation's weak names, folded, one set a name: to tell which bodies share one. */
  private final Map<String, List<Set<String>>> weakNameWords = new HashMap<>();

  /** The word city, folded: a club named after its city (تورينو، ليون) is the city after it. */
  private final Set<String> city;

  ActorTagger(KnowledgeBase kb, ArabicNormaliser normaliser, ActorCues cues, CountryAfterName countryAfter) {
    this.cues = cues;
    this.city = Set.of(normaliser.fold("مدينة"));
    aliases = new PhraseDictionary<>(normaliser);
    this.countryAfter = countryAfter;
    platforms = new PlatformMentions(normaliser);
    kb.notActors().forEach(p -> aliases.add(p, NONE));
    for (ActorEntry actor : kb.actors()) {
      if (actor.type() == ActorType.PERSON) {
        Set<String> words = new HashSet<>();
        Stream.concat(actor.aliases().stream(), actor.weak().stream())
            .forEach(a -> words.addAll(TextToken.foldedWords(a, normaliser)));
        nameWords.put(actor.id(), words);
      }
      if (actor.type() != ActorType.PERSON && !actor.weak().isEmpty()) {
        weakNameWords.put(actor.id(), actor.weak().stream().map(w -> Set.copyOf(TextToken.foldedWords(w, normaliser))).toList());
      }
      actor.aliases().stream().filter(ActorTagger::usable).flatMap(ActorTagger::spellings)
          .forEach(a -> aliases.add(a, new Alias(actor, AliasKind.NAME)));
      actor.weak().stream().filter(ActorTagger::usable).flatMap(ActorTagger::spellings)
          .forEach(a -> aliases.add(a, new Alias(actor, AliasKind.WEAK)));
      actor.sport().stream().filter(ActorTagger::usable)
          .forEach(a -> aliases.add(a, new Alias(actor, AliasKind.SPORT)));
      actor.home().stream().filter(ActorTagger::usable)
          .forEach(a -> aliases.add(a, new Alias(actor, AliasKind.HOME)));
      actor.often().stream().filter(ActorTagger::usable)
          .forEach(a -> aliases.add(a, new Alias(actor, AliasKind.OFTEN)));
      actor.written().stream().filter(ActorTagger::usable)
          .forEach(a -> aliases.add(a, new Alias(actor, AliasKind.WRITTEN)));
    }
    for (ActorEntry actor : kb.actors()) {
      if (!actor.weakIn().isEmpty()) {
        namedInsideOthers.put(actor.id(), othersNaming(kb, actor, normaliser));
      }
    }
    // Typo variants come last, so that a real alias always wins over a variant that spells it.
    for (ActorEntry actor : kb.actors()) {
      if (actor.type() == ActorType.PERSON) {
        actor.aliases().forEach(a -> swaps(normaliser, a).stream()
            .filter(v -> !aliases.contains(v))
            .forEach(v -> aliases.add(v, new Alias(actor, AliasKind.NAME))));
      }
    }
    // So do names written without their spaces (بهرامقاسمي، تورونتورابتورز, as copied pages often have
    // them), unless the joined words make a word the news writes (ايميلي is Emily, not ايمي لي).
    for (ActorEntry actor : kb.actors()) {
      actor.aliases().stream().map(a -> joined(normaliser, a))
          .filter(v -> v != null && !aliases.contains(v) && !cues.isListedWord(v))
          .forEach(v -> aliases.add(v, new Alias(actor, AliasKind.NAME)));
    }
  }

  /**
   * Evidence per actor id, in text order.
   *
   * @param countries the countries the text names, for weak aliases
   * @param countryEvidence where the text names each country, for aliases another country's name follows
   * @param sportPage whether the text is a sport report, for sport aliases
   * @param namesakes where known people's names are read as a namesake's (مدينة الملك سلمان), not as
   *     mentions of them, are added to it: nobody else may read those words as a name either
   * @param topics the topics the text is tagged with, for weak names that count by topic
   */
  Map<String, List<Evidence>> tag(List<TaggedField> fields, Set<String> countries,
      Map<String, List<Evidence>> countryEvidence, boolean sportPage, List<Evidence> namesakes, Set<String> topics) {
    Map<String, List<Evidence>> strong = new LinkedHashMap<>();
    Map<ActorEntry, List<Evidence>> weak = new LinkedHashMap<>();
    Map<ActorEntry, List<Evidence>> often = new LinkedHashMap<>();
    Map<ActorEntry, Set<String>> weakWords = new HashMap<>();
    Map<ActorEntry, Set<Set<String>>> weakBodyNames = new HashMap<>();
    Set<Evidence> listed = new HashSet<>();
    // People named by one word only, and those named by more (by id).
    Map<ActorEntry, Set<String>> loneWords = new HashMap<>();
    Map<String, ActorEntry> namedInFull = new HashMap<>();
    // On a sport page, evidence whose phrase is also a sport body's name (الاتحاد الأوروبي: UEFA's).
    Map<Evidence, String> sportReadings = new HashMap<>();
    int mostNamed = CountryTagger.mostNamedCount(countryEvidence);
    Map<String, List<Evidence>> beforeOthers = new HashMap<>();
    for (TaggedField field : fields) {
      String[] countryAt = null;
      List<Found> inField = new ArrayList<>();
      for (PhraseDictionary.Match<Alias> m : withCoordinated(field, aliases.find(field.normalised(), field.readings()))) {
        Alias alias = choose(m.values(), countryEvidence, mostNamed);
        if (alias.actor() == null || m.first() < field.firstTagged() || articleOnName(alias, m) || givenNameAsWritten(field, m)
            || afterAnotherGivenName(field, m, alias.actor()) || fathersName(field, m, alias.actor()) || sonsName(field, m, alias.actor())
            || (alias.sport() && (!sportPage || adjectiveOfNoun(field, m) || afterIn(field, m))) || (alias.weak() && namesAnother(field, m))
            // A club's home name behind ل is the word (كأس العالم للشباب, the youth's), never the club.
            || (alias.home() && m.prefix().startsWith("ل"))
            || (alias.written() && !asWritten(field, m, alias.actor()))
            || ministersTitle(field, m, alias.actor()) || trophyOf(field, m, alias.actor())) {
          continue;
        }
        if (beforeAnotherName(field, m, alias.actor())) {
          // Another person's name, unless the text names this person otherwise: then his name still.
          beforeOthers.computeIfAbsent(alias.actor().id(), id -> new ArrayList<>()).add(field.evidence(m.first(), m.count()));
          continue;
        }
        if (namesake(field, m, alias.actor())) {
          namesakes.add(field.evidence(m.first(), m.count()));
          continue;
        }
        if (mayBeAnotherCountrys(alias.actor())) {
          // Read off once per field, and only when an alias could be another country's.
          countryAt = countryAt != null ? countryAt : field.idsAt(countryEvidence);
          if (countryAfter.follows(field, countryAt, m.first(), m.first() + m.count(), alias.actor().country())) {
            continue;
          }
        }
        Evidence evidence = field.evidence(m.first(), m.count());
        if (m.count() > 1 && alias.actor().type() != ActorType.PERSON) {
          namedInside(field, m, strong);
        }
        if (alias.often()) {
          if (!platforms.asMedium(field, m.first(), m.prefix())) {
            often.computeIfAbsent(alias.actor(), a -> new ArrayList<>()).add(evidence);
          }
          continue;
        }
        if (alias.weak()) {
          weak.computeIfAbsent(alias.actor(), a -> new ArrayList<>()).add(evidence);
          if (alias.actor().type() == ActorType.PERSON) {
            weakWords.computeIfAbsent(alias.actor(), a -> new HashSet<>()).addAll(words(field, m));
          } else {
            weakBodyNames.computeIfAbsent(alias.actor(), a -> new HashSet<>()).add(Set.copyOf(words(field, m)));
          }
          // Quotation marks set a word apart as a name: «القاعدة»، "فتح".
          if (alias.actor().type() != ActorType.PERSON && quoted(field, evidence)) {
            listed.add(evidence);
          }
        } else {
          strong.computeIfAbsent(alias.actor().id(), id -> new ArrayList<>()).add(evidence);
          if (alias.actor().type() == ActorType.PERSON) {
            if (m.count() == 1) {
              loneWords.computeIfAbsent(alias.actor(), a -> new HashSet<>()).addAll(words(field, m));
            } else {
              namedInFull.put(alias.actor().id(), alias.actor());
            }
          }
          if (sportPage && !alias.sport()) {
            m.values().stream().filter(v -> v.sport() && v.actor() != null).findFirst()
                .ifPresent(v -> sportReadings.put(evidence, v.actor().id()));
          }
        }
        inField.add(new Found(alias, m.first(), m.first() + m.count(), m.prefix(), evidence));
      }
      listedWithOrganisations(field, inField, listed);
    }
    beforeOthers.forEach((id, evidence) -> {
      if (strong.containsKey(id)) {
        strong.get(id).addAll(evidence);
        strong.get(id).sort(Evidence.IN_TEXT_ORDER);
      }
    });
    sportShortForms(strong, sportReadings);
    loneWords.forEach((actor, words) -> {
      String other = namedInFull.containsKey(actor.id()) ? null : shortFormOfAnother(actor, words, namedInFull.keySet());
      // A relative shares the name and the country (ميلانيا ترامب: ترامب alone is still the president).
      if (other != null && strong.containsKey(other) && !Objects.equals(namedInFull.get(other).country(), actor.country())) {
        strong.get(other).addAll(strong.remove(actor.id()));
      }
    });
    Map<String, List<Evidence>> found = new LinkedHashMap<>(strong);
    often.forEach((actor, evidence) -> {
      if (strong.containsKey(actor.id()) || evidence.size() >= PlatformMentions.MIN_MENTIONS) {
        found.computeIfAbsent(actor.id(), id -> new ArrayList<>()).addAll(evidence);
      }
    });
    weak.forEach((actor, evidence) -> {
      if (!strong.containsKey(actor.id()) && shortFormOfAnother(actor, weakWords.get(actor), strong.keySet()) != null) {
        return;
      }
      String named = strong.containsKey(actor.id()) ? null : namedSharing(actor, weakBodyNames.get(actor), strong.keySet());
      if (named != null) {
        List<Evidence> ofNamed = found.get(named);
        evidence.stream().filter(e -> !ofNamed.contains(e)).forEach(ofNamed::add);
        return;
      }
      if (strong.containsKey(actor.id()) || actor.weakCountries().stream().anyMatch(countries::contains)
          || evidence.stream().anyMatch(listed::contains) || countsByTopic(actor, topics, strong.keySet())) {
        found.computeIfAbsent(actor.id(), id -> new ArrayList<>()).addAll(evidence);
      }
    });
    return found;
  }

  /**
   * Whether a name of {@link ActorEntry#written} stands as the knowledge base writes it, its hamza
   * too: the match's words as written ({@link WordShapes#written}), without the clitic the match read off.
   */
  private static boolean asWritten(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    String words = IntStream.range(m.first(), m.first() + m.count()).mapToObj(t -> WordShapes.written(field, t))
        .collect(Collectors.joining(" "));
    return actor.written().contains(words.substring(Math.min(words.length(), m.prefix().length())));
  }

  /**
   * On a sport page, an actor named only by phrases that are also one sport body's short name is that
   * body when the text names it otherwise too: الاتحاد الأوروبي beside الاتحاد الأوروبي لكرة القدم or يويفا is
   * UEFA, as a short form after the full name is; without UEFA named, it stays the European Union (a
   * court's ruling on a player, a member state's team).
   */
  private static void sportShortForms(Map<String, List<Evidence>> strong, Map<Evidence, String> sportReadings) {
    if (sportReadings.isEmpty()) {
      return;
    }
    for (String id : List.copyOf(strong.keySet())) {
      Set<String> bodies = new HashSet<>();
      for (Evidence e : strong.get(id)) {
        bodies.add(sportReadings.get(e));
      }
      String body = bodies.size() == 1 ? bodies.iterator().next() : null;
      if (body != null && !body.equals(id) && strong.containsKey(body)) {
        strong.get(body).addAll(strong.remove(id));
      }
    }
  }

  /**
   * The matches, with the bodies named by coordinated adjectives that share one noun added after
   * the match they begin with: القوات الروسية والسورية are the Russian forces and the Syrian forces,
   * السلطات الهولندية والنمساوية the Dutch and the Austrian authorities. Each adjective after و is
   * read with the words before the first adjective (up to {@value #MAX_COORDINATED_HEAD} of them); a
   * reading that is an organisation's alias is a match over the whole phrase, from its noun to that
   * adjective. Only adjectives of relation (…ي، …ية) count, all with the article or all without (قوات
   * أميركية وبريطانية): وزير الخارجية والتعاون joins no adjective. The bodies a dual or plural head
   * lists are added too ({@link #listedAfterPlural}).
   */
  private List<PhraseDictionary.Match<Alias>> withCoordinated(TaggedField field, List<PhraseDictionary.Match<Alias>> matches) {
    List<String> words = field.normalised();
    List<PhraseDictionary.Match<Alias>> coordinated = null;
    for (int t = Math.max(field.firstTagged(), 2); t < words.size(); t++) {
      if (!field.joined(t - 1)) {
        continue;
      }
      Adjective kind = Adjective.of(field, t, true);
      if (kind == Adjective.NONE) {
        continue;
      }
      int first = t - 1; // the first adjective: back over the ones joined before it by و
      while (first > field.firstTagged() && Adjective.of(field, first, true) == kind && field.joined(first - 1)) {
        first--;
      }
      if (Adjective.of(field, first, false) != kind) {
        continue;
      }
      PhraseDictionary.Match<Alias> found = coordinatedAt(field, first, words.get(t).substring(1), t);
      if (found != null) {
        coordinated = coordinated == null ? new ArrayList<>() : coordinated;
        coordinated.add(found);
      }
    }
    for (int h = field.firstTagged(); h + 2 < words.size(); h++) {
      coordinated = listedAfterPlural(field, h, coordinated);
    }
    if (coordinated == null) {
      return matches;
    }
    List<PhraseDictionary.Match<Alias>> all = new ArrayList<>(matches);
    all.addAll(coordinated);
    all.sort(Comparator.comparingInt(PhraseDictionary.Match::first)); // stable: the plain match first
    return all;
  }

  /**
   * The organisation's alias that the noun before {@code adjectiveAt} (the first adjective) makes
   * with {@code adjective}, as a match from the noun to {@code last}; the longest noun first.
   */
  private PhraseDictionary.Match<Alias> coordinatedAt(TaggedField field, int adjectiveAt, String adjective, int last) {
    for (int head = Math.min(MAX_COORDINATED_HEAD, adjectiveAt - field.firstTagged()); head >= 1; head--) {
      int from = adjectiveAt - head;
      if (!joined(field, from, adjectiveAt)) {
        continue;
      }
      List<String> phrase = new ArrayList<>(field.normalised().subList(from, adjectiveAt));
      phrase.add(adjective);
      // The noun's first word keeps its readings (والقوات، بالقوات); the adjective is read as it is.
      List<List<ArabicMorphology.Reading>> readings = new ArrayList<>(field.readings().subList(from, adjectiveAt));
      readings.add(plainReading(adjective));
      PhraseDictionary.Match<Alias> m = wholeAlias(phrase, readings);
      if (m != null) {
        return new PhraseDictionary.Match<>(m.values(), from, last - from + 1, m.prefix());
      }
    }
    return null;
  }

  /**
   * Bodies a dual or plural head names with a list (organisation-plurals.txt): وزارتي الخارجية والدفاع
   * are the foreign and the defence ministries, حكومات إيران والعراق وسوريا three governments. Each
   * word of the list, joined by و, is read with the singular (وزارة الدفاع); one that is an
   * organisation's alias is a match over the whole list, so that a word with the article after it
   * qualifies each (and a weak alias is then not read). Added to {@code into} (made when null).
   */
  private List<PhraseDictionary.Match<Alias>> listedAfterPlural(TaggedField field, int head,
      List<PhraseDictionary.Match<Alias>> into) {
    String singular = null;
    String prefix = "";
    for (ArabicMorphology.Reading r : field.readings().get(head)) {
      if (r.suffix().isEmpty() && !ArabicMorphology.hasArticle(r.prefix()) && cues.organisationSingulars.containsKey(r.core())) {
        singular = cues.organisationSingulars.get(r.core());
        prefix = r.prefix();
        break;
      }
    }
    if (singular == null || !field.joined(head) || !field.joined(head + 1)
        || !field.normalised().get(head + 2).startsWith("و")) {
      return into; // a list has two words at least
    }
    int last = head + 1; // the list's last word
    while (last + 1 < field.normalised().size() && field.joined(last) && field.normalised().get(last + 1).startsWith("و")) {
      last++;
    }
    // A broken plural takes a feminine singular adjective, which then qualifies every body of the list
    // (وزارات الخارجية والداخلية والعدل الفرنسية: France's); a dual's (الأمريكيتين) is not read.
    String qualifier = last + 1 < field.normalised().size() && field.joined(last)
        && field.normalised().get(last + 1).startsWith(ArabicMorphology.ARTICLE) ? field.normalised().get(last + 1) : null;
    List<PhraseDictionary.Match<Alias>> found = into;
    for (int t = head + 1; t <= last; t++) {
      String word = t == head + 1 ? field.normalised().get(t) : field.normalised().get(t).substring(1);
      PhraseDictionary.Match<Alias> m = qualifier == null ? null : wholeAlias(List.of(singular, word, qualifier));
      int end = m == null ? last : last + 1;
      m = m == null ? wholeAlias(List.of(singular, word)) : m;
      if (m != null) {
        found = found == null ? new ArrayList<>() : found;
        found.add(new PhraseDictionary.Match<>(m.values(), head, end - head + 1, prefix));
      }
    }
    return found;
  }

  /** The organisation's alias that is exactly these folded words, as a match over them; null when none. */
  private PhraseDictionary.Match<Alias> wholeAlias(List<String> phrase) {
    return wholeAlias(phrase, phrase.stream().map(ActorTagger::plainReading).toList());
  }

  /** As {@link #wholeAlias(List)}, each word read as {@code readings} gives. */
  private PhraseDictionary.Match<Alias> wholeAlias(List<String> phrase, List<List<ArabicMorphology.Reading>> readings) {
    for (PhraseDictionary.Match<Alias> m : aliases.find(phrase, readings)) {
      Alias alias = m.values().get(0);
      if (m.first() == 0 && m.count() == phrase.size() && alias.actor() != null && alias.actor().type() != ActorType.PERSON) {
        return m;
      }
    }
    return null;
  }

  /** A folded word read as it is, without clitics. */
  private static List<ArabicMorphology.Reading> plainReading(String word) {
    return List.of(new ArabicMorphology.Reading(word, "", ""));
  }

  /** Whether only spaces separate the words from {@code from} to {@code to}. */
  private static boolean joined(TaggedField field, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!field.joined(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The other person the text names in full whose short form a person's alias is, or null: برينان after
   * جون برينان, the former CIA director, is him, not the general whose weak alias it also is; سليماني
   * after إسلام سليماني is the footballer, not Qasem Soleimani, whose alias it also is.
   */
  private String shortFormOfAnother(ActorEntry actor, Set<String> words, Set<String> namedInFull) {
    if (words == null || words.isEmpty()) {
      return null;
    }
    for (String other : namedInFull) {
      Set<String> otherWords = nameWords.get(other); // people only
      if (!other.equals(actor.id()) && otherWords != null && otherWords.containsAll(words)) {
        return other;
      }
    }
    return null;
  }

  /**
   * The body the text names in full whose weak names include all of {@code actor}'s found here, or
   * null: وزارة الدفاع after البنتاغون is the Pentagon's, not the Syrian ministry's because Syria is
   * named too.
   */
  private String namedSharing(ActorEntry actor, Set<Set<String>> names, Set<String> namedInFull) {
    if (names == null) {
      return null;
    }
    for (String other : namedInFull) {
      if (!other.equals(actor.id()) && weakNameWords.getOrDefault(other, List.of()).containsAll(names)) {
        return other;
      }
    }
    return null;
  }

  /** The folded words of a match, the clitic in front of its first word read off (لبرينان is برينان). */
  private static List<String> words(TaggedField field, PhraseDictionary.Match<Alias> m) {
    List<String> words = new ArrayList<>();
    for (int t = m.first(); t < m.first() + m.count(); t++) {
      String word = field.normalised().get(t);
      words.add(t == m.first() && word.startsWith(m.prefix()) ? word.substring(m.prefix().length()) : word);
    }
    return words;
  }

  /** Whether the text puts quotation marks right around a mention. */
  private static boolean quoted(TaggedField field, Evidence evidence) {
    String text = field.text();
    return evidence.start() > 0 && evidence.end() < text.length()
        && QuotationMarks.opens(text.charAt(evidence.start() - 1)) && QuotationMarks.closes(text.charAt(evidence.end()));
  }

  /**
   * The evidence of weak organisation aliases joined by و to a known organisation next to them: حماس
   * in حزب الله وحماس، القاعدة in تنظيم الدولة والقاعدة. Not when a word with the article follows
   * (والقاعدة العسكرية is a base, not al-Qaeda).
   */
  private void listedWithOrganisations(TaggedField field, List<Found> inField, Set<Evidence> listed) {
    for (int i = 0; i < inField.size(); i++) {
      Found f = inField.get(i);
      if (!f.alias().weak() || f.alias().actor().type() == ActorType.PERSON || qualified(field, f.after())) {
        continue;
      }
      Found before = i > 0 ? inField.get(i - 1) : null;
      Found after = i + 1 < inField.size() ? inField.get(i + 1) : null;
      boolean afterOne = before != null && before.strongOrganisation() && before.after() == f.first()
          && f.prefix().startsWith("و") && field.joinedPastQuotes(f.first() - 1);
      boolean beforeOne = after != null && after.strongOrganisation() && after.first() == f.after()
          && after.prefix().startsWith("و") && field.joinedPastQuotes(f.after() - 1);
      if (afterOne || beforeOne) {
        listed.add(f.evidence());
      }
    }
  }

  /**
   * Whether a weak alias's words name something else here: a word with the article qualifies it as
   * another body (البرلمان العربي، النظام الانتخابي), unless a title opens it, when it describes a person
   * whose adjective follows (السناتور الجمهوري البارز); or a demonstrative points to another (هذا النظام).
   */
  private boolean namesAnother(TaggedField field, PhraseDictionary.Match<Alias> m) {
    return (qualified(field, m.first() + m.count()) && !cues.isTitle(field.normalised().get(m.first())))
        || afterDemonstrative(field, m.first());
  }

  /** Whether a word with the article follows a phrase in the same clause, qualifying it. */
  private boolean qualified(TaggedField field, int after) {
    if (after >= field.normalised().size() || !field.joined(after - 1)) {
      return false;
    }
    String next = field.normalised().get(after);
    return next.startsWith(ArabicMorphology.ARTICLE) && !cues.bodyDescriptors.contains(next);
  }

  /**
   * Whether a weak name counts by the text's topics: the text is about one of the actor's topics and
   * about none it excludes (a bare القاعدة in a text about military bases is mostly a base), and
   * names none of the actors whose names hold the weak one.
   */
  private boolean countsByTopic(ActorEntry actor, Set<String> topics, Set<String> named) {
    return actor.weakIn().stream().anyMatch(topics::contains) && actor.weakNotIn().stream().noneMatch(topics::contains)
        && named.stream().noneMatch(namedInsideOthers.get(actor.id())::contains);
  }

  /** The other actors with an alias that holds all the words of one of {@code actor}'s weak names. */
  private static Set<String> othersNaming(KnowledgeBase kb, ActorEntry actor, ArabicNormaliser normaliser) {
    List<List<String>> weakNames = actor.weak().stream().map(w -> TextToken.foldedWords(w, normaliser)).toList();
    Set<String> others = new HashSet<>();
    for (ActorEntry other : kb.actors()) {
      if (!other.id().equals(actor.id()) && other.aliases().stream()
          .map(a -> TextToken.foldedWords(a, normaliser))
          .anyMatch(words -> weakNames.stream().anyMatch(words::containsAll))) {
        others.add(other.id());
      }
    }
    return Set.copyOf(others);
  }

  /** Whether a demonstrative comes right before a phrase, making it a common noun: هذه القاعدة. */
  private boolean afterDemonstrative(TaggedField field, int first) {
    return first > 0 && field.joined(first - 1) && cues.demonstratives.contains(field.normalised().get(first - 1));
  }

  /** Only an organisation of one country can be confused with another country's body. */
  private static boolean mayBeAnotherCountrys(ActorEntry actor) {
    return actor.type() != ActorType.PERSON && actor.country() != null;
  }

  /**
   * Whether an organisation's name follows a minister's title (وزيرة الخارجية الكندية, minister-titles.txt):
   * the office, whose holder the text names, not the ministry acting. Train: 20 false fewer, none lost.
   */
  private boolean ministersTitle(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    return actor.type() == ActorType.ORGANIZATION && m.first() > 0 && field.joined(m.first() - 1)
        && cues.isMinisterTitle(field.normalised().get(m.first() - 1));
  }

  /** Whether a body's name follows a trophy's word (كأس الاتحاد الإنجليزي): the competition's name, not the body. */
  private boolean trophyOf(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    return actor.type() == ActorType.ORGANIZATION && cues.followsTrophyWord(field, m.first());
  }

  /**
   * Whether a one-word match stands after في or the word city: في تورينو is in the city and بمدينة تورينو is
   * the city, not the club named after it (train: 45 false fewer, none lost).
   */
  private boolean afterIn(TaggedField field, PhraseDictionary.Match<Alias> m) {
    int before = m.first() - 1;
    return m.count() == 1 && before >= 0 && field.joined(before)
        && (ArabicMorphology.IN.equals(field.normalised().get(before)) || WordShapes.asWrittenOrBehind(field, before, city, prefix -> true));
  }

  /**
   * Whether a club's one-word bare name is a relative adjective right after a definite noun it agrees
   * with (العالم العربي، التحكيم العربي، كأس الخليج العربي): that noun's adjective, no club; after النادي or
   * الفريق (club-nouns.txt) it is the club.
   */
  private boolean adjectiveOfNoun(TaggedField field, PhraseDictionary.Match<Alias> m) {
    int before = m.first() - 1;
    // The noun read behind و too (واللاعب العربي).
    String noun = before >= 0 ? ArabicMorphology.withoutConjunction(field.normalised().get(before)) : "";
    return m.count() == 1 && before >= 0 && field.joined(before) && WordShapes.isNisba(field.normalised().get(m.first()))
        && ArabicMorphology.isDefiniteAsWritten(noun, field.tokens().get(before).text()) && !cues.isClubNoun(noun);
  }

  /**
   * The first alias of a phrase, except that a weak one shared by several actors (الجيش الوطني: Libya's,
   * Yemen's; البرلمان: every country's) is the one of the country the text names most, and none when
   * that country has none of them (البرلمان in a text about Libya and Egypt is not Egypt's because the
   * knowledge base lacked Libya's); so is a club's home name (الشباب), shared or not.
   */
  private static Alias choose(List<Alias> values, Map<String, List<Evidence>> countryEvidence, int mostNamed) {
    Alias first = values.get(0);
    if (first.home()) {
      // A club's bare name that is a common word (الشباب) is the club only where its country leads.
      return ofMostNamedCountry(values, Alias::sport, countryEvidence, mostNamed).orElse(NONE);
    }
    if (first.actor() == null || values.size() == 1) {
      return first;
    }
    if (first.sport()) {
      // A club's bare name several clubs share (الأهلي، الوحدة) is, on a sport page, the club whose
      // country the text names most among theirs (a Saudi page that names Tunisia more often still
      // means Jeddah's الأهلي), else the first file's (actors.yaml before clubs.yaml: the best known).
      return ofCountryNamedMost(values, Alias::sport, countryEvidence).orElse(first);
    }
    return first.weak() ? ofMostNamedCountry(values, Alias::weak, countryEvidence, mostNamed).orElse(NONE) : first;
  }

  /**
   * Of the aliases of one phrase that {@code kind} accepts, the one whose actor's country is the country
   * the text names most ({@code mostNamed} times), if any.
   */
  private static Optional<Alias> ofMostNamedCountry(List<Alias> values, Predicate<Alias> kind,
      Map<String, List<Evidence>> countryEvidence, int mostNamed) {
    return ofCountryNamedMost(values, kind, countryEvidence).filter(v -> timesNamed(v, countryEvidence) == mostNamed);
  }

  /**
   * Of the aliases of one phrase that {@code kind} accepts, the one whose actor's country the text names
   * most often, when the text names any of their countries; the first of equals.
   */
  private static Optional<Alias> ofCountryNamedMost(List<Alias> values, Predicate<Alias> kind,
      Map<String, List<Evidence>> countryEvidence) {
    Alias best = null;
    int most = 0;
    for (Alias v : values) {
      int named = kind.test(v) && v.actor() != null ? timesNamed(v, countryEvidence) : 0;
      if (named > most) {
        best = v;
        most = named;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How often the text names the alias's actor's country (or a country where it acts), at most. */
  private static int timesNamed(Alias alias, Map<String, List<Evidence>> countryEvidence) {
    return alias.actor().weakCountries().stream()
        .mapToInt(c -> countryEvidence.getOrDefault(c, List.of()).size()).max().orElse(0);
  }

  /**
   * Whether a person's name follows a word that opens the name of something named after them, with
   * nothing or only a title between: مدينة الملك سلمان للطاقة، لمركز الملك سلمان، مستشفى الشيخ خليفة بن
   * زايد.
   */
  private boolean namesake(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    if (actor.type() != ActorType.PERSON || m.first() == 0 || !field.joined(m.first() - 1)) {
      return false;
    }
    int before = m.first() - 1;
    boolean titled = before > 0 && field.joined(before - 1) && cues.titles.contains(field.normalised().get(before));
    return cues.isNamesakeHead(field, before) || (titled && cues.isNamesakeHead(field, before - 1));
  }

  /**
   * A person named inside an organisation's name is mentioned too: إدارة دونالد ترامب names the Trump
   * administration and Donald Trump; not a body named after them (kb/words/namesake-heads.txt). So is
   * the body it belongs to, named after التابع (parent-links.txt): مجلس حقوق الإنسان التابع للأمم المتحدة
   * names the UN; or after ل ({@link #ownedBehindLam}); not any body inside a name
   * (قوات الحكومة السورية is the army, the labels say, not also the government).
   */
  private void namedInside(TaggedField field, PhraseDictionary.Match<Alias> outer, Map<String, List<Evidence>> strong) {
    if (cues.isNamesakeHead(field, outer.first())) {
      return; // مركز الملك سلمان للإغاثة is named after the king, who is not mentioned
    }
    int from = outer.first() + 1;
    int to = outer.first() + outer.count();
    List<PhraseDictionary.Match<Alias>> inner =
        aliases.find(field.normalised().subList(from, to), field.readings().subList(from, to));
    for (PhraseDictionary.Match<Alias> m : inner) {
      Alias alias = m.values().get(0);
      if (alias.actor() == null || alias.weak()) {
        continue;
      }
      boolean person = alias.actor().type() == ActorType.PERSON && !articleOnName(alias, m);
      boolean parent = alias.actor().type() == ActorType.ORGANIZATION && !alias.sport()
          && (cues.isParentLink(field.normalised().get(from + m.first() - 1)) || ownedBehindLam(m));
      if (person || parent) {
        strong.computeIfAbsent(alias.actor().id(), id -> new ArrayList<>())
            .add(field.evidence(from + m.first(), m.count()));
      }
    }
  }

  /**
   * Whether a body inside another's name after ل is the body the other belongs to, as the labels read
   * it: a national body's organ (اللجنة التنفيذية لمنظمة التحرير الفلسطينية names the PLO: 60 of 61 train
   * texts that write such a name) and an international body's (الجمعية العامة للأمم المتحدة names the
   * UN: 124 of 139 for the UN, 8 of 8 for other international bodies).
   */
  private static boolean ownedBehindLam(PhraseDictionary.Match<Alias> m) {
    return m.prefix().startsWith("ل");
  }

  /**
   * Whether a one-word alias was read behind a clitic in a word that is a given name as written:
   * فلوريان is Florian, not ف + لوريان (FC Lorient).
   */
  private boolean givenNameAsWritten(TaggedField field, PhraseDictionary.Match<Alias> m) {
    return m.count() == 1 && !m.prefix().isEmpty() && cues.givenNames.contains(field.normalised().get(m.first()));
  }

  /**
   * Whether a person's one-word alias, or an alias that opens with a given name, follows a given name
   * none of that person's names has: إيفانكا ترامب, يوليا سكريبال, كورت زوما, أحمد مرتضى منصور (the son),
   * سلفادور نصر الله are someone else of the family or of the name (whom the open-world rules may
   * find), not Donald Trump, Sergei Skripal, Jacob Zuma, Mortada Mansour or Hassan Nasrallah. A word
   * that names a government after its leader is no given name there: نظام القذافي is Gaddafi's regime,
   * not a Nizam.
   */
  private boolean afterAnotherGivenName(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    int before = m.first() - 1;
    if (actor.type() != ActorType.PERSON || !m.prefix().isEmpty() || before < field.firstTagged() || !field.joined(before)
        || (m.count() > 1 && !cues.givenNames.contains(field.normalised().get(m.first())))) {
      return false;
    }
    String word = field.normalised().get(before);
    // A link (بن، ولد، دي) calls for a name after it: ولد أوزيل is "Özil was born", بن سلمان the prince.
    return cues.writtenAsGivenName(word, field.tokens().get(before).text())
        && !cues.leaderGovernmentHeads.contains(ArabicMorphology.withoutConjunction(word))
        && !cues.links.contains(ArabicMorphology.withoutConjunction(word))
        && !nameWords.get(actor.id()).contains(word) && !nameWords.get(actor.id()).contains(ArabicMorphology.withoutConjunction(word));
  }

  /**
   * Whether a person's one-word alias goes on with a word that is a name of its own and none of that
   * person's: باسيل كاراتازاس (Basil Karatzas) is not Gebran Bassil, عباس عراقجي not Mahmoud Abbas. The
   * alias is then another person's given name, or a part of a longer name.
   */
  private boolean beforeAnotherName(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    int next = m.first() + 1;
    if (actor.type() != ActorType.PERSON || m.count() != 1 || next >= field.normalised().size() || !field.joined(m.first())) {
      return false;
    }
    String word = field.normalised().get(next);
    return cues.writtenAsGivenName(field.normalised().get(m.first()), field.tokens().get(m.first()).text())
        && !nameWords.get(actor.id()).contains(word) && cues.readsAsOwnName(field, next) && !WordShapes.written(field, next).endsWith("ة");
  }

  /**
   * Whether a person's alias stands after بن or بنت: it is then the father's (and grandfather's) name in
   * another person's, سعود بن نايف بن عبدالعزيز is not Nayef bin Abdulaziz.
   */
  private boolean fathersName(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    int before = m.first() - 1;
    return actor.type() == ActorType.PERSON && m.prefix().isEmpty() && before >= 0 && field.joined(before)
        && cues.lineageLinks.contains(field.normalised().get(before));
  }

  /**
   * Whether a person's alias without بن in it stands before بن or بنت: it is then the opening of another
   * person's name, الشيخ زايد بن حمدان is not Sheikh Zayed bin Sultan. (An alias with بن in it, محمد بن
   * سلمان, goes on with the grandfather's name in the same person's: محمد بن سلمان بن عبدالعزيز.)
   */
  private boolean sonsName(TaggedField field, PhraseDictionary.Match<Alias> m, ActorEntry actor) {
    int after = m.first() + m.count();
    if (actor.type() != ActorType.PERSON || after >= field.normalised().size() || !field.joined(after - 1)
        || !cues.lineageLinks.contains(field.normalised().get(after))) {
      return false;
    }
    for (int t = m.first(); t < after; t++) {
      if (cues.lineageLinks.contains(field.normalised().get(t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person's name does not take the article: الكاميرون is Cameroon, not ال + كاميرون. (Names that
   * begin with ال, like القذافي, are written so in the knowledge base and match without stripping.)
   */
  private static boolean articleOnName(Alias alias, PhraseDictionary.Match<Alias> m) {
    return alias.actor().type() == ActorType.PERSON && ArabicMorphology.hasArticle(m.prefix());
  }

  /** عبد الرحمن is also written عبدالرحمن, and the other way round. */
  private static Stream<String> spellings(String alias) {
    if (alias.contains("عبد ")) {
      return Stream.of(alias, alias.replace("عبد ", "عبد"));
    }
    if (alias.matches(".*عبد\\p{L}.*")) {
      return Stream.of(alias, alias.replaceAll("عبد(?=\\p{L})", "عبد "));
    }
    return Stream.of(alias);
  }

  /** Latin abbreviations of two letters (UN, EU) are also words of other languages (un, eu). */
  private static boolean usable(String alias) {
    return !(alias.length() <= 2 && alias.chars().allMatch(c -> c < 128));
  }

  /**
   * A name of two or three Arabic words as one word, or null: for one of at least {@link #MIN_JOINED_LENGTH}
   * letters not opened by the family's آل (آل مرة joined is المرة, "the time").
   */
  private static String joined(ArabicNormaliser normaliser, String alias) {
    List<String> words = TextToken.foldedWords(alias, normaliser);
    if (words.size() < 2 || words.size() > MAX_JOINED_WORDS || words.get(0).equals(FAMILY)
        || words.stream().anyMatch(w -> w.chars().anyMatch(c -> c < 128))) {
      return null;
    }
    String joined = String.join("", words);
    return joined.length() < MIN_JOINED_LENGTH ? null : joined;
  }

  /** The alias with two neighbouring letters of one word swapped, for names of two words or more. */
  private static List<String> swaps(ArabicNormaliser normaliser, String alias) {
    List<TextToken> words = TextToken.tokenize(alias);
    List<String> variants = new ArrayList<>();
    if (words.size() < 2) {
      return variants;
    }
    List<String> normalised = words.stream().map(w -> normaliser.fold(w.text())).toList();
    for (int w = 0; w < normalised.size(); w++) {
      String word = normalised.get(w);
      if (word.length() < MIN_VARIED_LENGTH || word.chars().anyMatch(c -> c < 128)) {
        continue;
      }
      // Not the first letter nor the last: readers notice those, typists rarely swap them.
      for (int i = 1; i + 2 < word.length(); i++) {
        char[] chars = word.toCharArray();
        char c = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = c;
        List<String> copy = new ArrayList<>(normalised);
        copy.set(w, new String(chars));
        variants.add(String.join(" ", copy));
      }
    }
    return variants;
  }
}
