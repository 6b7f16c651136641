package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which fuzzy, wildcard and range terms a query may hold (default limits): one case a line. */
class QueryCostTest {

  private static final SearchLimits LIMITS = SearchLimits.defaults();

  @ParameterizedTest(name = "[{0}] passes")
  @CsvSource(delimiter = '|', textBlock = """
      ليبيا حفتر
      حفتر~1
      حفتر~ طرابلس~2 انتخاب*
      title:انتخاب* -country:EG
      "المجلس الرئاسي"~3
      "a~2 b~2 c~2 d~2 e~2 f* g?"
      *:*
      24/7 و/أو
      a\\~2 b\\* c\\?
      (ليبيا~1 OR مصر~1) AND +تونس*
      """)
  void passes(String q) {
    assertThatCode(() -> QueryCost.check(q, LIMITS)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a~2 b~2 c~2 d~2 e~2        | 'a~2' is too short
      ab~1                       | at least 3 letters
      body:حف~1                  | 'body:حف~1' is too short
      ليبيا~3                    | allows 3 edits; at most 2
      ليبيا~x                    | allows too many edits
      *ليبيا                     | at least 3 letters before * or ?
      ل*                         | at least 3 letters before
      actor:*                    | at least 3 letters before
      ?ليبيا                     | at least 3 letters before
      ليبيا~1 مصر~1 تونس~1 سوريا~1 | 4 fuzzy (~), wildcard (*, ?) or range terms; at most 3
      انتخاب* تونس* ليبيا* [a TO z] | 4 fuzzy
      """)
  void refuses(String q, String reason) {
    assertThatThrownBy(() -> QueryCost.check(q, LIMITS))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining(reason);
  }

  @Test
  void fiftyFuzzyTermsAreRefusedWithTheLimitInTheMessage() {
    String q = IntStream.range(0, 50).mapToObj(i -> "كلمة" + i + "~2").collect(Collectors.joining(" "));
    assertThatThrownBy(() -> QueryCost.check(q, LIMITS))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("50 fuzzy").hasMessageContaining("at most 3");
  }

  @Test
  void limitsAreSettings() {
    SearchLimits strict = new SearchLimits(1, 1, 4, LIMITS.timeAllowed(), LIMITS.cpuAllowed(), 1, LIMITS.queueWait());
    assertThatThrownBy(() -> QueryCost.check("ليبيا~2", strict)).hasMessageContaining("at most 1");
    assertThatThrownBy(() -> QueryCost.check("مصر~1", strict)).hasMessageContaining("at least 4 letters");
    assertThatThrownBy(() -> QueryCost.check("ليبيا~1 مصري~1", strict)).hasMessageContaining("at most 1 are");
    assertThat(strict.maxEditDistance()).isEqualTo(1);
  }
}
