package org.marsad.enrich;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * The word lists open-world actor recognition reads ({@code kb/words/}, each file says its source):
 * titles before a person's name (name-titles.txt with actor-titles.txt), words that head an
 * organisation's name (organisation-heads.txt, {@code *} for heads that take a bare name), beginnings
 * that are no organisation (not-organisations.txt), words that end a name (name-stops.txt with
 * name-ends.txt and Lucene's Arabic stop words), words that link a name's parts (name-links.txt), given names (given-names.txt, given-names-common.txt, given-names-foreign.txt) and family names (surnames.txt),
 * words a name follows whatever it is (name-introducers.txt), words of an age in brackets (age-words.txt) or after a comma (age-openers.txt)
 * and of a body named in Latin letters (latin-organisation-words.txt); and, over these lists, whether a
 * word is a head, a title or can be part of a name. Folded as the tagger matches. Immutable and thread safe.
 */
final class ActorCues {

  final Set<String> titles;
  /** Ranks and honorifics a body's name never holds (rank-titles.txt), folded: they begin what follows it. */
  final Set<String> ranks;
  /** Words a name follows whatever it is (name-introducers.txt: واسمه، تُدعى), among {@link #titles} too. */
  final Set<String> introducers;
  final Set<String> heads;
  /** Heads that take a bare name after them (حزب الأصالة، شركة أرامكو), marked {@code *} in the file. */
  final Set<String> bareNameHeads;
  /** Heads that head a name only before quotation marks (marked {@code !}): تنظيم اللقاء is "organising the meeting". */
  final Set<String> quotedNameHeads;
  /** Heads that name a kind of body unless a country ends the name (قوات الأمن الأفغانية), marked {@code +}. */
  final Set<String> countryHeads;
  /** News agencies' heads, cited as sources (وكالة رويترز للأنباء، وكالة "تاس"), marked {@code -}: no chain, no quoted name. */
  final Set<String> sourceHeads;
  /** Heads that take no quoted name (marked {@code ^}: جهاز "ويسبر" is a device), folded. */
  final Set<String> unquotedHeads;
  /**
   * Heads after which one common noun with the article names a kind of body, as it does without it
   * (شركة الأدوية, "the drug company", as شركة أدوية), marked {@code =}.
   */
  final Set<String> kindHeads;
  /** Heads that take a bare name no lexicon knows where the name closes (marked ~: معهد هدسون إن), folded. */
  final Set<String> closedNameHeads;
  /** Folded beginnings of names that are not actors (وكالة الأنباء): read by {@link #beginsNoBody}. */
  private final Set<String> notOrganisations;
  /** Folded words with the article that describe a body after its name (الحاكم، الذي), not another body. */
  final Set<String> bodyDescriptors;
  /**
   * Words that end a name: the lists' and Lucene's Arabic stop words (folded, those that are also name
   * words left out: فان, Van), so that no name the rules read holds one (ما ورد، ومن لندن).
   */
  final Set<String> ends;
  /** The lists' words that end a name alone, without Lucene's stop words. */
  private final Set<String> listedEnds;
  final Set<String> links;
  /** Links that open a compound given name (عبد، أبو): a name may begin with them. */
  final Set<String> openers;
  final Set<String> givenNames;
  /** The given names of given-names.txt and given-names-common.txt, without the foreign list's. */
  final Set<String> commonGivenNames;
  /** The given names written for the news most often (given-names-common.txt): many people of a text share them. */
  final Set<String> everydayGivenNames;
  /**
   * Foreign given names (given-names-foreign.txt): kept off Arabic words when the list was made, so on
   * a sport page one followed by another name word is a player or a coach (أنطوني مارسيال); elsewhere
   * one followed by a name word that is no common word (commonWords) is a person (كيفن غارينغر).
   */
  final Set<String> foreignGivenNames;
  /**
   * Counterparts (team-counterparts.txt: نظيره، نظيريه…): on a sport page the other side by its
   * adjective (MatchOpponents), elsewhere an office holder's counterpart (OfficeCounterparts).
   */
  final Set<String> counterparts;
  /** Words the news writes mostly right after a given name: family names (surnames.txt, generated). */
  final Set<String> surnames;
  /** Words the news writes often and seldom after a given name (common-words.txt, generated): no family names. */
  final Set<String> commonWords;
  /**
   * Words the news writes with the article in most of their uses (article-nouns.txt, generated): common
   * nouns and adjectives (طيران، استشارات، أمريكية), where places and names (طهران، دبي، فتح) seldom take it.
   */
  private final Set<String> articleNouns;
  /**
   * Words the news writes right after a relative pronoun or a verb's particle often enough to be verbs
   * (verbs.txt, generated: فازت، تساعد، أصيب), which names almost never are.
   */
  private final Set<String> verbs;
  /** The four sets {@link #isArabicWord} reads, as one: one lookup for the words of every text. */
  private final Set<String> arabicWords;
  /** Definite nouns a club's bare name follows as the club (club-nouns.txt: النادي الأهلي), not as an adjective. */
  private final Set<String> clubNouns;
  /** A minister's title (minister-titles.txt): the ministry's bare name after it is the office's. */
  private final Set<String> ministerTitles;
  /** Words for a trophy (trophy-words.txt: كأس): a body's name after one is the competition's. */
  private final Set<String> trophyWords;
  /** Words that attach a body to its parent (parent-links.txt: التابع): the parent after one is named too. */
  private final Set<String> parentLinks;
  /** Verbs of saying (speech-verbs.txt): a name right after one, closed by إن, a comma or a title, is the speaker. */
  final Set<String> speechVerbs;
  /** Words that open what was said (reported-speech.txt: إن، أن), closing the speaker's name. */
  final Set<String> reportedSpeech;
  /** Words that open an apposition after a name and a comma (appositive-openers.txt: الذي، أحد). */
  final Set<String> appositives;
  /** Words inside an office that are neither definite nor names (office-links.txt: باسم، لدى، ركن). */
  final Set<String> officeLinks;
  /** Words of an age in brackets after a name (age-words.txt: عاما، سنة). */
  final Set<String> ageWords;
  /** Phrases that open an age after a comma (age-openers.txt: البالغ من العمر). */
  final Set<String> ageOpeners;
  /** Their first words, so that a word that opens none is passed over without reading on. */
  private final Set<String> ageOpenerStarts;
  /** Words that make capitalised Latin words a body's name (latin-organisation-words.txt: Group, Services). */
  final Set<String> latinOrganisationWords;
  /** Words that join a Latin body's name (marked {@code ~} there: of, and). */
  final Set<String> latinNameLinks;
  /** Office links only after an office word and before a definite word, a country or a body (marked {@code >}: في). */
  final Set<String> officeLinksBeforeNames;
  /** Words opening the name of a body named after a person (مركز الملك سلمان): its namesake is not mentioned. */
  final Set<String> namesakeHeads;
  /** Words that name a government after its leader (leader-governments.txt: نظام الأسد، حكومة نتنياهو). */
  final Set<String> leaderGovernmentHeads;
  /** Possessives that name the government of the person named before them (إدارته), to their noun (إدارة). */
  final Map<String, String> leaderGovernmentPronouns;
  /** A bare government's words (bare-bodies.txt: الحكومة), folded. */
  final Set<String> bareGovernments;
  /** Words before a bare body that make it part of an office or another body (marked {@code -}: رئيس، قوات، مركز). */
  final Set<String> bareBodyParts;
  /** Adjectives after a bare body that leave it the text's country's (marked {@code +}: الجديدة، المركزية). */
  final Set<String> bareBodyAdjectives;
  /** Links that put a father's name after a person's own (marked {@code ^} in name-links.txt: بن، بنت). */
  final Set<String> lineageLinks;
  /** Links that only stand between a name's words (marked {@code <} in name-links.txt: ولد), never first. */
  final Set<String> innerLinks;
  /** Kin words with a possessive (ابنته، زوجته): a given name right after one is a relative. */
  final Set<String> kinship;
  /** Kin nouns in the construct state (kin-nouns.txt: والد نورا): a relative's description, never a word of a name; folded. */
  final Set<String> kinNouns;
  /** Titles that are also family names (title-family-names.txt): شوقي السيد، علي الأمين. */
  final Set<String> titleFamilyNames;
  /** Given names written as a common word (word-given-names.txt: مات), as written. */
  private final Set<String> wordGivenNames;
  /** The same, folded: a first look with the word the tagger already holds, before reading it as written. */
  private final Set<String> wordGivenNamesFolded;
  /** Given names that are also nouns opening a genitive (noun-given-names.txt: خليفة "successor", أسماء "names"), folded. */
  final Set<String> nounGivenNames;
  /** Dual and plural heads of bodies and their singular (organisation-plurals.txt: وزارتي → وزارة), folded. */
  final Map<String, String> organisationSingulars;
  /**
   * Word-ending and function words as written whose folded form is also a name word: على folds to علي
   * as Ali does, فإن to فان as Van does, and they are in nearly every sentence, so they are read as
   * written.
   */
  final Set<String> stopWordsLikeNameWords;

  /** Demonstratives (هذه، لهذه): a weak name after one is the common noun (هذه القاعدة). */
  final Set<String> demonstratives;

  /** Nouns a group's name opens with as a genitive's first half (construct-name-words.txt: أنصار، جند), folded. */
  final Set<String> constructNameWords;

  /** Words whose و is the root's (وحدة، ولاية): a name's first word keeps it (waw-root-words.txt), folded. */
  final Set<String> rootWawWords;

  ActorCues(ArabicNormaliser normaliser) {
    introducers = WordList.folded(normaliser, "name-introducers.txt");
    titles = WordList.folded(normaliser, "name-titles.txt", "actor-titles.txt", "name-introducers.txt");
    ranks = WordList.folded(normaliser, "rank-titles.txt");
    List<String> marked = WordList.read("organisation-heads.txt");
    heads = WordList.fold(normaliser, marked.stream().map(WordList::withoutMarks).toList());
    quotedNameHeads = WordList.fold(normaliser, WordList.markedWith(marked, "!"));
    Set<String> bare = new HashSet<>(WordList.fold(normaliser, WordList.markedWith(marked, "*")));
    bare.addAll(quotedNameHeads);
    bareNameHeads = Set.copyOf(bare);
    countryHeads = WordList.fold(normaliser, WordList.markedWith(marked, "+"));
    sourceHeads = WordList.fold(normaliser, WordList.markedWith(marked, "-"));
    unquotedHeads = WordList.fold(normaliser, WordList.markedWith(marked, "^"));
    kindHeads = WordList.fold(normaliser, WordList.markedWith(marked, "="));
    closedNameHeads = WordList.fold(normaliser, WordList.markedWith(marked, "~"));
    notOrganisations = WordList.folded(normaliser, "not-organisations.txt");
    bodyDescriptors = WordList.folded(normaliser, "body-descriptors.txt");
    Set<String> endWords = new HashSet<>(WordList.folded(normaliser, "name-stops.txt", "name-ends.txt"));
    links = WordList.folded(normaliser, "name-links.txt");
    everydayGivenNames = WordList.folded(normaliser, "given-names-common.txt");
    Set<String> common = new HashSet<>(WordList.folded(normaliser, "given-names.txt"));
    common.addAll(everydayGivenNames);
    commonGivenNames = Set.copyOf(common);
    foreignGivenNames = WordList.folded(normaliser, "given-names-foreign.txt");
    Set<String> given = new HashSet<>(commonGivenNames);
    given.addAll(foreignGivenNames);
    givenNames = Set.copyOf(given);
    listedEnds = Set.copyOf(endWords);
    // After the given names and links: a stop word that is also a name word (فان, Van) stays out.
    luceneStopWords(normaliser).stream().filter(w -> !nameLike(w)).forEach(endWords::add);
    ends = Set.copyOf(endWords);
    openers = WordList.folded(normaliser, "name-openers.txt");
    surnames = WordList.generated("surnames.txt");
    counterparts = WordList.folded(normaliser, "team-counterparts.txt");
    commonWords = WordList.generated("common-words.txt");
    articleNouns = WordList.generated("article-nouns.txt");
    verbs = WordList.generated("verbs.txt");
    arabicWords = Stream.of(commonWords, articleNouns, commonGivenNames, verbs).flatMap(Set::stream)
        .collect(Collectors.toUnmodifiableSet());
    clubNouns = WordList.folded(normaliser, "club-nouns.txt");
    ministerTitles = WordList.folded(normaliser, "minister-titles.txt");
    trophyWords = WordList.folded(normaliser, "trophy-words.txt");
    parentLinks = WordList.folded(normaliser, "parent-links.txt");
    speechVerbs = WordList.folded(normaliser, "speech-verbs.txt");
    reportedSpeech = WordList.folded(normaliser, "reported-speech.txt");
    appositives = WordList.folded(normaliser, "appositive-openers.txt");
    ageWords = WordList.folded(normaliser, "age-words.txt");
    ageOpeners = WordList.folded(normaliser, "age-openers.txt");
    ageOpenerStarts = ageOpeners.stream().map(p -> p.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
    WordList.Marked latin = WordList.foldedByMark(normaliser, "latin-organisation-words.txt", "~");
    latinNameLinks = latin.marked();
    latinOrganisationWords = latin.plain();
    WordList.Marked links = WordList.foldedByMark(normaliser, "office-links.txt", ">");
    officeLinksBeforeNames = links.marked();
    officeLinks = links.plain();
    kinship = WordList.folded(normaliser, "kinship.txt");
    kinNouns = WordList.folded(normaliser, "kin-nouns.txt");
    titleFamilyNames = WordList.folded(normaliser, "title-family-names.txt");
    List<String> wordGiven = WordList.read("word-given-names.txt");
    wordGivenNames = Set.copyOf(wordGiven);
    wordGivenNamesFolded = WordList.fold(normaliser, wordGiven);
    nounGivenNames = WordList.folded(normaliser, "noun-given-names.txt");
    organisationSingulars = WordList.foldedPairs(normaliser, "organisation-plurals.txt");
    namesakeHeads = WordList.folded(normaliser, "namesake-heads.txt");
    demonstratives = WordList.folded(normaliser, "demonstratives.txt");
    rootWawWords = WordList.folded(normaliser, "waw-root-words.txt");
    constructNameWords = WordList.folded(normaliser, "construct-name-words.txt");
    List<String> leaderGovernments = WordList.read("leader-governments.txt");
    leaderGovernmentHeads = WordList.fold(normaliser, leaderGovernments.stream().filter(w -> !w.contains("<")).toList());
    leaderGovernmentPronouns = leaderGovernments.stream().filter(w -> w.contains("<")).map(w -> w.split("<"))
        .collect(Collectors.toUnmodifiableMap(pair -> normaliser.fold(pair[0].strip()), pair -> normaliser.fold(pair[1].strip())));
    List<String> bareBodies = WordList.read("bare-bodies.txt");
    bareBodyParts = WordList.fold(normaliser, WordList.markedWith(bareBodies, "-"));
    bareBodyAdjectives = WordList.fold(normaliser, WordList.markedWith(bareBodies, "+"));
    bareGovernments = WordList.fold(normaliser, WordList.notMarkedWith(bareBodies, "-", "+"));
    List<String> nameLinks = WordList.read("name-links.txt");
    lineageLinks = WordList.fold(normaliser, WordList.markedWith(nameLinks, "^"));
    innerLinks = WordList.fold(normaliser, WordList.markedWith(nameLinks, "<"));
    Set<String> stopWords = new HashSet<>();
    for (String file : List.of("name-stops.txt", "name-ends.txt")) {
      WordList.read(file).stream().filter(w -> nameLike(normaliser.fold(w))).forEach(stopWords::add);
    }
    stopWordsLikeNameWords = Set.copyOf(stopWords);
  }

  /** Lucene's Arabic stop words, folded (its set holds them as char arrays). */
  static Set<String> luceneStopWords(ArabicNormaliser normaliser) {
    Set<String> words = new HashSet<>();
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      words.add(normaliser.fold(new String((char[]) word)));
    }
    return words;
  }

  /**
   * A name's words without a first word that only stands between a name's words: ولد فالس (and Valls
   * was born, or a Mauritanian's short form) is read as فالس where a fuller name may hold it.
   */
  List<String> withoutInnerLinkFirst(List<String> words) {
    return words.size() > 1 && innerLinks.contains(words.get(0)) ? words.subList(1, words.size()) : words;
  }

  /**
   * Whether a word hints that a name is near, so that the name model should read its sentence: a
   * title, a head of organisations' names as organisation-heads.txt writes it (وزارة، هيئة، الجيش; not
   * with an article the list does not write, الوزارة, which mostly refers back to a body already
   * named), or a known given name, alone or after a conjunction (وعلي). Other clitics are not read off
   * here, as most such words are common ones (بيان is ب + يان, بدون is ب + دون), and a function word
   * whose folded form is a given name (على, folded as علي) is no hint.
   *
   * @param folded the word as the tagger folds it
   * @param written the word as the text writes it
   */
  boolean hintsAtName(String folded, String written) {
    String bare = ArabicMorphology.withoutConjunction(folded);
    return titles.contains(folded) || titles.contains(bare) || heads.contains(folded) || heads.contains(bare)
        || writtenAsGivenName(folded, written);
  }

  /**
   * Whether a word is a known given name, alone or after the conjunction و, and not a function word
   * whose folded form is one (على, folded as علي).
   *
   * @param folded the word as the tagger folds it
   * @param written the word as the text writes it
   */
  boolean writtenAsGivenName(String folded, String written) {
    return givenName(folded) && !writtenAsStopWord(written);
  }

  /** Whether a folded word is a known given name, alone or after و. */
  private boolean givenName(String folded) {
    return givenNames.contains(folded) || givenNames.contains(ArabicMorphology.withoutConjunction(folded));
  }

  /** Whether a word as written, marks aside (فإنّ), is a stop word whose folded form is a name word. */
  private boolean writtenAsStopWord(String written) {
    String bare = ArabicNormaliser.withoutMarks(written);
    return stopWordsLikeNameWords.contains(bare)
        || stopWordsLikeNameWords.contains(ArabicMorphology.withoutConjunction(bare));
  }

  /**
   * Whether a word ends a name (name-stops.txt, name-ends.txt), read as written where its folded form
   * is also a name word: على ends one, علي (Ali) does not; فإن ends one, فان (Van) does not.
   *
   * @param folded the word as the tagger folds it
   * @param written the word as the text writes it
   */
  boolean endsName(String folded, String written) {
    return endsName(folded, written, ends);
  }

  private boolean endsName(String folded, String written, Set<String> stops) {
    if (!stops.contains(folded)) {
      return false;
    }
    return !nameLike(folded) || writtenAsStopWord(written);
  }

  /** Whether a folded word is a given name (alone or after و) or a link inside names. */
  private boolean nameLike(String folded) {
    return givenName(folded) || links.contains(folded);
  }

  /** Whether a word may begin a phrase that opens an age (age-openers.txt). */
  boolean mayOpenAge(String word) {
    return ageOpenerStarts.contains(word);
  }

  /**
   * The head word when a word heads an organisation's name, else null: without و ف ب ل, with the
   * article kept (وبالهيئة → الهيئة, للمجلس → المجلس; a bare head stays bare: لوزارة → وزارة), as
   * {@link ArabicMorphology#withArticleKept} reads it.
   */
  String head(String word) {
    if (heads.contains(word)) {
      return word;
    }
    for (String form : ArabicMorphology.withArticleKept(word)) {
      if (heads.contains(form)) {
        return form;
      }
    }
    return null;
  }

  /**
   * Whether a word opens a description of the name before it: a title or an apposition's opener
   * (ليندا توم، المتحدثة باسم…؛ …، الذي…; appositive-openers.txt).
   */
  boolean opensDescription(String word) {
    return isTitle(word) || appositives.contains(word);
  }

  /** Whether a word is a title (name-titles.txt, actor-titles.txt), also after a conjunction. */
  boolean isTitle(String word) {
    return titles.contains(word) || titles.contains(ArabicMorphology.withoutConjunction(word));
  }

  /** Whether a head and the word after it begin as no body's name does (not-organisations.txt: لجنة التحكيم، حركة المرور). */
  boolean beginsNoBody(String head, String next) {
    return notOrganisations.contains(head + " " + next);
  }

  /** Whether a word is a noun a club's bare name follows as the club (club-nouns.txt), also after و (والنادي). */
  boolean isClubNoun(String word) {
    return clubNouns.contains(ArabicMorphology.withoutConjunction(word));
  }

  /** Whether a word attaches a body to its parent (parent-links.txt), as written or behind clitics (والتابعة). */
  boolean isParentLink(String word) {
    return listedAsWrittenOrBehindClitics(parentLinks, word);
  }

  /**
   * Whether the word at {@code t} follows a trophy's word (trophy-words.txt), as written or behind
   * clitics (بكأس، لكأس): a body's name there is the competition's (كأس الاتحاد الإنجليزي).
   */
  boolean followsTrophyWord(TaggedField field, int t) {
    return t > 0 && field.joined(t - 1) && listedAsWrittenOrBehindClitics(trophyWords, field.normalised().get(t - 1));
  }

  /**
   * Whether a word, as written or behind its clitics (ومركز، لمركز; its readings hold both), opens a
   * namesake's name (kb/words/namesake-heads.txt).
   */
  boolean isNamesakeHead(TaggedField field, int token) {
    if (field.tokens().get(token).text().endsWith("ه")) {
      return false; // folding writes ة as ه: مكتبه ("his office") is no مكتبة
    }
    for (ArabicMorphology.Reading r : field.readings().get(token)) {
      if (r.suffix().isEmpty() && !ArabicMorphology.hasArticle(r.prefix()) && namesakeHeads.contains(r.core())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is a minister's title (minister-titles.txt), as written or behind clitics (ووزير، لوزيرة). */
  boolean isMinisterTitle(String word) {
    return listedAsWrittenOrBehindClitics(ministerTitles, word);
  }

  /**
   * Whether a word is one the news writes often and seldom after a given name (common-words.txt), as
   * written or behind a clitic (بخطاب، لاكثر).
   */
  boolean isCommonWord(String word) {
    return listedAsWrittenOrBehindClitics(commonWords, word);
  }

  /**
   * Whether a folded word is a word or a given name of Arabic: a common word, a noun the news writes
   * with the article, a verb or one of the Arabic given names (not the foreign list's).
   */
  boolean isArabicWord(String word) {
    return arabicWords.contains(word);
  }

  /**
   * Whether a folded word is one the news writes as a word of its own: a given name, a family name, a
   * common word, a noun it writes with the article or a verb (the generated and written lists above).
   */
  boolean isListedWord(String word) {
    return isArabicWord(word) || foreignGivenNames.contains(word) || surnames.contains(word);
  }

  /**
   * A body's first word without the preposition ل joined to it (لطيران التحالف، لسلاح الجو):
   * read off when the rest is a head or a word the news mostly writes with the article, and the word
   * itself is neither (لجنة، ليفربول، لواء keep it: a name begins with ل far more often than ل joins one).
   */
  String withoutPreposition(String word) {
    // لل is ل with the article, which the name's start reads off as other clitics are (للقوات → القوات).
    if (word.length() > 3 && word.charAt(0) == 'ل' && word.charAt(1) != 'ل' && head(word) == null
        && !articleNouns.contains(word)) {
      String rest = word.substring(1);
      if (head(rest) != null || articleNouns.contains(rest)) {
        return rest;
      }
    }
    return word;
  }

  /**
   * Whether a folded word is a verb: by its shape ({@link WordShapes#readsAsVerb}: يتهم، تبحث) or as
   * the news writes it after التي، قد، لم (verbs.txt: فازت، أسست), as written or behind و or ف.
   */
  boolean isVerb(String word) {
    return WordShapes.readsAsVerb(word) || verbs.contains(word)
        || ((word.startsWith("و") || word.startsWith("ف")) && verbs.contains(word.substring(1)));
  }

  /** Whether the word at {@code t} cannot go on a name: a function word or a verb (زاو هتاي رفض، أتاي أوصلو في). */
  boolean endsAName(TaggedField field, int t) {
    String word = field.normalised().get(t);
    return endsName(word, WordShapes.written(field, t)) || isVerbNoName(word);
  }

  /**
   * Whether a name closes before the word at {@code t}: the text's or a clause's end, reported speech, a
   * verb or a function word; not a word with the article, which may go on an office (الأمين العام).
   */
  boolean nameClosesAt(TaggedField field, int t) {
    List<String> words = field.normalised();
    return t >= words.size() || WordShapes.endsClause(field, t - 1) || (field.joined(t - 1) && !WordShapes.withArticle(field, t)
        && (reportedSpeech.contains(words.get(t)) || endsAName(field, t)));
  }

  /**
   * Where a name of one or two words after {@code opener} ends when the sentence closes it ({@link
   * #nameClosesAt}), or -1: each word joined to the one before, not known, and one {@code nameWord} accepts.
   */
  int closedNameEnd(TaggedField field, boolean[] known, int opener, IntPredicate nameWord) {
    int end = opener + 1;
    while (end < field.normalised().size() && end - opener <= 2 && field.joined(end - 1) && !known[end] && nameWord.test(end)) {
      end++;
    }
    return end > opener + 1 && nameClosesAt(field, end) ? end : -1;
  }

  /** Whether the word at {@code t} is a given name written as a common word (word-given-names.txt: مات). */
  boolean isWordGivenName(TaggedField field, int t) {
    return wordGivenNamesFolded.contains(field.normalised().get(t)) && wordGivenNames.contains(WordShapes.written(field, t));
  }

  /** Whether a folded word is in verbs.txt as written and is no known given name or family name. */
  boolean isVerbNoName(String word) {
    return verbs.contains(word) && !givenNames.contains(word) && !surnames.contains(word);
  }

  /**
   * Whether a folded word is a clitic و، ب or ل on a common word (common-words.txt: وطواقم، بعنف، لوقف):
   * a phrase of the sentence going on, where a name is written without one (بوينغ، لافارج).
   */
  boolean cliticOnCommonWord(String word) {
    return word.length() >= 4 && (word.startsWith("و") || word.startsWith("ب") || word.startsWith("ل"))
        && commonWords.contains(word.substring(1));
  }

  /**
   * Whether a word, after an organisation's head, only says what kind of body it is: without the
   * article, and one the news mostly writes with it (article-nouns.txt: شركة طيران، قوات أمن، تحالف
   * عسكري, "an airline", "security forces"), where a body's name is definite or a word that seldom
   * takes the article (جامعة طهران، حركة فتح، شركة طيران الإمارات).
   */
  boolean isKindWord(String word) {
    return !ArabicMorphology.isDefinite(word) && articleNouns.contains(word);
  }

  /** Whether a folded word, as written or with the clitics in front of it read off, is one of {@code words}. */
  private static boolean listedAsWrittenOrBehindClitics(Set<String> words, String word) {
    return WordShapes.readings(word).stream().anyMatch(words::contains);
  }

  /**
   * The known given name a word is, with a clitic in front read off (ومايك، لمحمد، فيصل as it is);
   * null when it is none. A ك ("as") is not read off: it seldom stands before a name, and names begin
   * with it (كميل is no ك + ميل, كريم no ك + ريم).
   */
  String knownGivenName(String word) {
    if (givenNames.contains(word)) {
      return word;
    }
    if ((word.startsWith("ف") || word.startsWith("ب")) && commonWords.contains(word)) {
      return null; // فستان is a dress, not ف + ستان; بيانا a statement, not ب + يانا
    }
    for (ArabicMorphology.Reading r : ArabicMorphology.PLAIN.readings(word, word)) {
      if (r.suffix().isEmpty() && !r.prefix().isEmpty() && !ArabicMorphology.hasArticle(r.prefix())
          && !r.prefix().endsWith("ك") && givenNames.contains(r.core())) {
        return r.core();
      }
    }
    return null;
  }

  /**
   * Whether the word after {@code t}, in the same clause, goes on with a name, so that what stands at
   * {@code t} is no name's end: a known name, a country's word, a link, a given name or a word that
   * reads as a name of its own (فالنتينو روسي، أنخل دي ماريا، روميليو لوكاكو; after a club's adjective,
   * اليوناني دونيس: the adjective is the next person's nationality), but not و with the article, which
   * opens a list's next item.
   *
   * @param known the words known actors or not-names cover
   * @param country the words that name a country
   */
  boolean nameGoesOn(TaggedField field, boolean[] known, boolean[] country, int t) {
    int next = t + 1;
    if (next >= field.normalised().size() || !field.joined(t)) {
      return false;
    }
    String word = field.normalised().get(next);
    // و with the article opens the list's next item (البرازيلي ريتشارليسون والبرازيلي بيرنارد).
    if (word.startsWith("و") && WordShapes.articleBehindClitic(word)) {
      return false;
    }
    return known[next] || country[next] || links.contains(word) || knownGivenName(word) != null || readsAsOwnName(field, next);
  }

  /**
   * Whether the word at {@code t} can be a name of its own, with no cue around it: a name word with no
   * article or head that is no common word or verb and is not shaped as one (هوريا، رافينيا; not قبل،
   * سمت، صفوف).
   */
  boolean readsAsOwnName(TaggedField field, int t) {
    String word = field.normalised().get(t);
    return isNameWord(field, t) && !WordShapes.withArticle(field, t) && head(word) == null && !isCommonWord(word)
        && !isVerb(word) && !WordShapes.shapedAsCommonWord(WordShapes.written(field, t));
  }

  /**
   * Whether words read as a name rather than a noun and its adjective: none definite or a country's,
   * none ending as adjectives and their plurals do (ي، ة، يون), and no plural noun in ون first (مسؤولون
   * أمريكيون; after a verb of saying its subject's plural ends so), nor a dual noun before a dual
   * adjective (مسؤولان أميركيان). A name may end in ين or ون (ديان
   * غرين، ماكرون), and begin with a word in ين (بيرحسين كوليوند), or in ي when that word is no common word
   * (سيسلي سفانيز; not محامي العائلة, قانوني بالتفصيل).
   */
  boolean readsAsName(TaggedField field, boolean[] country, int start, int end) {
    List<String> words = field.normalised();
    String first = words.get(start);
    // A dual noun and its dual adjective of relation (مسؤولان أميركيان، ناشطان سعوديان) are two people, unnamed.
    boolean name = !first.endsWith("ون") && !(first.endsWith("ان") && words.get(end - 1).endsWith("يان"));
    for (int t = start; t < end; t++) {
      String w = words.get(t);
      name &= !WordShapes.withArticle(field, t) && !country[t] && (!w.endsWith("ي") || (t == start && !isCommonWord(w))) && !w.endsWith("ه")
          && !w.endsWith("يون") && !w.endsWith("يين") && !w.endsWith("ات");
    }
    return name;
  }

  /** Whether the word at {@code t} can be part of a name, read as written (علي is Ali, على ends a name). */
  boolean isNameWord(TaggedField field, int t) {
    return isNameWord(field, t, ends);
  }

  /**
   * Whether the word at {@code t} can be part of a name the statistical model found: as {@link
   * #isNameWord(TaggedField, int)}, but a stop word only the lists name ends it. The model has learnt
   * where names hold one (الحكومة المعترف بها دوليا); Lucene's stop words there lost 6 of its names on
   * train and removed no false one.
   */
  boolean isModelNameWord(TaggedField field, int t) {
    return isNameWord(field, t, listedEnds);
  }

  private boolean isNameWord(TaggedField field, int t, Set<String> stops) {
    String word = field.normalised().get(t);
    String written = field.tokens().get(t).text();
    return word.length() >= 2 && !endsName(word, written, stops) && !isTitle(word) && !kinNouns.contains(word)
        && ArabicMorphology.lettersOnly(word) && !withTanween(written) && !writtenAsOn(written);
  }

  /**
   * Whether a word is the preposition على as written (وعلى too): it folds like the name علي, which the
   * news writes with ي (على رأسهم، على استهداف are no people).
   */
  private static boolean writtenAsOn(String written) {
    String bare = ArabicNormaliser.withoutMarks(written);
    return bare.equals("على") || bare.equals("وعلى") || bare.equals("فعلى");
  }

  /**
   * Whether a word is written with a tanween (اعتذاراً، سريعاً): news declines common words so, never
   * a foreign name and hardly an Arabic one.
   */
  private static boolean withTanween(String written) {
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '\u064B' || c == '\u064C' || c == '\u064D') {
        return true;
      }
    }
    return false;
  }

  /** Whether a folded word can be part of a name, its written form unknown. */
  boolean isNameWord(String word) {
    return word.length() >= 2 && !ends.contains(word) && !isTitle(word) && ArabicMorphology.lettersOnly(word);
  }
}
