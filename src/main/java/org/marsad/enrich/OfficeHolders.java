package org.marsad.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
  private final Set<String> actorIds;
  /** Words after an office that point away from the holder of the day (kb/words/office-former.txt), folded. */
  private final Set<String> former;
  /** Words before an office that make it another person's post (kb/words/office-deputies.txt), folded, as word lists. */
  private final List<List<String>> deputies;
  /** Phrases before a plural office's countries (kb/words/office-list-openers.txt: كل من), folded, as word lists. */
  private final List<List<String>> listOpeners;
  /** Dual and plural heads and their singular (kb/words/office-plurals.txt), folded. */
  private final Map<String, String> singulars = new HashMap<>();
  /** "The two countries" (kb/words/both-countries.txt: البلدين، الدولتين), folded. */
  private final Set<String> bothCountries;
  /** Each country's Arabic names, folded, as words: how an office's name ends with its country (وزير خارجية روسيا). */
  private final Map<String, List<List<String>>> countryNames = new HashMap<>();

  OfficeHolders(KnowledgeBase kb, ArabicNormaliser normaliser) {
    offices = new PhraseDictionary<>(normaliser);
    kb.offices().forEach(o -> o.names().forEach(n -> offices.add(n, o)));
    weakOffices = new PhraseDictionary<>(normaliser);
    kb.offices().forEach(o -> o.weak().forEach(n -> weakOffices.add(n, o)));
    weakCountries = Set.copyOf(kb.offices().stream().filter(o -> !o.weak().isEmpty()).flatMap(o -> o.countries().stream()).toList());
    actorIds = Set.copyOf(kb.actors().stream().map(ActorEntry::id).toList());
    former = WordList.folded(normaliser, "office-former.txt");
    deputies = WordList.foldedPhrases(normaliser, "office-deputies.txt");
    listOpeners = WordList.foldedPhrases(normaliser, "office-list-openers.txt");
    bothCountries = WordList.folded(normaliser, "both-countries.txt");
    kb.countries().forEach(c -> countryNames.put(c.id(), c.names().stream().filter(n -> n.chars().anyMatch(ch -> ch >= 0x600))
        .map(n -> TextToken.foldedWords(n, normaliser)).toList()));
    for (String pair : WordList.read("office-plurals.txt")) {
      String[] words = pair.split(" ");
      singulars.put(normaliser.fold(words[0]), normaliser.fold(words[1]));
    }
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
      for (PhraseDictionary.Match<OfficeEntry> m : offices.find(field.normalised(), field.readings())) {
        Arrays.fill(named, m.first(), m.first() + m.count(), true);
        add(actors, field, m, m.values().get(0), published);
      }
      if (weak) {
        for (PhraseDictionary.Match<OfficeEntry> m : weakOffices.find(field.normalised(), field.readings())) {
          // Inside a full name (المبعوث الأممي إلى سوريا) the full name has said whose office it is.
          if (!named[m.first()]) {
            m.values().stream().filter(o -> o.countries().contains(country)).findFirst()
                .ifPresent(office -> add(actors, field, m, office, published));
          }
        }
      }
      plurals(actors, field, published, countryEvidence);
    }
  }

  private void add(Map<String, List<Evidence>> actors, TaggedField field, PhraseDictionary.Match<OfficeEntry> m,
      OfficeEntry office, LocalDate published) {
    int next = m.first() + m.count();
    if (m.first() < field.firstTagged()
        || (next < field.normalised().size() && former.contains(field.normalised().get(next)))
        || someoneElses(field.normalised(), m.first())) {
      return;
    }
    String holder = office.holderOn(published);
    if (holder != null && actorIds.contains(holder)) {
      actors.computeIfAbsent(holder, id -> new ArrayList<>()).add(field.evidence(m.first(), m.count()));
    }
  }

  /**
   * Offices named in the dual or plural for a list of countries: وزيري الدفاع الروسي والتركي,
   * وزراء خارجية روسيا وتركيا وإيران. Each country of the list, read with the singular and the words
   * between (وزير الدفاع التركي), must be an office of the knowledge base; the evidence is the whole phrase.
   */
  private void plurals(Map<String, List<Evidence>> actors, TaggedField field, LocalDate published,
      Map<String, List<Evidence>> countryEvidence) {
    List<String> words = field.normalised();
    List<String> twoCountries = null;
    for (int i = field.firstTagged(); i + 2 < words.size(); i++) {
      // وزيري begins with و as a conjunction would: the word as written first.
      String singular = singulars.getOrDefault(words.get(i), singulars.get(ArabicMorphology.withoutConjunction(words.get(i))));
      if (singular == null || someoneElses(words, i)) {
        continue;
      }
      for (int first = i + 1; first < words.size() && first - i - 1 <= MAX_OFFICE_TAIL && field.joined(first - 1); first++) {
        List<String> tail = words.subList(i + 1, first);
        if (bothCountries.contains(words.get(first))) {
          // The two countries the text names most (وزيري خارجية البلدين), when it names two more than any other.
          twoCountries = twoCountries != null ? twoCountries : CountryTagger.twoMostNamed(countryEvidence);
          if (addBoth(actors, field, i, first, singular, tail, twoCountries, published)) {
            i = first;
            break;
          }
          continue;
        }
        // The list may follow كل من (وزراء خارجية كل من بريطانيا وألمانيا وفرنسا).
        int country = first + listOpener(words, first);
        OfficeEntry office = office(singular, tail, words.get(country));
        if (office == null) {
          continue;
        }
        List<String> holders = new ArrayList<>();
        holders.add(office.holderOn(published));
        int last = country;
        while (last + 1 < words.size() && field.joined(last) && words.get(last + 1).startsWith("و")) {
          OfficeEntry next = office(singular, tail, words.get(last + 1).substring(1));
          if (next == null) {
            break;
          }
          holders.add(next.holderOn(published));
          last++;
        }
        // One country is no plural's list (رؤساء الحكومة الفرنسية are its heads over the years).
        if (last > country) {
          Evidence evidence = field.evidence(i, last + 1 - i);
          holders.stream().filter(h -> h != null && actorIds.contains(h)).distinct()
              .forEach(h -> actors.computeIfAbsent(h, id -> new ArrayList<>()).add(evidence));
        }
        i = last;
        break;
      }
    }
  }

  /**
   * Adds the holders of the office the singular and the words after it name in each of two countries,
   * the words from {@code from} to {@code both} (البلدين) as evidence; whether both countries have it.
   */
  private boolean addBoth(Map<String, List<Evidence>> actors, TaggedField field, int from, int both, String singular,
      List<String> tail, List<String> countries, LocalDate published) {
    List<String> holders = new ArrayList<>(2);
    for (String country : countries) {
      OfficeEntry office = countryNames.getOrDefault(country, List.of()).stream()
          .map(name -> officeNamed(phrase(singular, tail, name))).filter(o -> o != null).findFirst().orElse(null);
      String holder = office == null ? null : office.holderOn(published);
      if (holder == null || !actorIds.contains(holder)) {
        return false;
      }
      holders.add(holder);
    }
    Evidence evidence = field.evidence(from, both + 1 - from);
    holders.forEach(h -> actors.computeIfAbsent(h, id -> new ArrayList<>()).add(evidence));
    return !holders.isEmpty();
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

  /** Whether the words before an office make it another person's post (نائب وزير الداخلية، النائب الأول لوزير الخارجية). */
  private boolean someoneElses(List<String> words, int office) {
    for (List<String> deputy : deputies) {
      int from = office - deputy.size();
      if (from >= 0 && ArabicMorphology.withoutConjunction(words.get(from)).equals(deputy.get(0))
          && words.subList(from + 1, office).equals(deputy.subList(1, deputy.size()))) {
        return true;
      }
    }
    return false;
  }

  /** The office the singular, the words after it and one country's word name together, or null. */
  private OfficeEntry office(String singular, List<String> tail, String country) {
    return officeNamed(phrase(singular, tail, List.of(country)));
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
