package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dateline that opens a report is found, and only at the start. */
class DatelineFinderTest {

  private final DatelineFinder finder = new DatelineFinder();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      دبي، الإمارات العربية المتحدة (CNN) – في 11 سبتمبر     | دبي، الإمارات العربية المتحدة (CNN) –
      القاهرة - أعلنت وزارة الداخلية                           | القاهرة - 
      طرابلس (رويترز) - قال مسؤولون                            | طرابلس (رويترز) -
      قال مسؤولون في طرابلس إن الهجوم (الأول من نوعه) فشل     | ''
      """)
  void findsTheDatelineAtTheStart(String text, String dateline) {
    assertThat(text.substring(0, finder.endOf(text)).strip()).isEqualTo(dateline.strip());
  }
}
