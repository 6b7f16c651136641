package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeConstructFormsTest {

  private static final CountryEntry ITALY = new CountryEntry("IT", "إيطاليا", "Italy", List.of("إيطاليا", "ايطاليا", "Italy"),
      List.of("إيطالي", "الإيطالي", "الإيطالية"), List.of(), List.of(), List.of());

  private static OfficeEntry office(String... names) {
    return new OfficeEntry(List.of(names), List.of(new OfficeEntry.Term("giuseppe-conte", LocalDate.of(2018, 6, 1), null)),
        List.of(), List.of());
  }

  @Test
  void anOfficeNamedByAnAdjectiveIsNamedByItsCountrysNamesToo() {
    List<OfficeEntry> offices = new OfficeConstructForms(List.of(ITALY)).addTo(List.of(office("رئيس الوزراء الإيطالي")));
    assertThat(offices.get(0).names()).containsExactly("رئيس الوزراء الإيطالي", "رئيس وزراء إيطاليا", "رئيس وزراء ايطاليا");
  }

  @Test
  void aFormAnotherOfficeWritesStaysThatOfficesAndNoHeadNoForm() {
    List<OfficeEntry> offices = new OfficeConstructForms(List.of(ITALY))
        .addTo(List.of(office("رئيس الوزراء الإيطالي"), office("رئيس وزراء إيطاليا"), office("السفير الإيطالي")));
    assertThat(offices.get(0).names()).containsExactly("رئيس الوزراء الإيطالي", "رئيس وزراء ايطاليا");
    assertThat(offices.get(1).names()).containsExactly("رئيس وزراء إيطاليا");
    assertThat(offices.get(2).names()).containsExactly("السفير الإيطالي");
  }
}
