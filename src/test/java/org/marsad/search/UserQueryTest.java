package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What free text may reach edismax: one case a line. */
class UserQueryTest {

  @ParameterizedTest(name = "[{0}] → [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      ليبيا                          | ليبيا
      '  حفتر  '                     | حفتر
      actor:khalifa-haftar -country:EG | actor:khalifa-haftar -country:EG
      body:/.*/                      | body:\\/.*/
      /حفتر.*/                       | \\/حفتر.*/
      24/7                           | 24/7
      "المجلس الرئاسي"               | "المجلس الرئاسي"
      """)
  void passesTextAndDefusesRegularExpressions(String q, String expected) {
    assertThat(UserQuery.check(q)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{!xmlparser v='<a/>'}", "{ !lucene}*:*", "ليبيا {!func}1", "_query_:\"{!dismax}x\"", "_QUERY_ :x"})
  void refusesLocalParamsAndNestedQueries(String q) {
    assertThatThrownBy(() -> UserQuery.check(q)).isInstanceOf(InvalidQueryException.class);
  }
}
