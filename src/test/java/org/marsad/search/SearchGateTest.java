package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchGateTest {

  @Test
  void aSaturatedGateRefusesAfterItsWaitAndOpensAgainWhenATurnEnds() {
    SearchGate gate = new SearchGate(2, Duration.ofMillis(50));
    SearchGate.Turn first = gate.enter();
    SearchGate.Turn second = gate.enter();

    assertThatThrownBy(gate::enter)
        .isInstanceOf(SearchLimitException.class)
        .hasMessageContaining("2 searches already")
        .matches(e -> ((SearchLimitException) e).busy());

    first.close();
    assertThatCode(() -> gate.enter().close()).doesNotThrowAnyException();
    second.close();
  }
}
