package org.marsad.enrich;

import static org.marsad.enrich.WordShapes.between;
import static org.marsad.enrich.WordShapes.capitalisedLatin;
import static org.marsad.enrich.WordShapes.conjoined;
import static org.marsad.enrich.WordShapes.endsAsAdjective;
import static org.marsad.enrich.WordShapes.endsAsSoundPlural;
import static org.marsad.enrich.WordShapes.feminine;
import static org.marsad.enrich.WordShapes.hasNisbaEnding;
import static org.marsad.enrich.WordShapes.isNisba;
import static org.marsad.enrich.WordShapes.mayBePossessed;
import static org.marsad.enrich.WordShapes.opensQuote;
import static org.marsad.enrich.WordShapes.readsAsAdjective;
import static org.marsad.enrich.WordShapes.written;
import static org.marsad.solr.analysis.ArabicMorphology.ARTICLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.solr.analysis.ArabicMorphology;

/**
 * Organisations the knowledge base lacks, read off the grammar of their names (the open-world rules'
 * organisation half, {@link OpenWorldActors}): a head word (وزارة، هيئة، حزب; kb/words/organisation-heads.txt)
 * with its genitives and adjectives, a chain of indefinite genitives up to a definite word, its country
 * after في, or a quoted name; and bodies named in Latin letters. Each is a discovered actor with its
 * evidence. Stateless apart from the cue lists; thread safe.
 */
final class OrganisationNames {

  private static final int MAX_ORGANISATION_WORDS = 7;
  /** لكرة ("for …ball", folded) joins a federation or league to its sport: الاتحاد المصري لكرة القدم. */
  private static final String BALL = "لكره";

  private final ActorCues cues;

  OrganisationNames(ActorCues cues) {
    this.cues = cues;
  }

  /**
   * Adds the organisations a field names to {@code found}, marking their words {@code known}.
   *
   * @param known words already read as a known actor or a name (marked as names are found)
   * @param country words the country tagger read as a country's
   */
  void find(TaggedField field, boolean[] known, boolean[] country, Map<String, List<Evidence>> found) {
    headed(field, known, country, found);
    latinOrganisations(field, known, found);
  }

  /** Names that begin with a head word (kb/words/organisation-heads.txt) and run on by their grammar. */
  private void headed(TaggedField field, boolean[] known, boolean[] country, Map<String, List<Evidence>> found) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i < words.size(); i++) {
      String head = cues.head(words.get(i));
      // A country's name that begins with a head word (الاتحاد الروسي) is the country, no body; after a
      // trophy's word (كأس الاتحاد الإنجليزي) the words name the competition.
      if (head == null || known[i] || country[i] || cues.followsTrophyWord(field, i)) {
        continue;
      }
      // ل before اللجنة is written للجنة, as ل before لجنة is: a definite nisba after it (للجنة الدولية,
      // "to the international committee") says the article is there, and the name needs what a head with
      // the article needs (so اللجنة الدولية للصليب الأحمر is one name however it is reached).
      if (i + 1 < words.size() && hidesArticle(words.get(i), head) && isNisba(words.get(i + 1))) {
        head = ARTICLE + head;
      }
      boolean bareHead = !head.startsWith(ARTICLE);
      if (i + 1 < words.size() && cues.beginsNoBody(head, words.get(i + 1))) {
        continue;
      }
      // A head without the article names the body in quotation marks after it, whatever its words
      // (منظمة "تابيلا بولاكو"، حركة "كولومبيا الإنسانية"), unless they are one adjective (جماعة "إرهابية").
      // تنظيم is "organising" far more often than a body's head: only a quoted name makes it one (تنظيم "حراس
      // الدين"). Not a news agency's head (وكالة "تاس", cited as a source), nor a device's (جهاز "ويسبر");
      // a head with the article before quotes is a quotation's subject (وقالت الوزارة "إن…").
      boolean takesQuotedName = !cues.sourceHeads.contains(head) && !cues.unquotedHeads.contains(head);
      if (cues.bareNameHeads.contains(head) || (bareHead && takesQuotedName)) {
        int close = quotedNameEnd(field, known, i);
        if (close > 0) {
          addBody(found, field, head, i, close, known);
          i = close - 1;
          continue;
        }
        if (cues.quotedNameHeads.contains(head)) {
          continue;
        }
      }
      // A head marked ~ takes a bare name of one or two words no lexicon knows where the sentence closes
      // it (معهد هدسون إن، معهد باستور في); a genitive chain still runs on (معهد دراسات الحرب).
      int closed = cues.closedNameHeads.contains(head) ? closedNameEnd(field, known, country, i) : -1;
      if (closed > 0) {
        addBody(found, field, head, i, closed, known);
        i = closed - 1;
        continue;
      }
      int end = namesakeEnd(field, known, i);
      while (end < words.size() && end - i < MAX_ORGANISATION_WORDS && field.joined(end - 1) && !known[end]) {
        String w = words.get(end);
        // A bare name after a bare head (حركة حماس), but not an indefinite adjective or common noun,
        // which end in ي or ة far more often than names do (حزب سياسي، منظمة إغاثة), nor a verb or a
        // conjunction's word (شركة تعمل، شركة فازت بالعقد، حكومة وشعبا), nor a common word behind و، ب
        // or ل (رجال شرطة ومسؤولين، منظمة لدعم اللاجئين).
        // Right after a head with the article, a definite sound plural is the sentence's noun (اتخذت المنظمة
        // الإجراءات، حذر الحزب المسؤولين), not an adjective the name's head agrees with.
        boolean pluralNoun = end == i + 1 && !bareHead && ArabicMorphology.isDefinite(w) && endsAsSoundPlural(w);
        boolean modifier = (definiteModifier(field, country, end) && !pluralNoun) || BALL.equals(w)
            || (end == i + 1 && cues.bareNameHeads.contains(head) && cues.isNameWord(w) && w.length() >= 3
                && !endsAsAdjective(w) && !cues.isVerb(w) && !conjoined(w) && !cues.cliticOnCommonWord(w));
        // Right after the head, a word with ل and the article is a preposition's phrase (بعثة للتأكد، جمعية
        // للمستثمرين، مكتب للرئيس: "a mission to verify"), not the name's genitive.
        boolean prepositional = end == i + 1 && w.startsWith("لل");
        // A chain of indefinite genitives up to a definite word: right after a bare head (معهد دراسات الحرب),
        // or with ل after the name's adjectives (التحالف الإسلامي لمكافحة الإرهاب), which it then ends. Right
        // after a head, ل is a purpose (لجنة لبحث أسباب الحادث, "a committee to look into").
        boolean afterHead = end == i + 1;
        boolean construct = afterHead ? bareHead && !w.startsWith("ل")
            : w.startsWith("ل") && !w.startsWith("لل") && readsAsAdjective(words.get(end - 1));
        if (!modifier && construct && !cues.sourceHeads.contains(head)) {
          int genitive = genitiveChainEnd(field, known, country, end);
          if (genitive > end && afterHead) {
            end = genitive;
            continue;
          }
          if (genitive > end) {
            end = genitive + 1;
            break;
          }
        }
        // A rank or honorific begins what follows the body (الهيئة الوطنية للانتخابات المستشار لاشين إبراهيم),
        // and so does another head, unless it reads as this name's adjective (لجنة الشؤون الخارجية: "foreign").
        boolean nextBody = cues.head(w) != null && !(isNisba(w) && ArabicMorphology.isDefinite(words.get(end - 1)));
        boolean personFollows = end > i + 1 && titleBeforeName(field, known, end);
        if (!modifier || prepositional || cues.ends.contains(w) || nextBody || cues.ranks.contains(w) || personFollows) {
          break;
        }
        end++;
        // A country's adjective or name ends the body's name (مجلس النواب الأردني، not مجلس النواب الأردني
        // القانون, "passed the law"): what follows is the sentence's. So does the sport after لكرة (الاتحاد
        // المصري لكرة القدم، not … لكرة القدم اللاعب).
        if ((country[end - 1] && end - 1 > i + 1) || (end - i >= 3 && BALL.equals(words.get(end - 2)))) {
          break;
        }
        // After a bare name only adjectives go on with it (شركة أرامكو السعودية، مهرجان قرطاج الدولي), not
        // the sentence (اعتقلت شرطة إسطنبول المشتبه به).
        if (end == i + 2 && !ArabicMorphology.isDefinite(w) && !BALL.equals(w)) {
          // A bare name that is a genitive's first half runs on to the word that completes it (جماعة أنصار
          // الإسلام، جماعة أبو سياف), which the adjectives after it then follow.
          if (cues.constructNameWords.contains(w) && end < words.size() && field.joined(end - 1) && !known[end]
              && !country[end] && cues.isNameWord(field, end)) {
            end++;
          }
          // A name is definite, and so is an adjective agreeing with it: an indefinite country adjective
          // makes the whole an indefinite phrase (شركة نفط ماليزية, "a Malaysian oil company"), no body's name.
          if (end < words.size() && field.joined(end - 1) && !known[end] && country[end]
              && !ArabicMorphology.isDefinite(words.get(end)) && hasNisbaEnding(words.get(end))) {
            end = i + 1;
          }
          // A relative pronoun is shaped like an adjective (الذي) but begins a clause: it ends the name.
          while (end < words.size() && end - i < MAX_ORGANISATION_WORDS && field.joined(end - 1) && !known[end]
              && (country[end] || isNisba(words.get(end))) && !cues.ends.contains(words.get(end))) {
            end++;
          }
          break;
        }
      }
      int modifiers = end - i - 1;
      // A head with the article takes two words, or one country adjective (البرلمان التركي، الخارجية الصينية).
      // After a minister's title (minister-titles.txt) it is his portfolio (وزير الداخلية الفرنسي), not the body; after another title
      // it is the body (رئيس المخابرات الفلسطينية). The adjective agrees with the head.
      boolean byCountry = modifiers == 1 && country[i + 1] && !(i > 0 && cues.isMinisterTitle(words.get(i - 1)))
          && feminine(words.get(i)) == words.get(i + 1).endsWith("ه");
      // A body named with its country after في (المحكمة العليا في الهند، الإدعاء العام في بيرو) runs on to it.
      // A kind of body (قوات الأمن) is one body when its own words end with a country (الأفغانية), not
      // when the sentence goes on to where it is (القوات الأجنبية في سوريا).
      boolean kind = cues.countryHeads.contains(head);
      int inCountry = modifiers >= 1 && !kind ? countryAfterIn(field, country, end) : end;
      if (inCountry > end) {
        end = inCountry;
      }
      // Whatever follows a minister's title and its portfolio is his, not the ministry's (وزير الخارجية
      // الفلسطيني الأسبق، وزير الخارجية اليمني الأنباء).
      boolean portfolio = !bareHead && i > 0 && field.joined(i - 1) && cues.isMinisterTitle(words.get(i - 1));
      boolean named = !portfolio && (modifiers >= (bareHead ? 1 : 2) || byCountry || inCountry > i + modifiers + 1);
      if (named && (!kind || country[end - 1]) && !namesAKind(words, country, i + 1, end)) {
        addBody(found, field, head, i, end, known);
        i = end - 1;
      }
    }
  }

  /**
   * Adds the body from {@code start} to {@code end}, its first word read as {@code head} (clitics off, the
   * article where ل hides it): its id and evidence, its words marked known.
   */
  private static void addBody(Map<String, List<Evidence>> found, TaggedField field, String head, int start, int end,
      boolean[] known) {
    List<String> name = new ArrayList<>(field.normalised().subList(start, end));
    name.set(0, head);
    DiscoveredActors.addEvidence(found, DiscoveredActors.id(ActorType.ORGANIZATION, name), field, start, end - start, known);
  }

  /**
   * Where a bare name of one or two words after the head at {@code head} ends, or -1: words that can be a
   * name's, with no article, head, common word, verb, adjective's ending, ة or ي, and the name closed
   * after them ({@link ActorCues#closedNameEnd}).
   */
  private int closedNameEnd(TaggedField field, boolean[] known, boolean[] country, int head) {
    List<String> words = field.normalised();
    return cues.closedNameEnd(field, known, head, t -> {
      String word = words.get(t);
      if (country[t] || !cues.isNameWord(field, t) || ArabicMorphology.isDefinite(word) || cues.head(word) != null
          || cues.isCommonWord(word) || cues.isVerb(word) || endsAsAdjective(word)) {
        return false;
      }
      String asWritten = written(field, t);
      return !asWritten.endsWith("ة") && !asWritten.endsWith("ي");
    });
  }

  /**
   * Where a namesake's title and name after a head that opens one end (جامعة الملك سعود، مركز الأمير
   * سلطان، مستشفى الشيخ خليفة بن زايد: kb/words/namesake-heads.txt): the title, then given names and the
   * links between them. The body is named after the person; without them the name would stop at the
   * title (جامعة الملك) and every king's university would be one body. {@code head + 1} when none follows.
   */
  private int namesakeEnd(TaggedField field, boolean[] known, int head) {
    List<String> words = field.normalised();
    int end = head + 1;
    if (end + 1 >= words.size() || !cues.isNamesakeHead(field, head) || !cues.isTitle(words.get(end))
        || !field.joined(head) || known[end]) {
      return head + 1;
    }
    boolean named = false;
    for (end++; end < words.size() && end - head < MAX_ORGANISATION_WORDS && field.joined(end - 1) && !known[end]; end++) {
      boolean link = cues.links.contains(words.get(end));
      if (!link && !cues.givenNames.contains(words.get(end)) && !cues.links.contains(words.get(end - 1))) {
        break;
      }
      named |= !link;
    }
    return named ? end : head + 1;
  }

  /**
   * Whether the word at {@code at} reads as a definite word that may run a body's name on: one with the
   * article as written, not a verb or noun whose first hamza folds to it (الشرطة ألقت القبض); a country's
   * adjective whatever its hamza (محكمة ألمانية).
   */
  private static boolean definiteModifier(TaggedField field, boolean[] country, int at) {
    String word = field.normalised().get(at);
    return ArabicMorphology.isDefiniteAsWritten(word, written(field, at))
        || (ArabicMorphology.isDefinite(word) && (country[at] || isNisba(word)));
  }

  /**
   * Whether the word at {@code at} is a person's title before a name, given or known (الاتحاد الأرجنتيني
   * المدرب خورخي سامباولي، مجلس الشيوخ السناتور جون ماكين): the body's name ended before it.
   */
  private boolean titleBeforeName(TaggedField field, boolean[] known, int at) {
    List<String> words = field.normalised();
    return at + 1 < words.size() && cues.isTitle(words.get(at)) && field.joined(at)
        && (known[at + 1] || cues.givenNames.contains(words.get(at + 1)));
  }

  /** Whether a word is ل and a bare head that begins with ل (للجنة), which is how ل and the head with the article are written too. */
  private static boolean hidesArticle(String word, String head) {
    return head.startsWith("ل") && !head.startsWith(ARTICLE)
        && ArabicMorphology.withoutConjunction(word).equals("ل" + head);
  }

  /**
   * Whether the words from {@code from} to {@code end} after a head only say what kind of body it is:
   * one word ({@link ActorCues#isKindWord}: شركة طيران), no country's (محكمة تركية, شرطة روسية name that
   * country's courts and police as the news refers to them), or after a head marked so the same word
   * with the article (شركة الأدوية; not وزارة العدل or جهاز الأمن, bodies' names). Two such words were tried
   * too: they also lose names made of common nouns (حزب أمة واحدة) and removed one false body more on the
   * training split.
   */
  boolean namesAKind(List<String> words, boolean[] country, int from, int end) {
    if (end - from != 1 || country[from]) {
      return false;
    }
    String word = words.get(from);
    return cues.isKindWord(word) || (from > 0 && cues.kindHeads.contains(words.get(from - 1))
        && ArabicMorphology.isDefinite(word) && cues.isKindWord(ArabicMorphology.withoutArticle(word)));
  }

  /**
   * Bodies named in Latin letters in an Arabic text, as sanctions lists and company news give them
   * (Premier Investment Group SAL Offshore): a run of capitalised Latin words, joined by the odd link
   * (Bank of Beirut), one of them a word that names a body (latin-organisation-words.txt).
   */
  private void latinOrganisations(TaggedField field, boolean[] known, Map<String, List<Evidence>> found) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i < words.size(); i++) {
      if (known[i] || !capitalisedLatin(field, i)) {
        continue;
      }
      int end = i + 1;
      while (end < words.size() && end - i < MAX_ORGANISATION_WORDS && field.joined(end - 1) && !known[end]
          && (capitalisedLatin(field, end) || (cues.latinNameLinks.contains(words.get(end)) && end + 1 < words.size()
              && field.joined(end) && capitalisedLatin(field, end + 1)))) {
        end++;
      }
      if (end - i >= 2 && words.subList(i, end).stream().anyMatch(cues.latinOrganisationWords::contains)) {
        DiscoveredActors.addEvidence(found, DiscoveredActors.id(ActorType.ORGANIZATION, words.subList(i, end)), field, i, end - i, known);
      }
      i = end - 1;
    }
  }

  /**
   * Where a chain of genitives from {@code start} reaches its definite end (معهد دراسات الحرب، لجنة
   * تداول السلع، لمكافحة الإرهاب): one or two indefinite nouns, each the next one's possessor (only the
   * first may carry ل), and then a word with the article, the chain's end; -1 when there is none.
   */
  private int genitiveChainEnd(TaggedField field, boolean[] known, boolean[] country, int start) {
    List<String> words = field.normalised();
    for (int k = start; k < start + 2 && k + 1 < words.size(); k++) {
      String w = words.get(k);
      String head = cues.head(w);
      if (known[k] || country[k] || !field.joined(k - 1) || ArabicMorphology.isDefinite(w) || w.length() < 3
          || !cues.isNameWord(field, k) || (head != null && !cues.quotedNameHeads.contains(head))
          || !mayBePossessed(written(field, k), w.startsWith("ل")) || cues.isVerb(w)
          || (k > start && (w.startsWith("ل") || w.startsWith("و") || w.startsWith("ب") || written(field, k).endsWith("ى")))
          || (!w.startsWith("ل") && cues.cliticOnCommonWord(w))) {
        return -1;
      }
      String next = words.get(k + 1);
      if (field.joined(k) && !known[k + 1] && next.startsWith(ARTICLE) && !cues.ends.contains(next)
          && cues.head(next) == null) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * Where a quoted name right after the head at {@code head} ends (منظمة "تابيلا بولاكو"), or -1: no
   * quotation marks there, or one adjective in them (جماعة "إرهابية").
   */
  private static int quotedNameEnd(TaggedField field, boolean[] known, int head) {
    List<String> words = field.normalised();
    if (head + 1 >= words.size() || !opensQuote(between(field, head))) {
      return -1;
    }
    int close = quoteEnd(field, known, head + 1);
    return close == head + 2 && endsAsAdjective(words.get(head + 1)) ? -1 : close;
  }

  /** The end of a country's name after في at {@code at} (في الهند), or {@code at} when there is none. */
  private static int countryAfterIn(TaggedField field, boolean[] country, int at) {
    List<String> words = field.normalised();
    if (at + 1 >= words.size() || !ArabicMorphology.IN.equals(words.get(at)) || !field.joined(at - 1) || !field.joined(at) || !country[at + 1]) {
      return at;
    }
    int end = at + 1;
    while (end < words.size() && country[end] && field.joined(end - 1)) {
      end++;
    }
    return end;
  }

  /** The end of the quoted words from {@code start} (the word after the closing mark), or -1 when no mark closes them soon. */
  private static int quoteEnd(TaggedField field, boolean[] known, int start) {
    for (int t = start; t < field.tokens().size() && t - start < MAX_ORGANISATION_WORDS && !known[t]; t++) {
      String after = t + 1 < field.tokens().size() ? between(field, t)
          : field.text().substring(field.tokens().get(t).end()).strip();
      if (!after.isEmpty() && QuotationMarks.closes(after.charAt(0))) {
        return t + 1;
      }
      if (!after.isEmpty()) {
        return -1;
      }
    }
    return -1;
  }
}
