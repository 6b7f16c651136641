package org.marsad.enrich;

import java.time.LocalDate;
import java.util.List;

/**
 * An office that news names instead of its holder (kb/offices.yaml): الرئيس الفرنسي, الأمين العام للأمم
 * المتحدة.
 *
 * @param names how the text writes the office
 * @param holders who held it, with their terms
 */
public record OfficeEntry(List<String> names, List<Term> holders) {

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
