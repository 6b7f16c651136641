package org.marsad.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Resolves an office named without its holder's name to the person who held it the day the text was
 * published (kb/offices.yaml): الرئيس الفرنسي in 2018 is Emmanuel Macron, الأمين العام للأمم المتحدة in
 * 2015 Ban Ki-moon. An office followed by السابق (the former holder) names nobody in particular, and
 * one after نائب or مستشار names someone else (نائب وزير الداخلية is not the minister); a text without a
 * date resolves no office. A weak name (المبعوث الأممي, every UN envoy's) is the office of the country the
 * text names most (or one of an ambassador's two), and nobody's when that country has no such office. Immutable and thread safe.
 */
final class OfficeHolders {

  /** Words that may sit between a plural head and its countries (وزراء خارجية، وزيري الدفاع). */
  private static final int MAX_OFFICE_TAIL = 3;

  private final PhraseDictionary<OfficeEntry> offices;
  private final PhraseDictionary<OfficeEntry> weakOffices;
  /** The countries some office with weak names is for: only a text naming one of them most needs that scan. */
  private final Set<String> weakCountries;
  private final KnowledgeBase kb;
  /** Words after an office that point away from the holder of the day (kb/words/office-former.txt), folded. */
  private final Set<String> former;
  /** Words before an office that make it another person's post (kb/words/office-deputies.txt), folded, as word lists. */
  private final List<List<String>> deputies;
  /** Phrases before a plural office's countries (kb/words/office-list-openers.txt: كل من), folded, as word lists. */
  private final List<List<String>> listOpeners;
  /** Dual and plural heads and their singular (kb/words/office-plurals.txt), folded. */
  private final Map<String, String> singulars;
  /**
   * Countries named as a group (kb/words/country-groups.txt), folded: "the two (three) countries"
   * (البلدين، الدول الثلاث) and how many each counts; the known groups (الكوريتين) and their countries.
   */
  private final Map<List<String>, Integer> countedCountries = new HashMap<>();
  private final Map<List<String>, List<String>> countryGroups = new HashMap<>();
  /** Plural words inside an office and their singular (kb/words/office-tail-plurals.txt: أجهزة جهاز), folded. */
  private final Map<String, String> tailSingulars;
  /** The words of every country's Arabic names and its definite adjectives, folded: the words of a plural's list of countries. */
  private final Set<String> countryWords = new HashSet<>();
  /** في folded: between an office and its country (وزير الخارجية في مصر). */
  private final String in;
  /** Each country's Arabic names, folded, as words: how an office's name ends with its country (وزير خارجية روسيا). */
  private final Map<String, List<List<String>>> countryNames = new HashMap<>();

  /** @param nationalities every country's definite adjectives, folded ({@link CountryTagger#definiteAdjectives}) */
  OfficeHolders(KnowledgeBase kb, ArabicNormaliser normaliser, Set<String> nationalities) {
    offices = new PhraseDictionary<>(normaliser);
    kb.offices().forEach(o -> o.names().forEach(n -> offices.add(n, o)));
    weakOffices = new PhraseDictionary<>(normaliser);
    kb.offices().forEach(o -> o.weak().forEach(n -> weakOffices.add(n, o)));
    weakCountries = Set.copyOf(kb.offices().stream().filter(o -> !o.weak().isEmpty()).flatMap(o -> o.countries().stream()).toList());
    this.kb = kb;
    former = WordList.folded(normaliser, "office-former.txt");
    deputies = WordList.foldedPhrases(normaliser, "office-deputies.txt");
    listOpeners = WordList.foldedPhrases(normaliser, "office-list-openers.txt");
    for (String line : WordList.read("country-groups.txt")) {
      List<String> words = List.of(line.split(" "));
      int count = (int) words.stream().filter(w -> w.chars().allMatch(c -> c < 0x600)).count();
      List<String> phrase = TextToken.foldedWords(String.join(" ", words.subList(0, words.size() - count)), normaliser);
      List<String> after = words.subList(words.size() - count, words.size());
      if (after.size() == 1 && after.get(0).chars().allMatch(Character::isDigit)) {
        countedCountries.put(phrase, Integer.valueOf(after.get(0)));
      } else {
        countryGroups.put(phrase, List.copyOf(after));
      }
    }
    tailSingulars = WordList.foldedPairs(normaliser, "office-tail-plurals.txt");
    countryWords.addAll(nationalities);
    in = normaliser.fold("في");
    kb.countries().forEach(c -> countryNames.put(c.id(), c.names().stream().filter(n -> n.chars().anyMatch(ch -> ch >= 0x600))
        .map(n -> TextToken.foldedWords(n, normaliser)).toList()));
    // Each word of a name: a list may share a name's first word (زعماء كوريا الشمالية والجنوبية).
    countryNames.values().forEach(names -> names.forEach(countryWords::addAll));
    singulars = WordList.foldedPairs(normaliser, "office-plurals.txt");
  }

  /**
   * Adds the holders of the offices the fields name to {@code actors}; {@code countryEvidence} (where
   * the text names each country) decides whose office a weak name is.
   */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields, LocalDate published,
      Map<String, List<Evidence>> countryEvidence) {
    if (published == null) {
      return;
    }
    // A tie names no one country: then, as when that country has no office with weak names, none is read.
    String country = CountryTagger.onlyMostNamed(countryEvidence);
    boolean weak = country != null && weakCountries.contains(country);
    for (TaggedField field : fields) {
      boolean[] named = new boolean[field.normalised().size()];
      List<PhraseDictionary.Match<OfficeEntry>> found = offices.find(field.normalised(), field.readings());
      // The actor at each word, read only in a field that names an office.
      String[] ids = found.isEmpty() && !weak ? new String[0] : field.idsAt(actors);
      for (PhraseDictionary.Match<OfficeEntry> m : found) {
        Arrays.fill(named, m.first(), m.first() + m.count(), true);
        add(actors, field, m, m.values().get(0), published, ids);
      }
      if (weak) {
        for (PhraseDictionary.Match<OfficeEntry> m : weakOffices.find(field.normalised(), field.readings())) {
          // Inside a full name (المبعوث الأممي إلى سوريا) the full name has said whose office it is.
          if (!named[m.first()]) {
            m.values().stream().filter(o -> o.countries().contains(country)).findFirst()
                .ifPresent(office -> add(actors, field, m, office, published, ids));
          }
        }
      }
      plurals(actors, field, published, countryEvidence);
    }
  }

  private void add(Map<String, List<Evidence>> actors, TaggedField field, PhraseDictionary.Match<OfficeEntry> m,
      OfficeEntry office, LocalDate published, String[] ids) {
    int next = m.first() + m.count();
    if (m.first() < field.firstTagged()
        || (next < field.normalised().size() && former.contains(field.normalised().get(next)))
        || someoneElses(field, m.first())) {
      return;
    }
    // An office right before a known person's name is that person's title, whoever held it that day (وزير
    // الخارجية اليمني عبد الملك المخلافي in a text of a later year): the name has said who holds it. Not so
    // after a comma (المتحدث باسم الرئيس التركي، إبراهيم كالين), before و (وشيخ الأزهر وبابا الأقباط) or
    // behind ل, where the office completes another's title (المبعوث الخاص للأمين العام… مارتن غريفيث).
    // The name must begin there: a known person whose mention takes in the office's last word is not named after it.
    String after = next < ids.length && field.joined(next - 1) && !field.tokens().get(next).text().startsWith("و")
        && !field.tokens().get(m.first()).text().startsWith("ل") ? ids[next] : null;
    String holder = after != null && kb.isKnownPerson(after) && !after.equals(ids[next - 1])
        ? after : office.holderOn(published);
    if (holder != null && kb.isKnownActor(holder)) {
      actors.computeIfAbsent(holder, id -> new ArrayList<>()).add(field.evidence(m.first(), m.count()));
    }
  }

  /**
   * Offices named in the dual or plural for a list of countries: وزيري الدفاع الروسي والتركي,
   * وزراء خارجية روسيا وتركيا وإيران, وزراء خارجية البلدين, or for several offices at once:
   * وزراء الخارجية والري ورؤساء المخابرات في مصر وإثيوبيا والسودان (each office in each country).
   * Each office, read with the singular and each country (وزير الري في مصر), must be an office of the
   * knowledge base; the evidence is the whole phrase.
   */
  private void plurals(Map<String, List<Evidence>> actors, TaggedField field, LocalDate published,
      Map<String, List<Evidence>> countryEvidence) {
    List<String> words = field.normalised();
    for (int i = field.firstTagged(); i + 2 < words.size(); i++) {
      // وزيري begins with و as a conjunction would: the word as written first.
      String singular = singulars.getOrDefault(words.get(i), singulars.get(ArabicMorphology.withoutConjunction(words.get(i))));
      if (singular != null && !someoneElses(field, i)) {
        i = Math.max(i, group(actors, field, i, singular, published, countryEvidence));
      }
    }
  }

  /** One office of a plural phrase: the singular of its head and the words after it (الخارجية، جهاز المخابرات). */
  private record Office(String singular, List<String> words) {}

  /**
   * Reads the offices from the plural head at {@code head} up to the countries they are held in and
   * adds their holders; the index of the phrase's last word, or -1 when it names no holder.
   */
  private int group(Map<String, List<Evidence>> actors, TaggedField field, int head, String singular,
      LocalDate published, Map<String, List<Evidence>> countryEvidence) {
    List<String> words = field.normalised();
    List<Office> offices = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    for (int at = head + 1; at < words.size() && field.joined(at - 1) && tail.size() <= MAX_OFFICE_TAIL; at++) {
      Countries countries = countriesAt(field, at, countryEvidence);
      if (countries != null) {
        List<Office> all = new ArrayList<>(offices);
        all.add(new Office(singular, List.copyOf(tail)));
        if (addHolders(actors, field.evidence(head, countries.last() + 1 - head), all, countries, published)) {
          return countries.last();
        }
      }
      String word = words.get(at);
      String bare = ArabicMorphology.withoutConjunction(word);
      if (word.startsWith("و") && !bare.equals(word) && !tail.isEmpty() && !countryWords.contains(bare)
          && tail.stream().noneMatch(countryWords::contains)) {
        // Another office of the same head (والري) or under a head of its own (ورؤساء المخابرات); after
        // a country's word the list is of countries (قادة المملكة والإمارات العربية المتحدة والكويت).
        offices.add(new Office(singular, List.copyOf(tail)));
        tail.clear();
        String next = singulars.get(bare);
        if (next != null) {
          singular = next;
        } else {
          tail.add(bare);
        }
      } else {
        tail.add(tailSingulars.getOrDefault(word, word));
      }
    }
    return -1;
  }

  /**
   * The countries a plural's offices are held in: each as the names it may be written with, the
   * phrase's last word, and whether a group phrase names them (البلدين، الدول الثلاث، الكوريتين)
   * rather than a list of their names.
   */
  private record Countries(List<List<List<String>>> names, int last, boolean grouped) {}

  /**
   * The countries at {@code at}: "the two (three) countries" the text names most (البلدين، الدول
   * الثلاث), a known group's (الكوريتين), or a list of at least two countries' names or adjectives,
   * after كل من or none (روسيا وتركيا وإيران، الروسي والتركي); null when none begins there.
   */
  private Countries countriesAt(TaggedField field, int at, Map<String, List<Evidence>> countryEvidence) {
    List<String> words = field.normalised();
    for (Map.Entry<List<String>, Integer> counted : countedCountries.entrySet()) {
      if (startsAt(words, at, counted.getKey())) {
        return grouped(CountryTagger.mostNamed(countryEvidence, counted.getValue()), at + counted.getKey().size() - 1);
      }
    }
    for (Map.Entry<List<String>, List<String>> group : countryGroups.entrySet()) {
      if (startsAt(words, at, group.getKey())) {
        return grouped(group.getValue(), at + group.getKey().size() - 1);
      }
    }
    int first = at + listOpener(words, at);
    if (first >= words.size() || !countryWords.contains(words.get(first))) {
      return null;
    }
    List<List<List<String>>> names = new ArrayList<>();
    names.add(List.of(List.of(words.get(first))));
    int last = first;
    while (last + 1 < words.size() && field.joined(last) && words.get(last + 1).startsWith("و")
        && countryWords.contains(words.get(last + 1).substring(1))) {
      names.add(List.of(List.of(words.get(last + 1).substring(1))));
      last++;
    }
    // One country is no plural's list (رؤساء الحكومة الفرنسية are its heads over the years).
    return names.size() < 2 ? null : new Countries(names, last, false);
  }

  private static boolean startsAt(List<String> words, int at, List<String> phrase) {
    return at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase);
  }

  /** Countries a group phrase ending at {@code last} names, or null when it names none. */
  private Countries grouped(List<String> ids, int last) {
    return ids.isEmpty() ? null : new Countries(ids.stream().map(id -> countryNames.getOrDefault(id, List.of())).toList(), last, true);
  }

  /**
   * Adds the holder of each office in each country (the first of a country's names that names the
   * office, with في before it or not: وزير خارجية مصر، وزير الري في مصر) with the phrase as evidence;
   * whether some holder was found. Of the countries a group phrase names, an office counts only when
   * each has a holder: one that has none is a sign they are not the ones meant (قادة الدول الثلاث in a
   * text that names Israel, Iran and Syria most, about the European three).
   */
  private boolean addHolders(Map<String, List<Evidence>> actors, Evidence evidence, List<Office> offices,
      Countries countries, LocalDate published) {
    List<String> holders = new ArrayList<>();
    for (Office office : offices) {
      List<String> found = new ArrayList<>();
      for (List<List<String>> names : countries.names()) {
        names.stream().map(name -> officeIn(office, name)).filter(o -> o != null).findFirst()
            .map(o -> o.holderOn(published)).filter(kb::isKnownActor).ifPresent(found::add);
      }
      if (!countries.grouped() || found.size() == countries.names().size()) {
        holders.addAll(found);
      }
    }
    holders.stream().distinct().forEach(h -> actors.computeIfAbsent(h, id -> new ArrayList<>()).add(evidence));
    return !holders.isEmpty();
  }

  /** The office one office word group names in one country's name, with في between them or not, or null. */
  private OfficeEntry officeIn(Office office, List<String> country) {
    OfficeEntry named = officeNamed(phrase(office.singular(), office.words(), country));
    if (named == null && !office.words().isEmpty() && !office.words().get(office.words().size() - 1).equals(in)) {
      List<String> withIn = new ArrayList<>(office.words());
      withIn.add(in);
      named = officeNamed(phrase(office.singular(), withIn, country));
    }
    return named;
  }

  private static List<String> phrase(String singular, List<String> tail, List<String> country) {
    List<String> phrase = new ArrayList<>(tail.size() + 1 + country.size());
    phrase.add(singular);
    phrase.addAll(tail);
    phrase.addAll(country);
    return phrase;
  }

  /** How many words of a list opener (كل من) stand at {@code t} with a word after them: 0 when none. */
  private int listOpener(List<String> words, int t) {
    for (List<String> opener : listOpeners) {
      if (t + opener.size() < words.size() && words.subList(t, t + opener.size()).equals(opener)) {
        return opener.size();
      }
    }
    return 0;
  }

  /**
   * Whether the words before an office make it another person's post (نائب وزير الداخلية، النائب الأول
   * لوزير الخارجية), the first of them read also behind a clitic (لنائب رئيس فنزويلا); not across a comma
   * (ونائبه، رئيس مجلس الشورى).
   */
  private boolean someoneElses(TaggedField field, int office) {
    List<String> words = field.normalised();
    for (List<String> deputy : deputies) {
      int from = office - deputy.size();
      if (from >= 0 && field.joined(office - 1)
          && field.readings().get(from).stream().anyMatch(r -> r.core().equals(deputy.get(0)) && r.suffix().isEmpty())
          && words.subList(from + 1, office).equals(deputy.subList(1, deputy.size()))) {
        return true;
      }
    }
    return false;
  }

  /** The office a whole phrase of folded words names, or null. */
  OfficeEntry officeNamed(List<String> phrase) {
    List<List<ArabicMorphology.Reading>> readings = phrase.stream().map(w -> ArabicMorphology.PLAIN.readings(w, w)).toList();
    for (PhraseDictionary.Match<OfficeEntry> m : offices.find(phrase, readings)) {
      if (m.first() == 0 && m.count() == phrase.size()) {
        return m.values().get(0);
      }
    }
    return null;
  }
}
