package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * The construct forms of offices named by a country's adjective, derived when the knowledge base is
 * loaded so that {@code offices.yaml} writes each office once: رئيس الوزراء الإيطالي is also رئيس وزراء
 * إيطاليا, الرئيس القبرصي رئيس قبرص (the head's construct form, kb/words/office-construct-heads.txt,
 * before each of the country's first two Arabic names). A form some office already writes stays that
 * office's, and one derived for an earlier office stays the earlier's. Names are compared as written.
 */
final class OfficeConstructForms {

  /** How many of a country's Arabic names (its first ones, the most written) take the construct form. */
  private static final int NAMES_PER_COUNTRY = 2;

  /** Heads and their construct forms, the longest head first: the one read when several begin a name. */
  private final List<Map.Entry<String, String>> heads;
  /** Each definite country adjective (الإيطالي) and its country, the first country that writes it. */
  private final Map<String, String> countryOfAdjective;
  private final Map<String, List<String>> arabicNames = new HashMap<>();

  OfficeConstructForms(List<CountryEntry> countries) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>(WordList.pairs("office-construct-heads.txt"));
    pairs.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    heads = List.copyOf(pairs);
    countryOfAdjective = CountryEntry.countryOfDefiniteAdjective(countries);
    for (CountryEntry country : countries) {
      arabicNames.put(country.id(), country.names().stream().filter(ArabicNormaliser::hasArabic).limit(NAMES_PER_COUNTRY).toList());
    }
  }

  /** The offices, each with the construct forms of its names added after them. */
  List<OfficeEntry> addTo(List<OfficeEntry> offices) {
    Set<String> written = new HashSet<>();
    offices.forEach(o -> written.addAll(o.names()));
    List<OfficeEntry> result = new ArrayList<>(offices.size());
    for (OfficeEntry office : offices) {
      Set<String> forms = new LinkedHashSet<>();
      for (String name : office.names()) {
        forms.addAll(constructForms(name));
      }
      forms.removeAll(written);
      if (forms.isEmpty()) {
        result.add(office);
        continue;
      }
      written.addAll(forms);
      List<String> names = new ArrayList<>(office.names());
      names.addAll(forms);
      result.add(new OfficeEntry(names, office.holders(), office.countries(), office.weak()));
    }
    return result;
  }

  /** رئيس وزراء إيطاليا for رئيس الوزراء الإيطالي: none when no head begins the name or no adjective ends it. */
  private List<String> constructForms(String name) {
    for (Map.Entry<String, String> head : heads) {
      if (name.startsWith(head.getKey() + " ")) {
        String country = countryOfAdjective.get(name.substring(head.getKey().length() + 1));
        return country == null ? List.of()
            : arabicNames.get(country).stream().map(n -> head.getValue() + " " + n).toList();
      }
    }
    return List.of();
  }
}
