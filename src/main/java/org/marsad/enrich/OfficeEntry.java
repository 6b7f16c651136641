package org.marsad.enrich;

import java.time.LocalDate;
import java.util.List;

/**
 * An office that news names instead of its holder (kb/offices.yaml): الرئيس الفرنسي, الأمين العام للأمم
 * المتحدة.
 *
 * @param names how the text writes the office
 * @param holders who held it, with their terms
 * @param countries the countries the office is for (ISO codes), when it is some country's: the UN envoy to
 *     Yemen's; an ambassador's, the country that sends and the one that receives
 * @param weak names that stand for this office only in a text about one of its countries, where the text
 *     names that country most (a bare المبعوث الأممي in a text about Yemen is the envoy to Yemen)
 */
public record OfficeEntry(List<String> names, List<Term> holders, List<String> countries, List<String> weak) {

  /**
   * One holder's term.
   *
   * @param actor the holder's actor id
   * @param from first day in office
   * @param to last day in office, or null while in office
   */
  public record Term(String actor, LocalDate from, LocalDate to) {}

  public OfficeEntry {
    names = names == null ? List.of() : List.copyOf(names);
    holders = holders == null ? List.of() : List.copyOf(holders);
    countries = countries == null ? List.of() : List.copyOf(countries);
    weak = weak == null ? List.of() : List.copyOf(weak);
  }

  /** Who held the office on {@code day}, or null when nobody known did. */
  public String holderOn(LocalDate day) {
    for (Term t : holders) {
      if (!day.isBefore(t.from()) && (t.to() == null || !day.isAfter(t.to()))) {
        return t.actor();
      }
    }
    return null;
  }
}
