package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.risk.RiskLevel.HIGH;
import static org.lantern.risk.RiskLevel.LOW;
import static org.lantern.risk.RiskLevel.MEDIUM;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.panel.EscalationRule.Seen;
import org.lantern.risk.RiskLevel;

class EscalationRuleTests {

  private final List<Seen> history = new ArrayList<>();

  private Seen at(int meeting, RiskLevel level) {
    return at(meeting, level, PanelDecision.CONTINUE);
  }

  private Seen at(int meeting, RiskLevel level, PanelDecision decision) {
    Seen s = new Seen(UUID.randomUUID(), meeting, level, decision);
    history.add(s);
    return s;
  }

  @Test
  void twoPresentationsDoNotEscalate() {
    at(0, MEDIUM);
    at(1, MEDIUM);

    assertThat(EscalationRule.escalations(history)).isEmpty();
  }

  @Test
  void exactlyThreeConsecutiveWithoutReductionEscalateWithThoseThree() {
    Seen a = at(0, MEDIUM);
    Seen b = at(1, MEDIUM);
    Seen c = at(2, MEDIUM);

    assertThat(EscalationRule.escalations(history)).containsExactly(List.of(a, b, c));
  }

  @Test
  void aRiseIsNotAReduction() {
    Seen a = at(0, MEDIUM);
    Seen b = at(1, HIGH);
    Seen c = at(2, HIGH);

    assertThat(EscalationRule.escalations(history)).containsExactly(List.of(a, b, c));
  }

  @Test
  void aReductionResetsTheCountFromThePresentationThatFell() {
    at(0, HIGH);
    at(1, HIGH);
    Seen fell = at(2, MEDIUM);
    Seen d = at(3, MEDIUM);

    assertThat(EscalationRule.escalations(history)).isEmpty();

    Seen e = at(4, HIGH);
    assertThat(EscalationRule.escalations(history)).containsExactly(List.of(fell, d, e));
  }

  @Test
  void aReductionInTheMiddleThenBackUpStillResets() {
    at(0, HIGH);
    at(1, LOW);
    at(2, HIGH);

    assertThat(EscalationRule.escalations(history)).isEmpty();
  }

  @Test
  void aMeetingAtWhichTheChildWasNotPresentedBreaksTheRun() {
    at(0, MEDIUM);
    at(1, MEDIUM);
    at(3, MEDIUM);

    assertThat(EscalationRule.escalations(history)).isEmpty();
  }

  @Test
  void aClosureBreaksTheRun() {
    at(0, MEDIUM);
    at(1, MEDIUM, PanelDecision.CLOSE);
    at(2, MEDIUM);

    assertThat(EscalationRule.escalations(history)).isEmpty();
  }

  @Test
  void afterAnEscalationTheCountStartsAgain() {
    at(0, MEDIUM);
    at(1, MEDIUM);
    at(2, MEDIUM);
    at(3, MEDIUM);
    at(4, MEDIUM);

    assertThat(EscalationRule.escalations(history)).hasSize(1);

    at(5, MEDIUM);
    assertThat(EscalationRule.escalations(history)).hasSize(2);
  }

  @Test
  void orderOfTheHistoryDoesNotMatter() {
    Seen c = at(2, HIGH);
    Seen a = at(0, MEDIUM);
    Seen b = at(1, MEDIUM);

    assertThat(EscalationRule.escalations(history)).containsExactly(List.of(a, b, c));
  }
}
