package org.marsad.enrich;

import static org.marsad.enrich.WordShapes.afterWaw;
import static org.marsad.enrich.WordShapes.articleBehindClitic;
import static org.marsad.enrich.WordShapes.between;
import static org.marsad.enrich.WordShapes.conjoined;
import static org.marsad.enrich.WordShapes.endsClause;
import static org.marsad.enrich.WordShapes.endsWithPronoun;
import static org.marsad.enrich.WordShapes.isNisba;
import static org.marsad.enrich.WordShapes.isNumber;
import static org.marsad.enrich.WordShapes.opensQuote;
import static org.marsad.enrich.WordShapes.readings;
import static org.marsad.enrich.WordShapes.readsAsVerb;
import static org.marsad.enrich.WordShapes.shapedAsCommonWord;
import static org.marsad.enrich.WordShapes.withArticle;
import static org.marsad.enrich.WordShapes.written;
import static org.marsad.solr.analysis.ArabicMorphology.ARTICLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Finds people and organisations the knowledge base does not know, from the evidence Arabic news
 * gives (word lists in {@code kb/words/}, {@link ActorCues}):
 * <ul>
 *   <li>a title or role before a name, past the office and an appositive comma: وزير الخارجية
 *       الأمريكي، مايك بومبيو; المتحدث باسم الكرملين دميتري بيسكوف;
 *   <li>a word that heads an organisation's name, with the name's extent ({@link OrganisationNames}:
 *       وزارة الدفاع الأوكرانية، معهد دراسات الحرب، منظمة "تابيلا بولاكو"), and bodies named in Latin letters;
 *   <li>with lexicons, two or three words that begin with a known given name (جيمس كلابر);
 *   <li>a short form after the full name (بيسكوف after دميتري بيسكوف) is the same actor, and so is a
 *       known person's name spelt another way when the text names that person elsewhere.
 * </ul>
 * Words already tagged as known actors, and phrases the knowledge base says name nobody, are never taken. Ids and labels: {@link DiscoveredActors}.
 * Immutable and thread safe.
 */
final class OpenWorldActors {

  /** Office words between a title and the name: الخارجية الأمريكي، باسم الكرملين. */
  private static final int MAX_OFFICE_WORDS = 7;
  private static final int MAX_NAME_WORDS = 2;
  /** A short form shorter than this is a common word more often than a name. */
  private static final int MIN_SHORT_FORM = 4;
  /** Endings a noun and its adjective share in the plural and the dual. */
  private static final List<String> PLURAL_ENDINGS = List.of("ين", "ان", "ون", "ات");
  /** Stands for the body of an opening that several known bodies of a document share: none. */
  private static final String AMBIGUOUS = "";

  private final ActorCues cues;
  /** The organisation half of the rules. */
  private final OrganisationNames organisations;
  /** Clubs a sport page names by their own words and their country's adjective. */
  private final ClubNames clubs;
  private final ClubBoards boards;
  private final OpenWorldSettings settings;
  private final ActorNameModel names;
  /** Phrases the knowledge base says name nobody (not-names.yaml): curated data wins over rules. */
  private final PhraseDictionary<Boolean> notNames;
  /** The knowledge base, for whether an id is a person's: a list that goes on from one goes on with people. */
  private final KnowledgeBase kb;
  /** The knowledge base's people by how their names are heard: one value for a name spelt otherwise. */
  private final PersonSpellings spellings;
  /** One value per entity among the actors found here. */
  private final DiscoveredDuplicates duplicates;
  /** Hospitals named only as where something happens: places, not actors. */
  private final PlaceBodies places;
  /** Festivals named only as what takes place: events, not actors. */
  private final EventBodies events;
  /** Fronts named by where a war is fought: places, not bodies. */
  private final Battlefronts fronts;
  /** The places' names (places.yaml), folded: a city that reads as a person's name (جلال آباد) is no one. */
  private final Set<String> placeNames = new HashSet<>();
  /** Countries' definite adjectives (البرازيلي، الفرنسية), folded: a bearer's nationality before a name. */
  private final Set<String> nationalities;

  OpenWorldActors(KnowledgeBase kb, ArabicNormaliser normaliser, ActorCues cues, OpenWorldSettings settings,
      ActorNameModel names, Set<String> nationalities) {
    this.cues = cues;
    this.organisations = new OrganisationNames(cues);
    this.clubs = new ClubNames(cues);
    this.boards = new ClubBoards(normaliser);
    this.settings = settings;
    this.names = settings.model() ? names : ActorNameModel.NONE;
    this.notNames = new PhraseDictionary<>(normaliser);
    kb.notActors().forEach(p -> notNames.add(p, Boolean.TRUE));
    this.kb = kb;
    this.spellings = new PersonSpellings(kb, normaliser);
    this.duplicates = new DiscoveredDuplicates(cues);
    this.places = new PlaceBodies(normaliser);
    this.events = new EventBodies(normaliser);
    this.fronts = new Battlefronts(normaliser);
    kb.places().forEach(p -> p.names().forEach(n -> placeNames.add(normaliser.fold(n))));
    this.nationalities = nationalities;
  }

  /**
   * Adds the discovered actors to {@code actors}.
   *
   * @param actors known actors' evidence per id; discovered ones are added to it
   * @param countries countries' evidence: a country adjective may end an organisation's name
   * @param sportPage whether the text is a sport report: a foreign given name before a name word is a player
   * @param namesakes known people's names read as a namesake's (مدينة الملك سلمان): no name to discover
   */
  void addTo(Map<String, List<Evidence>> actors, Map<String, List<Evidence>> countries, List<TaggedField> fields,
      boolean sportPage, List<Evidence> namesakes) {
    if (!settings.rules() && !names.isPresent()) {
      return;
    }
    Map<String, List<Evidence>> found = new LinkedHashMap<>();
    Map<String, String> shortForms = new LinkedHashMap<>();
    List<LoneName> lone = new ArrayList<>();
    Map<String, String> knownNames = new HashMap<>();
    Map<String, String> knownLastWords = new HashMap<>();
    Map<String, String> knownBodyStarts = new HashMap<>();
    Map<String, String> knownBodyFirstWords = new HashMap<>();
    for (TaggedField field : fields) {
      if (settings.rules()) {
        spellings.addSpeltOtherwise(field, actors, cues);
      }
      String[] ids = field.idsAt(actors);
      addKnownPeopleWords(field, actors, knownNames, knownLastWords);
      boolean[] known = covered(ids);
      for (PhraseDictionary.Match<Boolean> m : notNames.find(field.normalised(), field.readings())) {
        java.util.Arrays.fill(known, m.first(), m.first() + m.count(), true);
      }
      boolean[] country = covered(field, countries);
      addKnownBodyStarts(field, ids, country, knownBodyStarts, knownBodyFirstWords);
      if (settings.rules()) {
        organisations.find(field, known, country, found);
      }
      // A namesake's name may end a body's (جامعة الملك فهد للبترول) but names no one.
      boolean[] namesake = field.covered(namesakes);
      for (int t = 0; t < known.length; t++) {
        known[t] |= namesake[t];
      }
      if (settings.rules()) {
        persons(field, known, people(ids), country, found, shortForms);
        if (settings.lexicons()) {
          givenNames(field, known, found, shortForms, sportPage);
        }
        if (sportPage) {
          squadNames(field, known, found, shortForms);
          clubs.find(field, known, country, found);
          boards.find(field, ids, id -> kb.isKnownActor(id) && !kb.isPerson(id), known, found);
        }
        speakers(field, known, country, found, shortForms);
        nationals(field, known, country, found, shortForms, sportPage);
        aged(field, known, country, found, shortForms);
        if (settings.lexicons()) {
          relatives(field, known, found, shortForms);
        }
      }
      modelNames(field, known, namesake, country, found, shortForms, lone);
    }
    // A lone word the model calls a person is the short form of a full name the document gives anywhere
    // (the title often names by surname what the body names in full): then it is that actor, else its own.
    // A known person's name word (ماي after تيريزا ماي، هادي after عبدربه منصور هادي) is that person.
    for (LoneName l : lone) {
      String word = l.field().normalised().get(l.token());
      if (l.known()[l.token()]) {
        continue;
      }
      String person = knownPerson(word, knownNames);
      if (person != null) {
        actors.get(person).add(l.field().evidence(l.token(), 1));
        continue;
      }
      List<String> forms = readings(word);
      List<String> named = fullNamesBeginningWith(forms, found);
      // The model often takes one word of a name it has not seen (ديفيد of ديفيد بنغوريون): the name
      // written beside it, here or elsewhere in the document, is the person's.
      if (named.isEmpty() && forms.stream().noneMatch(shortForms::containsKey) && fullNameBeside(word, lone, found, shortForms)) {
        if (l.known()[l.token()]) {
          continue;
        }
        named = fullNamesBeginningWith(forms, found);
        if (named.isEmpty() && forms.stream().anyMatch(shortForms::containsKey)) {
          continue;
        }
      }
      if (named.size() == 1) {
        DiscoveredActors.addEvidence(found, named.get(0), l.field(), l.token(), 1, l.known());
      } else if (named.isEmpty() && forms.stream().noneMatch(shortForms::containsKey) && !cues.links.contains(word)) {
        // A link alone (أبي: "my father", or Abiy's name cut short) is no name of its own.
        addPerson(found, shortForms, l.field(), l.token(), l.token() + 1, l.known());
      }
    }
    if (settings.rules() && settings.lexicons()) {
      for (TaggedField field : fields) {
        listedNames(field, actors, found, shortForms);
      }
    }
    for (TaggedField field : fields) {
      shortForms(field, covered(field, actors), found, shortForms);
    }
    places.removePlaces(found, fields);
    events.removeEvents(found, fields);
    fronts.removeFronts(found);
    removeNotOrganisations(found);
    knownSurnamesWithAWord(found, actors, fields, knownLastWords, knownNames);
    duplicates.merge(found);
    // One value per person: a name the text spells otherwise than the knowledge base (بينيامين نتنياهو)
    // is the known person when the document names that person elsewhere (نتنياهو). Keys alone would
    // merge different Arabic names (أحمد حسين، أحمد حسون), so never a person the document does not name.
    found.forEach((id, evidence) -> {
      String known = spellings.knownPerson(id);
      if (known == null) {
        known = knownPersonByWords(id, knownNames);
      }
      if (known == null && DiscoveredActors.type(id) == ActorType.ORGANIZATION) {
        known = knownBodyStarts.get(String.join(" ", DiscoveredActors.words(id)));
        if (known == null) {
          known = behindPreposition(DiscoveredActors.words(id), knownBodyFirstWords);
        }
      }
      actors.computeIfAbsent(known != null && actors.containsKey(known) ? known : id, k -> new ArrayList<>())
          .addAll(evidence);
    });
  }

  /**
   * Whether a name of two or three words ends where the sentence says it does: at a comma or an
   * opening quotation (وزير المال الهولندي فوبكي هوكسترا "أقام ..."), before reported speech or an apposition (نائب وزير التجارة الصيني لي شينغانغ إن، السفير الهولندي لدى الأمم
   * المتحدة كاريل فان أوستروم الذي), or at the sentence's full stop when none of its words is one the
   * news writes as a common word (في مرمى الحارس خيمي بينيدو.), and so before a word that cannot go
   * on a name, a function word or a verb (الناطق باسم الحكومة البورمية زاو هتاي رفض); none of its
   * words a feminine noun, one with a pronoun (قوله) or a definite one (بالتعليم العالمي), and not a
   * noun with its agreeing adjective (باحثان استراليان): a name no given name opens is a foreign one.
   */
  private boolean closedName(TaggedField field, int start, int end) {
    List<String> words = field.normalised();
    if (!foreignNameShaped(field, start, end)) {
      return false;
    }
    return gap(field, end - 1) == Gap.COMMA || opensQuote(between(field, end - 1))
        || (between(field, end - 1).startsWith(".") && noCommonWord(field, start, end)) || (field.joined(end - 1)
        && (cues.reportedSpeech.contains(words.get(end)) || cues.appositives.contains(words.get(end))
            || (noCommonWord(field, start, end) && cues.endsAName(field, end))));
  }

  /**
   * Whether every word from {@code start} to {@code end} ends with one plural or dual ending (باحثان
   * استراليان، قطبين متناقضين، مباراتين رسميتين): a noun and its adjective agreeing, not a name.
   */
  private static boolean agreeing(List<String> words, int start, int end) {
    for (String suffix : PLURAL_ENDINGS) {
      if (noWord(start, end, t -> !words.get(t).endsWith(suffix))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two or three words may be a foreign name no given name opens: none of them a feminine
   * noun, one with a pronoun (قوله) or a definite one (بالتعليم العالمي), and a word follows them.
   */
  private static boolean foreignNameShaped(TaggedField field, int start, int end) {
    List<String> words = field.normalised();
    if (end - start < 2 || end - start > 3 || end >= words.size()) {
      return false;
    }
    for (int t = start; t < end; t++) {
      String w = written(field, t);
      if (w.endsWith("ة") || endsWithPronoun(w) || ArabicMorphology.startsWithArticle(words.get(t))) {
        return false;
      }
    }
    return !agreeing(words, start, end);
  }

  /**
   * Whether a player's name after a nationality ends where a description or a score begins
   * (البولندية أغنيشكا رادفانسكا البطلة السابقة، الرومانية سورانا سيرستيا 7-6): a definite word or a
   * number right after it; none of its words one the news writes often (بطل أوروبا، درسا قاسيا).
   */
  private boolean describedAfter(TaggedField field, int start, int end) {
    if (!foreignNameShaped(field, start, end) || !field.joined(end - 1)) {
      return false;
    }
    if (!noCommonWord(field, start, end)) {
      return false;
    }
    String next = field.normalised().get(end);
    return ArabicMorphology.startsWithArticle(next) || Character.isDigit(next.charAt(0));
  }

  /**
   * Whether the words from {@code start} to {@code end}, after an office and its comma or a word that
   * introduces a name, may be a name no given name opens (وزير الخارجية الأمريكي، مايك بومبيو): not begun
   * by a conjunction's word (، ووجه رسالة), a preposition's (، لبحث سبل), a verb (، يتهم بالتجسس), an
   * apposition's opener (، وهو برنامج) or a feminine noun (، إقامة حفل، برفقة المستوطنين): female given
   * names so written that are no common word are in the given-name lexicons. Nor are they all words the
   * news writes often and seldom after a given name (، ضربات دقيقة، انهيار المفاوضات): the sentence goes on.
   */
  private boolean mayOpenName(TaggedField field, int start, int end) {
    String word = field.normalised().get(start);
    return afterWaw(word) == null && !word.startsWith("ل") && !cues.isVerb(word)
        && !cues.appositives.contains(word) && !written(field, start).endsWith("ة")
        && !commonWordsOnly(field, start, end);
  }

  /** Whether no word from {@code start} to {@code end} is one the news writes often and seldom after a given name. */
  private boolean noCommonWord(TaggedField field, int start, int end) {
    return noWord(start, end, t -> cues.isCommonWord(field.normalised().get(t)));
  }

  /** Whether no word from {@code start} to {@code end} ends with a pronoun as written (لناديه، واختفاءه). */
  private static boolean noPronoun(TaggedField field, int start, int end) {
    return noWord(start, end, t -> endsWithPronoun(written(field, t)));
  }

  /** Whether every word from {@code start} to {@code end} is a common word as written and none a given name. */
  private boolean commonWordsOnly(TaggedField field, int start, int end) {
    return noWord(start, end, t -> !commonWordNoName(field.normalised().get(t)));
  }

  /** Whether {@code is} holds for no word from {@code from} to {@code to}: the span tests above read through it. */
  private static boolean noWord(int from, int to, IntPredicate is) {
    for (int t = from; t < to; t++) {
      if (is.test(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word is a common word as written (common-words.txt; behind its article a family name may
   * read as one: الحمادي, حمادي) and no given name.
   */
  private boolean commonWordNoName(String word) {
    return cues.commonWords.contains(word) && cues.knownGivenName(word) == null;
  }

  /**
   * Whether every word from {@code start} to {@code end} is written with an accusative's ا (قدم الكاتب،
   * اعتذارا علنيا؛ ردا قويا): an adverbial phrase after an apposition's comma, not a name no given name
   * opens (ماريا زخاروفا opens with one).
   */
  private static boolean accusative(TaggedField field, int start, int end) {
    return noWord(start, end, t -> !written(field, t).endsWith("ا"));
  }

  /**
   * Whether a word from {@code from} to {@code to} is a preposition with the article (بالسجن، للمحكمة):
   * a phrase of the sentence (حكما بالسجن), not a name's word.
   */
  private static boolean prepositional(TaggedField field, int from, int to) {
    return !noWord(from, to, t -> articleBehindClitic(field.normalised().get(t)));
  }

  /**
   * Whether a country's word after a title is part of the office (رئيس غامبيا أداما بارو): inside the
   * sentence on both sides, and not a given name (الفريق الركن تركي بن بندر).
   */
  private boolean officeCountry(TaggedField field, boolean[] country, int t) {
    return country[t] && field.joined(t - 1) && field.joined(t) && cues.knownGivenName(field.normalised().get(t)) == null;
  }

  /**
   * Whether the word at {@code t} goes on a body's name in an office by its purpose: ل and a noun,
   * then a definite one (المتحدث باسم الوكالة الوطنية لإدارة الكوارث، سوتوبو نورغروهو).
   */
  private static boolean forPurpose(TaggedField field, int t) {
    String word = field.normalised().get(t);
    return word.length() > 3 && word.charAt(0) == 'ل' && word.charAt(1) != 'ل' && t + 1 < field.normalised().size()
        && field.joined(t - 1) && field.joined(t) && withArticle(field, t + 1);
  }

  private void persons(TaggedField field, boolean[] known, boolean[] knownPerson, boolean[] country,
      Map<String, List<Evidence>> found, Map<String, String> shortForms) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i + 1 < words.size(); i++) {
      if (!titleWord(words.get(i))) {
        continue;
      }
      int start = i + 1;
      int office = 0;
      boolean comma = false;
      boolean linked = false;
      boolean named = false;
      while (start < words.size() && office < MAX_OFFICE_WORDS && gap(field, start - 1) != Gap.BREAK
          && (known[start] || withArticle(field, start) || officeCountry(field, country, start)
              || (office > 0 && country[start] && cues.officeLinksBeforeNames.contains(words.get(start - 1)))
              || cues.officeLinks.contains(words.get(start)) || cues.head(words.get(start)) != null
              || (office > 0 && forPurpose(field, start))
              || (office > 0 && cues.officeLinksBeforeNames.contains(words.get(start)) && start + 1 < words.size()
                  && field.joined(start) && (withArticle(field, start + 1) || country[start + 1] || known[start + 1]
                  || cues.head(words.get(start + 1)) != null)))) {
        // A known person right after the title and its adjectives holds it (الرئيس الأميركي دونالد ترامب، انسحاب
        // بلاده…): what follows the comma is the sentence. After باسم or لدى the person is part of the office
        // (المتحدث باسم الرئيس ترامب، سارة ساندرز).
        if (knownPerson[start] && !linked) {
          named = true;
          break;
        }
        linked |= cues.officeLinks.contains(words.get(start)) || cues.officeLinksBeforeNames.contains(words.get(start));
        comma |= gap(field, start - 1) == Gap.COMMA;
        start++;
        office++;
      }
      if (named) {
        continue;
      }
      // A country's name is no person's (وغادر القس الأميركي، تركيا مساء الجمعة), unless a given name (تركي بن بندر).
      if (start >= words.size() || gap(field, start - 1) == Gap.BREAK || (comma && gap(field, start - 1) != Gap.JOINED)
          || (country[start] && cues.knownGivenName(words.get(start)) == null)) {
        continue;
      }
      int end = nameEnd(field, known, start);
      boolean introduced = cues.introducers.contains(words.get(i));
      // A name introduced as such runs to a family name with the article (يدعى صدام عمر الجمل، المدعو أحمد بن
      // أحمد الوشلي).
      if (introduced && end - start >= 2 && end < words.size() && field.joined(end - 1)
          && !known[end] && cues.isNameWord(field, end) && withArticle(field, end) && cues.head(words.get(end)) == null) {
        end++;
      }
      // After an office and a comma (وزير الخارجية الأمريكي، مايك بومبيو) any name; right after a title, a given name.
      // (not after a conjunction: "، ووجه رسالة" goes on with the sentence); right after a title, a given name.
      // A link word begins a compound name as a given name does (العميد الركن عبد السلام الشحي، الشيخ أبو بكر).
      boolean opens = mayOpenName(field, start, end);
      boolean given = cues.knownGivenName(words.get(start)) != null || cues.openers.contains(words.get(start))
          || (office == 0 && introduced && !written(field, i).endsWith("ي") && opens
              && cues.readsAsName(field, country, start, end))
          || (office > 0 && gap(field, start - 1) == Gap.COMMA && opens && !accusative(field, start, end)
              && !prepositional(field, start + 1, end))
          || (closedName(field, start, end) && opens && (office > 0 || noCommonWord(field, start, end)));
      // Behind a preposition (للروائية السورية ديما ونوس، للأمير لوران لمدة) a title's name must end where
      // the clause does, none of its words after the first a common one and none with a pronoun (كرئيس لناديه).
      boolean behind = !cues.isTitle(words.get(i));
      if (behind && !((end >= words.size() || closedName(field, start, end) || endsClause(field, end - 1))
          && noCommonWord(field, start + 1, end) && noPronoun(field, start, end))) {
        continue;
      }
      if (end - start >= 2 && (given || !settings.lexicons()) && (!introduced || opens)) {
        addPerson(found, shortForms, field, start, end, known);
        i = end - 1;
      }
    }
  }

  private void givenNames(TaggedField field, boolean[] known, Map<String, List<Evidence>> found, Map<String, String> shortForms,
      boolean sportPage) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i + 1 < words.size(); i++) {
      if (!known[i] && cues.isWordGivenName(field, i)) {
        int end = wordGivenNameEnd(field, known, i);
        if (end > i) {
          addPerson(found, shortForms, field, i, end, known);
          i = end - 1;
        }
        continue;
      }
      if (known[i] || cues.knownGivenName(words.get(i)) == null) {
        continue;
      }
      if (!known[i + 1] && (familyNameAfter(field, i) || foreignNameAfter(field, i, sportPage) || rareNameAfter(field, i))) {
        addPerson(found, shortForms, field, i, i + 2, known);
        i++;
        continue;
      }
      int end = nameEnd(field, known, i);
      // Set apart by commas, or followed by a comma and an apposition (ليندا توم، المتحدثة باسم…); set apart
      // by commas alone, a second given name is more often a list's next item (أحمد، محمد) than a name's.
      boolean apposition = end < words.size() && cues.opensDescription(words.get(end));
      if (end - i >= 2 && (apposition || !cues.givenNames.contains(words.get(i + 1))) && gap(field, end - 1) == Gap.COMMA
          && ((i > 0 && gap(field, i - 1) == Gap.COMMA) || apposition)) {
        addPerson(found, shortForms, field, i, end, known);
        i = end - 1;
      }
    }
  }

  /**
   * A relative named after a kin word (وابنته يوليا، وزوجته سارة، نجله، حافظ): a known given name, as
   * written. Alone it is still a person the text names.
   */
  private void relatives(TaggedField field, boolean[] known, Map<String, List<Evidence>> found,
      Map<String, String> shortForms) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i + 1 < words.size(); i++) {
      int start = i + 1;
      if (!isKin(words.get(i)) || gap(field, i) == Gap.BREAK || known[start]
          || !cues.writtenAsGivenName(words.get(start), field.tokens().get(start).text())) {
        continue;
      }
      // The given name alone, or with a known surname after it: what follows a relative's first name is
      // more often the sentence (وابنته يوليا للتأكد، شقيقه عبدالله ذي الـ11 عاما).
      int end = start + 1 < words.size() && !known[start + 1] && familyNameAfter(field, start) ? start + 2 : start + 1;
      addPerson(found, shortForms, field, start, end, known);
      i = end - 1;
    }
  }

  /** A kin word with a possessive, also behind clitics (وابنته، ولابنهما), as {@link #titleWord} reads titles. */
  private boolean isKin(String word) {
    return asWrittenOrBehindClitics(word, cues.kinship::contains);
  }

  /** Whether the word, as written or without the clitics in front of it (وابنته، للأمير), is one {@code is} knows. */
  private static boolean asWrittenOrBehindClitics(String word, Predicate<String> is) {
    return is.test(word) || ArabicMorphology.withArticleKept(word).stream().anyMatch(is);
  }

  /**
   * The speaker a verb of saying opens (وقال هاريش إير إن…، ويقول علي الشهابي، وهو…، وقال نافديب بينز
   * وزير الابتكار…): two or three name words right after the verb, closed by إن/أن, a comma, an
   * apposition's opener or a title. The words must read as a name, not as
   * a noun and its adjective (مصدر أمني، خبراء عسكريون، السلطات الأردنية): the first is a known given
   * name, or neither is definite nor ends as adjectives and plurals do, or, when a description follows
   * (a title, an apposition, من and a body's head), none is a word the news writes as a common word.
   */
  private void speakers(TaggedField field, boolean[] known, boolean[] country, Map<String, List<Evidence>> found,
      Map<String, String> shortForms) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i + 3 < words.size(); i++) {
      int start = i + 1;
      if (!cues.speechVerbs.contains(withoutConjunction(words.get(i))) || !field.joined(i) || known[start]
          || country[start] || cues.head(words.get(start)) != null || withArticle(field, start)) {
        continue;
      }
      int end = nameEnd(field, known, start);
      // A given name as written; a word that is one only with a clitic read off is a common word (بيان is no ب + يان).
      boolean given = cues.writtenAsGivenName(words.get(start), field.tokens().get(start).text());
      // Without one, a noun and its agreeing adjective are no name (قال مصدران مطلعان إن).
      if (end - start < 2 || end - start > 3 || end >= words.size() || (!given && agreeing(words, start, end))) {
        continue;
      }
      boolean comma = gap(field, end - 1) == Gap.COMMA;
      boolean joined = field.joined(end - 1);
      boolean described = (comma || joined) && (cues.opensDescription(words.get(end)) || fromBody(field, end));
      boolean closed = described || comma || (joined && cues.reportedSpeech.contains(words.get(end)));
      if (!closed) {
        continue;
      }
      // A title after the comma (وقالت أماني الشعلان، مديرة…) describes a person even when the given name
      // is also a word (أماني "wishes"): then only the words after it must be none the news writes as one.
      boolean titled = comma && cues.isTitle(words.get(end));
      if (given || (cues.readsAsName(field, country, start, end) && cues.knownGivenName(words.get(start)) == null)
          || (described && noCommonWord(field, start, end)) || (titled && noCommonWord(field, start + 1, end))) {
        addPerson(found, shortForms, field, start, end, known);
        i = end - 1;
      }
    }
  }

  /** Whether من and the head of a body's name open the word at {@code t} (وقالت إيما ويب من منظمة هيومن رايتس ووتش). */
  private boolean fromBody(TaggedField field, int t) {
    List<String> words = field.normalised();
    return t + 1 < words.size() && words.get(t).equals("من") && field.joined(t) && cues.head(words.get(t + 1)) != null;
  }

  /**
   * A name followed by its bearer's age, in brackets (أكرم كورد (33 عاما)، والدته تريشيا (51 عاما)) or after
   * a comma (دون سترجيس، 44 عاما / سنا شيما، البالغة من العمر 26 عاما, age-openers.txt): the two name words
   * before it, three when a known given name or a link opens them; in brackets also one, when it is a
   * known given name as written (after a comma one word is left to the short forms).
   */
  private void aged(TaggedField field, boolean[] known, boolean[] country, Map<String, List<Evidence>> found,
      Map<String, String> shortForms) {
    List<String> words = field.normalised();
    for (int end = field.firstTagged() + 1; end + 1 < words.size(); end++) {
      // The words first: this runs on every word, and the gap before it costs a substring or two.
      boolean number = isNumber(words.get(end));
      if (!number && !cues.mayOpenAge(words.get(end))) {
        continue;
      }
      boolean bracket = number && between(field, end - 1).startsWith("(");
      if (!bracket && (known[end - 1] || gap(field, end - 1) != Gap.COMMA)) {
        continue;
      }
      int age = end;
      if (!number) {
        if (age + 4 >= words.size() || !cues.ageOpeners.contains(String.join(" ", words.subList(age, age + 3)))) {
          continue;
        }
        age += 3;
      }
      if (age + 1 >= words.size() || !isNumber(words.get(age)) || !cues.ageWords.contains(words.get(age + 1))) {
        continue;
      }
      int start = end;
      while (start > field.firstTagged() && end - start < 3 && !known[start - 1] && !country[start - 1]
          && (start == end || field.joined(start - 1)) && cues.isNameWord(field, start - 1)) {
        start--;
      }
      boolean opened = start < end && (cues.knownGivenName(words.get(start)) != null || cues.openers.contains(words.get(start))
          || cues.links.contains(words.get(start)));
      if (end - start == 3 && !opened) {
        start++;
      }
      boolean given = start < end && cues.writtenAsGivenName(words.get(start), field.tokens().get(start).text());
      // A name no given name opens must follow a title or a verb of saying (وقال إليو كاندي), or إن before a
      // comma's age: after another word, or first in its sentence, it is as often a verb and a player's one
      // name (انتقل زورك، في حق؛ أصبح جاويد، 38 عاما).
      String before = start > field.firstTagged() ? words.get(start - 1) : null;
      boolean opens = before != null && (cues.isTitle(before) || cues.speechVerbs.contains(withoutConjunction(before))
          || (!bracket && field.joined(start - 1) && cues.reportedSpeech.contains(before)));
      if ((end - start >= 2 && (given || (opens && cues.readsAsName(field, country, start, end))))
          || (bracket && end - start == 1 && given)) {
        addPerson(found, shortForms, field, start, end, known);
      }
    }
  }

  /**
   * A name after its bearer's nationality (وسجل الفرنسي أنطوان غريزمان، بجانب الإثيوبي تيسيما يدنيكاتشيو
   * و…): a definite country adjective that modifies no noun before it (none does behind ل or ب: جائزة
   * الطب للأمريكي جيمس أليسون), then a known given name as
   * written, or on a sport page a foreign-looking name its sentence closes.
   */
  private void nationals(TaggedField field, boolean[] known, boolean[] country, Map<String, List<Evidence>> found,
      Map<String, String> shortForms, boolean sportPage) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i + 2 < words.size(); i++) {
      String word = withoutConjunction(words.get(i));
      if (!country[i] || !isNisba(withoutClitics(word)) || !field.joined(i) || known[i + 1] || country[i + 1]
          || (i > 0 && field.joined(i - 1) && !articleBehindClitic(word) && (withArticle(field, i - 1) || cues.isTitle(words.get(i - 1))
              || cues.head(words.get(i - 1)) != null || country[i - 1]))) {
        continue;
      }
      int start = i + 1;
      int end = beforeCountry(country, start, nameEnd(field, known, start));
      // A player named by one word after his nationality, on a sport page (سجل البرازيلي رافينيا هدفا); a
      // feminine adjective before one word is a paper's or a team's (صحيفة سبورت الإسبانية سمت).
      if (sportPage && end - start == 1 && !WordShapes.hasFeminineNisbaEnding(word) && loneNameAfterNationality(field, start)
          && !cues.nameGoesOn(field, known, country, start)) {
        addPerson(found, shortForms, field, start, end, known);
        continue;
      }
      if (end - start >= 2 && (cues.writtenAsGivenName(words.get(start), field.tokens().get(start).text())
          || (((sportPage && closedName(field, start, end)) || describedAfter(field, start, end)) && mayOpenName(field, start, end)))) {
        addPerson(found, shortForms, field, start, end, known);
        i = end - 1;
      }
    }
  }

  /**
   * Whether a sport page's lone word after a player's nationality is his name, as Brazilians and
   * Portuguese are often named (سجل البرازيلي رافينيا، البرتغالي ديكو): no common word, verb or word so
   * shaped, no article or head (البرازيلي قبل، الإيطالي الآخر).
   */
  private boolean loneNameAfterNationality(TaggedField field, int start) {
    return cues.readsAsOwnName(field, start) && field.normalised().get(start).length() >= 3;
  }

  /**
   * Where a name read from {@code start} to {@code end} meets the next national's adjective (جيمس بي
   * أليسون والياباني تاسوكو هونجو): the name ends before it.
   */
  private static int beforeCountry(boolean[] country, int start, int end) {
    for (int t = start + 1; t < end; t++) {
      if (country[t]) {
        return t;
      }
    }
    return end;
  }

  /**
   * Whether the word at {@code t} is a bearer's nationality before a name (للريال البرازيلي مارسيلو): a
   * country's word, or a country's definite adjective where the text names no country by it.
   */
  private boolean nationality(TaggedField field, boolean[] country, int t) {
    return country[t] || nationalities.contains(withoutConjunction(field.normalised().get(t)));
  }

  /**
   * A sport page's squad: two or three name words followed by a known club in brackets are a player
   * (صامويل أومتيتي (برشلونة الاسباني) ولوكاس هرنانديز (اتلتيكو مدريد)). The name runs back from the
   * bracket to the list's last break (a bracket, a colon or a comma before it).
   */
  private void squadNames(TaggedField field, boolean[] known, Map<String, List<Evidence>> found,
      Map<String, String> shortForms) {
    for (int t = field.firstTagged() + 1; t + 1 < field.tokens().size(); t++) {
      if (!known[t + 1] || known[t] || !between(field, t).equals("(")) {
        continue;
      }
      int start = t;
      while (start - 1 >= field.firstTagged() && t - start < 2 && field.joined(start - 1) && !known[start - 1]
          && cues.isNameWord(field, start - 1) && !withArticle(field, start - 1)) {
        start--;
      }
      if (t - start >= 1 && cues.isNameWord(field, t) && !withArticle(field, t) && cues.isNameWord(field, start)) {
        addPerson(found, shortForms, field, start, t + 1, known);
      }
    }
  }

  /**
   * Names listed after a person's by و, each beginning with a known given name (بسام الصالحي وفيصل عرنكي
   * وزياد أبو عمر), also after a comma when the item closes there: a list of people goes on with
   * people. Read once every other rule has found its people, so that a list goes on from any of them.
   */
  private void listedNames(TaggedField field, Map<String, List<Evidence>> actors, Map<String, List<Evidence>> found,
      Map<String, String> shortForms) {
    int n = field.tokens().size();
    String[] known = field.idsAt(actors);
    String[] discovered = field.idsAt(found);
    boolean[] taken = new boolean[n];
    boolean[] person = new boolean[n];
    for (int t = 0; t < n; t++) {
      String id = known[t] != null ? known[t] : discovered[t];
      taken[t] = id != null;
      person[t] = kb.isPerson(id);
    }
    List<String> words = field.normalised();
    for (int t = field.firstTagged(); t + 1 < n; t++) {
      int next = t + 1;
      if (!person[t] || person[next] || taken[next] || !listGoesOn(field, t)) {
        continue;
      }
      int end = listItem(field, taken, next);
      if (end - next >= 2 && (field.joined(t) || itemCloses(field, end))) {
        addPerson(found, shortForms, field, next, end, taken);
        java.util.Arrays.fill(person, next, end, true);
        t = end - 2;
      }
    }
  }

  /**
   * Whether the list goes on after a person's last word at {@code t}: و right after it, or a comma and
   * و (موشيه شاريت، وغولدا مائير، وإسحاق رابين).
   */
  private static boolean listGoesOn(TaggedField field, int t) {
    return field.normalised().get(t + 1).startsWith("و") && (field.joined(t) || gap(field, t) == Gap.COMMA);
  }

  /**
   * Whether a name listed after a comma ends the item before {@code end}: punctuation or the list's next
   * و follows, not a verb or a noun of the sentence the و began (، وسارا جنبا إلى جنب؛ ، وشيخ كبير تجاوز).
   */
  private static boolean itemCloses(TaggedField field, int end) {
    return end >= field.tokens().size() || gap(field, end - 1) != Gap.JOINED || field.normalised().get(end).startsWith("و");
  }

  /** The end of a listed name at {@code start}: a known given name and the words of its name up to the list's next و. */
  private int listItem(TaggedField field, boolean[] taken, int start) {
    if (taken[start] || cues.knownGivenName(field.normalised().get(start)) == null) {
      return start;
    }
    int end = nameEnd(field, taken, start);
    // The list's next و begins its next item (ترامب ومون شددا، كيم ومون وهما).
    for (int k = start + 1; k < end; k++) {
      if (field.normalised().get(k).startsWith("و")) {
        return k;
      }
    }
    return end;
  }

  /**
   * Whether a foreign given name (as written, or after و) is followed in the same clause by a word that
   * can be a name (أنطوني مارسيال، كورت زوما, كيفن غارينغر): off a sport page, where such a given name is
   * as often a one-word name (ملالا، سيرينا), not a common word (common-words.txt; ملالا تنتقد، فلورنس حكام).
   * Its shape is no hint: foreign family names end as Arabic plurals do (غرودينين، سركيسيان).
   */
  private boolean foreignNameAfter(TaggedField field, int given, boolean sportPage) {
    return cues.foreignGivenNames.contains(withoutConjunction(field.normalised().get(given))) && nameWordAfter(field, given)
        && (sportPage || !cues.isCommonWord(field.normalised().get(given + 1)));
  }

  /**
   * Whether any given name is followed by a word that can be a name and that the news seldom writes
   * otherwise: no common word, nor one shaped as a common word is ({@link WordShapes#shapedAsCommonWord}), as many
   * Arabic given names are words too (كامل قواه، فتح أسواقهما): a name the lexicons never saw (أندريا
   * نايلس، زياد ماجد).
   */
  private boolean rareNameAfter(TaggedField field, int given) {
    String next = field.normalised().get(given + 1);
    return cues.writtenAsGivenName(field.normalised().get(given), field.tokens().get(given).text()) && nameWordAfter(field, given)
        && !shapedAsCommonWord(written(field, given + 1)) && !cues.isCommonWord(next);
  }

  /**
   * Whether the word after a given name, in the same clause, can be a name: not a verb (بنجامان يخرج), a
   * feminine noun (أليسون بسهولة) or the next item after و (ثورغان وكيليان); a name may begin with و or
   * ف (كايل ووكر، روبيرت فرنانديز).
   */
  private boolean nameWordAfter(TaggedField field, int given) {
    String next = field.normalised().get(given + 1);
    return field.joined(given) && cues.isNameWord(field, given + 1) && !withArticle(field, given + 1) && cues.head(next) == null
        && !cues.links.contains(next) && !cues.isVerb(next) && !written(field, given + 1).endsWith("ة") && !nextInList(next);
  }

  /**
   * Whether a word after a name begins the next item of a list or clause with و (وكيليان، والألماني،
   * ويصبح، وأبلغته) rather than being a name that begins with و (ووكر): what follows و is a given name,
   * a definite word, a verb or a word with a pronoun.
   */
  private boolean nextInList(String word) {
    String rest = afterWaw(word);
    return rest != null && (cues.knownGivenName(rest) != null || cues.foreignGivenNames.contains(rest) || ArabicMorphology.isDefinite(rest)
        || readsAsVerb(rest) || endsWithPronoun(rest) || rest.endsWith("ك"));
  }

  /**
   * Where a name a given name written as a common word opens ends (مات هانكوك،): one or two words after
   * it that read as a name of their own, closed after them; {@code start} when there is none (مات غرقا).
   */
  private int wordGivenNameEnd(TaggedField field, boolean[] known, int start) {
    int end = cues.closedNameEnd(field, known, start, t -> {
      if (!cues.readsAsOwnName(field, t)) {
        return false;
      }
      String asWritten = written(field, t);
      return !asWritten.endsWith("ي") && !asWritten.endsWith("ا");
    });
    return end > 0 ? end : start;
  }

  /**
   * Whether a given name written as a name (bare or after و, not على) is followed by a word the news
   * writes mostly after given names (surnames.txt): ماتيو رينزي, with no title or comma around it; or
   * by a title that is also a family name (title-family-names.txt: شوقي السيد، علي الأمين) where the
   * name closes after it, and not before a word with the article (الأمين العام).
   */
  private boolean familyNameAfter(TaggedField field, int given) {
    String next = field.normalised().get(given + 1);
    boolean family = (cues.surnames.contains(next) && !cues.links.contains(next) && !cues.ends.contains(next) && !cues.isTitle(next))
        || (cues.titleFamilyNames.contains(next) && cues.nameClosesAt(field, given + 2));
    return family && field.joined(given) && cues.writtenAsGivenName(field.normalised().get(given), field.tokens().get(given).text());
  }

  /**
   * The names the statistical model finds where the knowledge base and the rules found none: a span
   * wholly outside known words, not only a country's name, of Arabic words. A person's last word
   * becomes a short form, as for the rules' names.
   */
  private void modelNames(TaggedField field, boolean[] known, boolean[] namesake, boolean[] country,
      Map<String, List<Evidence>> found, Map<String, String> shortForms, List<LoneName> lone) {
    if (!names.isPresent() || settings.minModelProbability() > 1) {
      return;
    }
    List<String> words = field.normalised();
    // The model is read only in sentences with a title, an organisation's head or a hint of a given
    // name: on ANT v1.1 that is 68% of the words. Without heads (50%) it cost, held out on the training
    // split, 0.008 of the actors' recall and 0.003 of their F1; reading every sentence found 4 more and
    // 11 more false values than heads did on 242 train articles the model had not seen.
    IntPredicate cue = t -> cues.hintsAtName(words.get(t), field.tokens().get(t).text());
    for (ActorNameModel.Found f : names.find(field, settings.minModelProbability(), cue)) {
      double least = f.type() == ActorType.PERSON ? settings.personProbability() : settings.organisationProbability();
      if (f.probability() < least) {
        continue;
      }
      // A title the model took in with the name is not part of it (للأمير ويليام is ويليام, الفريق الركن
      // مطلق سالم is مطلق سالم).
      int start = f.start();
      while (f.type() == ActorType.PERSON && start < f.end() && (titleWord(words.get(start))
          || (start > f.start() && cues.officeLinks.contains(words.get(start))) || nationality(field, country, start))) {
        start++;
      }
      boolean free = true;
      for (int t = start; t < f.end(); t++) {
        // A namesake's words may be a body's name (جامعة الملك فهد), never a person's.
        free &= (!known[t] || (namesake[t] && f.type() == ActorType.ORGANIZATION)) && cues.isModelNameWord(field, t);
      }
      // What follows a title the model took in is a name of two words or more, not a definite word (وزير
      // الخارجية is an office, الأمير جورج too short to tell apart).
      boolean titled = start > f.start();
      if (titled && (f.end() - start < 2 || withArticle(field, start))) {
        continue;
      }
      if (!free || (f.type() == ActorType.PERSON && f.end() - f.start() < settings.modelPersonWords())
          || (f.type() == ActorType.ORGANIZATION && f.end() - f.start() == 1 && cues.head(words.get(f.start())) != null)) {
        // A head alone (الجيش، الوزارة) names a kind of body, not one the reader could tell apart.
        continue;
      }
      // What is left is no name when it is only a country's (الفرنسي after للمدرب).
      boolean countryLeft = true;
      for (int t = start; t < f.end(); t++) {
        countryLeft &= country[t];
      }
      if (start == f.end() || countryLeft) {
        continue;
      }
      // A "person" whose first word is a body's head is that body, after the title the model took in
      // (مدير وكالة إدارة الطوارئ الفيدرالية: the agency, not a person كالة).
      boolean body = f.type() == ActorType.PERSON && cues.head(words.get(start)) != null;
      ActorType type = body ? ActorType.ORGANIZATION : f.type();
      int first = body ? start : f.start();
      // A name ends at a comma or a sentence's end inside the span (أوستن مارتن، فتعمل), and a person's
      // before a link word left dangling (محمد بن سعيد بن); it holds no word joined to a verb by و
      // (كريستينا ويقول).
      int end = start + 1;
      while (end < f.end() && !endsClause(field, end - 1)) {
        end++;
      }
      while (type == ActorType.PERSON && end - start > 1 && cues.links.contains(words.get(end - 1))) {
        end--;
      }
      if (type == ActorType.PERSON && joinsAVerb(words, start + 1, end)) {
        continue;
      }
      if (type == ActorType.PERSON && end - start == 1) {
        lone.add(new LoneName(field, start, known));
      } else if (type == ActorType.PERSON) {
        addPerson(found, shortForms, field, start, end, known);
      } else {
        List<String> name = new ArrayList<>(field.normalised().subList(first, end));
        name.set(0, cues.withoutPreposition(name.get(0)));
        String head = cues.head(name.get(0));
        if (head != null && organisations.namesAKind(words, country, first + 1, end)) {
          continue;
        }
        name.set(0, head != null ? head : organisationStart(name.get(0)));
        DiscoveredActors.addEvidence(found, DiscoveredActors.id(ActorType.ORGANIZATION, name), field, first, end - first, known);
      }
    }
  }

  /**
   * Adds the words of a field that name the document's known people, each to its person (a hashtag's
   * parts too: محمود_عباس), to {@code words}: not titles or words that end a name (الرئيس الفلسطيني).
   * Read off each person's own evidence, not the one id a word gets: a name inside a body's evidence
   * (حكومة تيريزا ماي, the government's) is still the person's. The last word of each mention of two
   * words or more goes to {@code lastWords} as written (رونالدو of كريستيانو رونالدو).
   */
  private void addKnownPeopleWords(TaggedField field, Map<String, List<Evidence>> actors, Map<String, String> words,
      Map<String, String> lastWords) {
    actors.forEach((id, evidence) -> {
      if (kb.isKnownPerson(id)) {
        for (Evidence e : evidence) {
          int[] range = field.wordRange(e);
          for (int t = range[0]; t < range[1]; t++) {
            for (String part : field.normalised().get(t).split("_")) {
              // Two letters are a name's word too (شي جين بينغ، دي بلازيو), but not بن: a father's name
              // after it (بن حمد) is shared by his children.
              if (part.length() >= 2 && !cues.lineageLinks.contains(part) && !cues.isTitle(part) && !cues.ends.contains(part)) {
                words.putIfAbsent(part, id);
              }
            }
          }
          if (range[1] - range[0] >= 2) {
            lastWords.putIfAbsent(field.normalised().get(range[1] - 1), id);
          }
        }
      }
    });
  }

  /**
   * The known body a one-word discovered one is, read behind a preposition ل: the first word of a body
   * the document names in full (للريال، لبايرن after ريال مدريد، بايرن ميونخ), or null.
   */
  private static String behindPreposition(List<String> words, Map<String, String> firstWords) {
    String word = words.get(0);
    if (words.size() != 1 || word.length() < 4 || word.charAt(0) != 'ل') {
      return null;
    }
    String rest = word.substring(1);
    String known = firstWords.get(rest);
    if (known == null && !rest.startsWith(ARTICLE)) {
      known = firstWords.get(ARTICLE + rest);
    }
    return known == null || known.equals(AMBIGUOUS) ? null : known;
  }

  /**
   * Adds the opening words (two or more, not all) of each known body the field names to {@code starts}:
   * a discovered body named by them (حزب العمال after حزب العمال الكردستاني) is that body's short form.
   * An opening that leaves out the body's country (مجلس النواب of مجلس النواب الأميركي) is any
   * country's body, and one that two bodies of the document share names neither: both map to none.
   * The first word of each body named in more than one goes to {@code firstWords}, for
   * {@link #behindPreposition}.
   */
  private void addKnownBodyStarts(TaggedField field, String[] ids, boolean[] country, Map<String, String> starts,
      Map<String, String> firstWords) {
    for (int t = 0; t < ids.length; t++) {
      String id = ids[t];
      if (id == null || DiscoveredActors.isDiscovered(id) || kb.isKnownPerson(id) || (t > 0 && id.equals(ids[t - 1]))) {
        continue;
      }
      int end = t + 1;
      while (end < ids.length && id.equals(ids[end])) {
        end++;
      }
      int lastCountry = t;
      for (int w = t; w < end; w++) {
        lastCountry = country[w] ? w : lastCountry;
      }
      StringBuilder start = new StringBuilder(withoutClitics(field.normalised().get(t)));
      if (end - t > 1) {
        firstWords.merge(start.toString(), id, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
      }
      for (int w = t + 1; w < end - 1; w++) {
        start.append(' ').append(field.normalised().get(w));
        starts.merge(start.toString(), w >= lastCountry ? id : AMBIGUOUS, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
      }
    }
  }

  /**
   * Takes out the bodies, by whatever rule or model found, whose names begin with the article as no
   * body's does ({@link ActorCues#beginsNoBody}: لجنة التحكيم, a jury; دار الأوبرا, a venue): the
   * organisation rules never open one there, and the model must not either.
   */
  private void removeNotOrganisations(Map<String, List<Evidence>> found) {
    found.keySet().removeIf(id -> {
      if (DiscoveredActors.type(id) != ActorType.ORGANIZATION) {
        return false;
      }
      List<String> words = DiscoveredActors.words(id);
      // Only a beginning with the article, and what follows it adjectives: an indefinite one names a kind
      // a name may follow (شركة طيران "آسمان"), and so may one with the article (شركة الطيران آسمان).
      return words.size() >= 2 && ArabicMorphology.isDefinite(words.get(1))
          && (words.size() == 2 || ArabicMorphology.isDefinite(words.get(2)))
          && cues.beginsNoBody(words.get(0), words.get(1));
    });
  }

  /**
   * A discovered person of two words whose first is the last word of a known person's name in the
   * document and whose second is no name word — not definite, no link, no given or family name of the
   * lexicons — is that person named by the first word alone, with a word of the sentence taken in
   * (رونالدو فعكس، عباس يعطي، هادي جاء): its mentions become the known person's, that word left out.
   * So is one whose first is any other word of a known person's name, not an everyday given name that
   * other people of the text may bear, when the second is a word the news writes everywhere (الرئيس
   * مون صورة after مون جاي إن, أبي بخير after آبي أحمد).
   *
   * @param lastWords the last word of each known person's mentions ({@link #addKnownPeopleWords})
   * @param nameWords each word of the known people's names, to its person
   */
  private void knownSurnamesWithAWord(Map<String, List<Evidence>> found, Map<String, List<Evidence>> actors,
      List<TaggedField> fields, Map<String, String> lastWords, Map<String, String> nameWords) {
    for (Iterator<Map.Entry<String, List<Evidence>>> it = found.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, List<Evidence>> entry = it.next();
      List<String> words = DiscoveredActors.words(entry.getKey());
      boolean twoWordPerson = DiscoveredActors.type(entry.getKey()) == ActorType.PERSON && words.size() == 2;
      // خليفة سامباولي: Sampaoli's successor, not a new person; the known person is the second word.
      boolean successor = twoWordPerson && cues.nounGivenNames.contains(words.get(0)) && lastWords.containsKey(words.get(1));
      String person = successor ? lastWords.get(words.get(1))
          : twoWordPerson && !mayBeNameWord(words.get(1)) ? knownPersonFirst(words.get(0), words.get(1), lastWords, nameWords) : null;
      if (person == null || !actors.containsKey(person)) {
        continue;
      }
      for (Evidence e : entry.getValue()) {
        for (TaggedField field : fields) {
          int t = field.tokenStartingAt(e);
          if (t >= 0) {
            actors.get(person).add(field.evidence(successor ? t + 1 : t, 1));
          }
        }
      }
      it.remove();
    }
  }

  /**
   * The known person a discovered two-word person opens with: the one whose mentions end with its
   * first word, else, when its second is a word the news writes everywhere, the one whose name holds
   * the first word, unless that is an everyday given name other people of the text may bear; or null.
   */
  private String knownPersonFirst(String first, String second, Map<String, String> lastWords, Map<String, String> nameWords) {
    if (lastWords.containsKey(first)) {
      return lastWords.get(first);
    }
    return cues.isCommonWord(second) && !cues.everydayGivenNames.contains(first) ? nameWords.get(first) : null;
  }

  /** Whether a word may be part of a person's name: definite, a link, or a given or family name of the lexicons. */
  private boolean mayBeNameWord(String word) {
    return ArabicMorphology.isDefinite(word) || cues.links.contains(word) || cues.givenNames.contains(word)
        || cues.surnames.contains(word);
  }

  /**
   * The known person of the document whose name words are all of a discovered person's words: عبد
   * الرحمن after رامي عبد الرحمن, as a lone word is (عباس after محمود عباس); null when none or several.
   */
  private String knownPersonByWords(String id, Map<String, String> knownNames) {
    if (DiscoveredActors.type(id) != ActorType.PERSON) {
      return null;
    }
    String person = null;
    Set<String> read = new HashSet<>();
    for (String word : cues.withoutInnerLinkFirst(DiscoveredActors.words(id))) {
      // Each word one of the person's own: منصور المنصور is not عبد ربه منصور هادي twice over.
      String known = knownReading(word, knownNames);
      String of = known == null || !read.add(known) ? null : knownNames.get(known);
      if (of == null || (person != null && !person.equals(of))) {
        return null;
      }
      person = of;
    }
    return person;
  }

  /** The known person of the document a word names, read behind its clitics too (لعباس), or null. */
  private static String knownPerson(String word, Map<String, String> knownNames) {
    String known = knownReading(word, knownNames);
    return known == null ? null : knownNames.get(known);
  }

  /** The first reading of a word (as written, then behind its clitics) that names a known person, or null. */
  private static String knownReading(String word, Map<String, String> knownNames) {
    return readings(word).stream().filter(knownNames::containsKey).findFirst().orElse(null);
  }

  /** A one-word person the model found, decided once every full name of the document is known. */
  private record LoneName(TaggedField field, int token, boolean[] known) {}

  /**
   * Where a lone name the model found is written in the document beside the rest of a name, adds that
   * full name, the lone word being its short form, and says whether it did: after a given name as
   * written (جيمس ماتيس) or, when the lone word is a given name, before a word that can be a name and
   * that the news seldom writes otherwise (ماكس سيدون). The fields searched are those with a lone name.
   */
  private boolean fullNameBeside(String word, List<LoneName> lone, Map<String, List<Evidence>> found,
      Map<String, String> shortForms) {
    // After و a given name is a list's next item, whole as it stands (ميسي ورونالدو نجمين كبيرين).
    if (nextInList(word)) {
      return false;
    }
    // Each field once (several lone names share one); by identity, as a field's hash would read all its words.
    Set<TaggedField> read = Collections.newSetFromMap(new IdentityHashMap<>());
    for (LoneName l : lone) {
      TaggedField field = l.field();
      if (!read.add(field)) {
        continue;
      }
      boolean[] known = l.known();
      List<String> words = field.normalised();
      for (int t = field.firstTagged(); t < words.size(); t++) {
        if (!words.get(t).equals(word) || known[t]) {
          continue;
        }
        if (t > field.firstTagged() && field.joined(t - 1) && !known[t - 1]
            && cues.writtenAsGivenName(words.get(t - 1), field.tokens().get(t - 1).text())
            && (fullNameWord(field, t - 1) || givenNameAfterWaw(field, t - 1))) {
          addPerson(found, shortForms, field, t - 1, t + 1, known);
          return true;
        }
        if (t + 1 < words.size() && !known[t + 1] && cues.writtenAsGivenName(word, field.tokens().get(t).text())
            && nameWordAfter(field, t) && fullNameWord(field, t + 1)) {
          addPerson(found, shortForms, field, t, t + 2, known);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word is a list's next item opening with a given name behind و (حسن معاذ وعبدالوهاب جعفر): the
   * given name, not a common word, begins the name of the lone word after it.
   */
  private boolean givenNameAfterWaw(TaggedField field, int t) {
    String bare = afterWaw(field.normalised().get(t));
    return bare != null && cues.givenNames.contains(bare) && !cues.isCommonWord(bare) && cues.head(bare) == null;
  }

  /**
   * Whether a word beside a lone name can be the rest of its name: a name word and no common word,
   * head, verb, link, feminine noun, word after و or word with a pronoun.
   */
  private boolean fullNameWord(TaggedField field, int t) {
    String word = field.normalised().get(t);
    return cues.isNameWord(field, t) && !cues.isCommonWord(word) && cues.head(word) == null && !cues.isVerb(word)
        && !cues.links.contains(word) && afterWaw(word) == null && !written(field, t).endsWith("ة")
        && !endsWithPronoun(written(field, t));
  }

  /**
   * The end of a name that starts at {@code start}: up to two words, more after a link (بن، عبد، آل),
   * a link and its word counting as one (عبد المنعم عبد المقصود).
   */
  private int nameEnd(TaggedField field, boolean[] known, int start) {
    List<String> words = field.normalised();
    if (known[start] || !cues.isNameWord(field, start) || withArticle(field, start)) {
      return start;
    }
    int end = start + 1;
    int parts = cues.links.contains(words.get(start)) ? 0 : 1;
    while (end < words.size() && (parts < MAX_NAME_WORDS || cues.links.contains(words.get(end - 1)))
        && field.joined(end - 1) && !known[end] && cues.isNameWord(field, end) && cues.head(words.get(end)) == null) {
      if (!cues.links.contains(words.get(end))) {
        parts++;
      }
      end++;
    }
    while (end > start && cues.links.contains(words.get(end - 1))) {
      end--;
    }
    return end;
  }

  private void shortForms(TaggedField field, boolean[] known, Map<String, List<Evidence>> found, Map<String, String> shortForms) {
    if (shortForms.isEmpty()) {
      return;
    }
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i < words.size(); i++) {
      if (known[i]) {
        continue;
      }
      for (String reading : readings(words.get(i))) {
        String id = shortForms.get(reading);
        if (id != null && !(i > 0 && id.endsWith(words.get(i - 1) + "-" + reading))) {
          Evidence e = field.evidence(i, 1);
          List<Evidence> list = found.get(id);
          if (list.stream().noneMatch(x -> x.holds(e))) {
            list.add(e);
          }
          break;
        }
      }
    }
  }

  /**
   * The discovered people of the document whose full names begin with a word, given as its {@link
   * #readings}. One is the person a lone given name means (غاريت after غاريت ماثياس: a story calls a
   * private person by the given name; an abstract cut after a given name); of two or more it means
   * one, so it is no person of its own.
   */
  private static List<String> fullNamesBeginningWith(List<String> forms, Map<String, List<Evidence>> found) {
    List<String> named = new ArrayList<>(2);
    for (String id : found.keySet()) {
      if (DiscoveredActors.isPerson(id)) {
        List<String> words = DiscoveredActors.words(id);
        if (words.size() > 1 && forms.contains(words.get(0))) {
          named.add(id);
        }
      }
    }
    return named;
  }

  /** Whether a title stands right before the word at {@code start}, in the same clause. */
  private boolean afterTitle(TaggedField field, int start) {
    return start > field.firstTagged() && field.joined(start - 1) && cues.isTitle(field.normalised().get(start - 1));
  }

  /**
   * Whether a name at {@code start} is a place's or a body's namesake (مدينة الملك عبدالله الرياضية، مطار
   * شارل ديغول، استاد الأمير فيصل بن فهد: kb/words/namesake-heads.txt), with or without a title between:
   * the person is not mentioned, as the knowledge base's people are not there either.
   */
  private boolean namesakeBefore(TaggedField field, int start) {
    List<String> words = field.normalised();
    int before = start - 1;
    if (before < field.firstTagged() || !field.joined(before)) {
      return false;
    }
    if (cues.isTitle(words.get(before)) && before - 1 >= field.firstTagged() && field.joined(before - 1)) {
      before--;
    }
    return cues.isNamesakeHead(field, before);
  }

  private void addPerson(Map<String, List<Evidence>> found, Map<String, String> shortForms, TaggedField field,
      int start, int end, boolean[] known) {
    // A verb the news writes after التي، قد، لم ends no name: the sentence's predicate follows the name
    // (مارسيلو يقر، كريستينا تمثل), unless the word is a known given or family name (حافظ، صدر). What
    // is left names someone only when it is a given name (not حين قاد، ملف نشر).
    boolean predicate = false;
    while (end - start >= 2 && cues.isVerbNoName(field.normalised().get(end - 1))) {
      end--;
      predicate = true;
    }
    if (predicate && end - start == 1 && cues.knownGivenName(field.normalised().get(start)) == null) {
      return;
    }
    // A word with a preposition and article joined (للانتقال، للصحفيين), or و joined to another name or a
    // common word (joinsAnother), is in no person's name. Before one, two words or more are a name (فريد
    // سانتوس للانتقال); a lone word is more often a company's or a league's (ماهر للتجارة، هوارد للإصلاح),
    // the end of a title (مستشار مون للأمن) or a list's first name (نور ومحمد) than someone named alone.
    boolean foreignName = cues.foreignGivenNames.contains(field.normalised().get(start));
    for (int t = start + 1; t < end; t++) {
      if (field.normalised().get(t).startsWith(ArabicMorphology.LAM_LAM) || joinsAnother(field.normalised().get(t), foreignName)) {
        if (t - start == 1) {
          return;
        }
        end = t;
      }
    }
    List<String> name = new ArrayList<>(field.normalised().subList(start, end));
    name.set(0, nameStart(name.get(0), field.tokens().get(start).text(), afterTitle(field, start)));
    if (placeNames.contains(String.join(" ", name)) || namesakeBefore(field, start) || onlyANationality(name)
        || nounBeforeGenitive(name)) {
      return;
    }
    String id = DiscoveredActors.id(ActorType.PERSON, name);
    DiscoveredActors.addEvidence(found, id, field, start, end - start, known);
    String last = name.get(name.size() - 1);
    if (last.length() >= MIN_SHORT_FORM) {
      shortForms.putIfAbsent(last, id);
    }
  }

  /**
   * Whether a name's first word is a given name that is also a noun opening a genitive and its second a
   * common word no given name (أسماء المعتقلين، أسماء قادة: "the names of"): the sentence, no name.
   */
  private boolean nounBeforeGenitive(List<String> name) {
    return name.size() >= 2 && cues.nounGivenNames.contains(name.get(0)) && commonWordNoName(name.get(1));
  }

  /**
   * Whether a word is و joined to another name or a common word (ساوول وكوكي، نور ومحمد رياض، بيني وبين):
   * the list's or the sentence's next part, no name's. A family name that begins with و (ويلسون، وايت) or a
   * given name that does (وليد) is no و and a word; after a foreign given name only another name is
   * taken for one, as foreign family names with w read as و and a common word (ويلبي، ووكر، وارد).
   */
  private boolean joinsAnother(String word, boolean afterForeignName) {
    String rest = afterWaw(word);
    if (rest == null || cues.givenNames.contains(word) || cues.surnames.contains(word)) {
      return false;
    }
    return cues.givenNames.contains(rest) || (!afterForeignName && cues.cliticOnCommonWord(word));
  }

  /**
   * Whether a name is a given name that is also a nationality without its article (تركي: Turki, or "a
   * Turk"; جورجي: Jorge, or "a Georgian") alone or before a verb or an indefinite common word (تركي
   * يعتدي، تركي رفيع), where a name goes on with a link or a family name (تركي بن بندر، تركي العمّار،
   * جورجي مينديز).
   */
  private boolean onlyANationality(List<String> name) {
    if (!nationalities.contains("ال" + name.get(0))) {
      return false;
    }
    String next = name.size() == 1 ? null : name.get(1);
    return next == null || cues.isVerb(next) || (!ArabicMorphology.isDefinite(next) && cues.isCommonWord(next));
  }

  /**
   * A person's first word as the name begins: a known given name without its clitic; else without a
   * conjunction و, but a ف stays (فيكتور، فريدمان: names begin with ف far more often than ف joins one),
   * and right after a title it stays whatever the word reads as.
   */
  private String nameStart(String word, String written, boolean afterTitle) {
    // Right after a title ف is no conjunction (الطبيبة فانيا غانت is Vanya, not Anya); و may be, where a
    // title word ends a list's item (الممثلين محمد رمضان وعماد…).
    if (afterTitle && word.charAt(0) == 'ف') {
      return word;
    }
    // و before an alef with a hamza is a conjunction: no name begins so (وآرين روبين is Arjen, not Warren).
    if (ArabicMorphology.conjunctionBeforeHamza(written)) {
      word = word.substring(1);
    }
    String given = cues.knownGivenName(word);
    if (given != null) {
      return given;
    }
    // A name that opens with a link word (بن سحيم، أبو مازن) takes و، ب or ل in front as a clitic (تغريدة لبن سحيم).
    if (word.length() > 2 && "وبل".indexOf(word.charAt(0)) >= 0 && cues.links.contains(word.substring(1))) {
      return word.substring(1);
    }
    return word.charAt(0) == 'ف' ? word : nameWithoutConjunction(word);
  }

  /**
   * An organisation's first word as the name begins when it is no head: without the clitics in front of
   * its article, but a ف stays, as at a person's first word (فوكس نيوز، فارك، فيسل كوبي).
   */
  private String organisationStart(String word) {
    return word.charAt(0) == 'ف' ? word : withoutClitics(word);
  }

  /**
   * Whether a word from {@code from} to {@code to} is و with a verb or an accusative (ويقول، وشعبا). (Not
   * ف: a ف with a verb, فتعمل، is also how names begin, فتحي، فيليب.)
   */
  private static boolean joinsAVerb(List<String> words, int from, int to) {
    for (int t = from; t < to; t++) {
      if (conjoined(words.get(t))) {
        return true;
      }
    }
    return false;
  }

  /** A title, also with a preposition in front (للأمير، بالرئيس). */
  private boolean titleWord(String word) {
    return asWrittenOrBehindClitics(word, cues::isTitle);
  }

  /**
   * A name's first word without the clitics in front of its article (للقوات → القوات، بالهيئة → الهيئة);
   * otherwise without a conjunction only (a name may begin with ل or ب: لافارج), unless its و is the
   * root's (وحدة مكافحة الإرهاب).
   */
  private String withoutClitics(String word) {
    if (articleBehindClitic(word)) {
      for (String form : ArabicMorphology.withArticleKept(word)) {
        if (form.startsWith(ARTICLE)) {
          return form;
        }
      }
    }
    return nameWithoutConjunction(word);
  }

  /** A name's first word without a conjunction (و، ف) in front, unless its و is the root's (وحدة، ولاية: waw-root-words.txt). */
  private String nameWithoutConjunction(String word) {
    return cues.rootWawWords.contains(word) ? word : withoutConjunction(word);
  }

  private static String withoutConjunction(String word) {
    return ArabicMorphology.withoutConjunction(word);
  }

  private enum Gap { JOINED, COMMA, BREAK }

  private static Gap gap(TaggedField field, int token) {
    if (field.joined(token)) {
      return Gap.JOINED;
    }
    if (token + 1 >= field.tokens().size()) {
      return Gap.BREAK;
    }
    String between = between(field, token);
    return between.equals("،") || between.equals(",") ? Gap.COMMA : Gap.BREAK;
  }

  /** Which words name a person ({@code ids}: the actor id at each word, as {@link TaggedField#idsAt}). */
  private boolean[] people(String[] ids) {
    boolean[] person = new boolean[ids.length];
    for (int t = 0; t < ids.length; t++) {
      person[t] = kb.isPerson(ids[t]);
    }
    return person;
  }

  private static boolean[] covered(TaggedField field, Map<String, List<Evidence>> evidence) {
    return covered(field.idsAt(evidence));
  }

  /** Which words an id covers. */
  private static boolean[] covered(String[] ids) {
    boolean[] covered = new boolean[ids.length];
    for (int t = 0; t < ids.length; t++) {
      covered[t] = ids[t] != null;
    }
    return covered;
  }

}
