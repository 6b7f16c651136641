package org.marsad.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Offices named as another office holder's counterpart: لافروف ... نظيره الصيني is China's foreign
 * minister, بومبيو ... نظيريه الياباني والكوري الجنوبي Japan's and South Korea's, فريلاند ... نظيريها في
 * ألمانيا والسويد Germany's and Sweden's, each the holder on the day the text was published. Whose
 * counterpart is the nearest person before the counterpart word in its sentence: one who held an office
 * of the knowledge base that day (named, or named by the office: وزير الدفاع الإيراني), whose office's
 * kind, its name without its country (وزير الخارجية of وزير الخارجية الروسي or وزير الخارجية في روسيا),
 * the other country has an office of. A nearer person with no office is the one meant: then nobody is
 * read. Immutable and thread safe.
 */
final class OfficeCounterparts {

  /** The most words between a counterpart word and the person it is the counterpart of. */
  private static final int MAX_DISTANCE = 25;

  private final OfficeHolders offices;
  private final KnowledgeBase kb;
  /** نظيره، نظيريه… (kb/words/team-counterparts.txt), folded, with and without و or ف in front. */
  private final Set<String> counterparts;
  /** في folded: an office's country after it (وزير الخارجية في ألمانيا). */
  private final String in;
  /** The offices each actor held at some time. */
  private final Map<String, List<OfficeEntry>> officesOf = new HashMap<>();
  /** Each office's kind, its name's words before its country, folded; offices without one are left out. */
  private final Map<OfficeEntry, List<String>> kinds = new IdentityHashMap<>();

  /**
   * @param counterparts the counterpart words, folded (ActorCues#counterparts)
   * @param nationalities every country's definite adjectives, folded ({@link CountryTagger#definiteAdjectives})
   */
  OfficeCounterparts(KnowledgeBase kb, ArabicNormaliser normaliser, OfficeHolders offices, Set<String> counterparts,
      Set<String> nationalities) {
    this.offices = offices;
    this.kb = kb;
    // With a conjunction in front as well (ونظيره), so that each word is one lookup.
    Set<String> written = new HashSet<>();
    for (String word : counterparts) {
      written.addAll(List.of(word, "و" + word, "ف" + word));
    }
    this.counterparts = Set.copyOf(written);
    this.in = normaliser.fold("في");
    for (OfficeEntry office : kb.offices()) {
      for (String name : office.names()) {
        List<String> words = TextToken.foldedWords(name, normaliser);
        int country = words.indexOf(in);
        if (country < 0 && nationalities.contains(words.get(words.size() - 1))) {
          country = words.size() - 1;
        }
        if (country > 0) {
          kinds.put(office, words.subList(0, country));
          break;
        }
      }
      office.holders().forEach(term -> officesOf.computeIfAbsent(term.actor(), a -> new ArrayList<>()).add(office));
    }
  }

  /** Adds the holders of the offices the fields name as counterparts to {@code actors}. */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields, LocalDate published) {
    if (published == null) {
      return;
    }
    for (TaggedField field : fields) {
      List<String> words = field.normalised();
      String[] ids = null;
      for (int t = field.firstTagged() + 1; t + 1 < words.size(); t++) {
        if (!counterparts.contains(words.get(t)) || !field.joined(t)) {
          continue;
        }
        ids = ids != null ? ids : field.idsAt(actors);
        if (ids[t] != null || ids[t + 1] != null) {
          continue;
        }
        String person = nearestPerson(field, ids, t);
        if (person == null) {
          continue;
        }
        for (OfficeEntry held : officesOf.getOrDefault(person, List.of())) {
          List<String> kind = kinds.get(held);
          if (kind != null && person.equals(held.holderOn(published)) && addCounterparts(actors, field, t, kind, person, published)) {
            break;
          }
        }
      }
    }
  }

  /** The nearest known person before a word in its sentence, or null. */
  private String nearestPerson(TaggedField field, String[] ids, int token) {
    for (int i = token - 1; i >= field.firstTagged() && token - i <= MAX_DISTANCE && !field.endsSentence(i); i--) {
      if (ids[i] != null && kb.isKnownPerson(ids[i])) {
        return ids[i];
      }
    }
    return null;
  }

  /**
   * Adds the holders of the offices of {@code kind} the countries after the counterpart word name
   * (one, or a list joined by و), with the counterpart word and the countries as evidence; whether any.
   */
  private boolean addCounterparts(Map<String, List<Evidence>> actors, TaggedField field, int token, List<String> kind,
      String person, LocalDate published) {
    List<String> words = field.normalised();
    boolean afterIn = words.get(token + 1).equals(in);
    List<String> holders = new ArrayList<>();
    int last = -1;
    int first = token + (afterIn ? 2 : 1);
    for (int at = first; at < words.size(); ) {
      int end = countryEnd(field, at, at > first, kind, afterIn, holders, published);
      if (end < 0) {
        break;
      }
      last = end;
      at = end + 1;
      if (at >= words.size() || !field.joined(end) || !words.get(at).startsWith("و")) {
        break;
      }
    }
    holders.removeIf(h -> h == null || h.equals(person) || kb.find(FacetType.ACTOR, h).isEmpty());
    if (last < 0 || holders.isEmpty()) {
      return false;
    }
    Evidence evidence = field.evidence(token, last + 1 - token);
    holders.stream().distinct().forEach(h -> actors.computeIfAbsent(h, id -> new ArrayList<>()).add(evidence));
    return true;
  }

  /**
   * The last word of the country of one or two words at {@code at} (its و read off when {@code listed})
   * that has an office of {@code kind}, whose holder on the day goes to {@code holders}; -1 for none.
   */
  private int countryEnd(TaggedField field, int at, boolean listed, List<String> kind, boolean afterIn, List<String> holders,
      LocalDate published) {
    List<String> words = field.normalised();
    for (int n = 2; n >= 1; n--) {
      if (at + n > words.size() || (n == 2 && !field.joined(at))) {
        continue;
      }
      List<String> country = new ArrayList<>(words.subList(at, at + n));
      if (listed) {
        country.set(0, country.get(0).substring(1));
      }
      OfficeEntry office = office(kind, afterIn, country);
      if (office != null) {
        holders.add(office.holderOn(published));
        return at + n - 1;
      }
    }
    return -1;
  }

  /**
   * The office of a kind in a country, or null; a feminine adjective (نظيرته اليابانية) reads the
   * kind's first word feminine too (وزيرة الخارجية اليابانية).
   */
  private OfficeEntry office(List<String> kind, boolean afterIn, List<String> country) {
    List<String> phrase = new ArrayList<>(kind);
    if (afterIn) {
      phrase.add(in);
    }
    phrase.addAll(country);
    OfficeEntry office = offices.officeNamed(phrase);
    if (office == null && !afterIn && country.get(0).endsWith("ه")) {
      phrase.set(0, phrase.get(0) + "ه");
      office = offices.officeNamed(phrase);
    }
    return office;
  }
}
