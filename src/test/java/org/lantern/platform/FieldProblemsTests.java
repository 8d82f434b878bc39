package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldProblemsTests {

  static class Refused extends FieldRuleException {
    Refused(List<Problem> problems) {
      super(problems);
    }
  }

  @Test
  void everyFieldsFirstProblemIsThrownTogetherInOrder() {
    FieldProblems problems =
        new FieldProblems()
            .addIf(true, "name", "name.required")
            .addIf(false, "email", "email.invalid")
            .add("heldOn", "heldOn.required")
            .addIf(true, "heldOn", "heldOn.future");

    assertThat(problems.has("heldOn")).isTrue();
    assertThat(problems.has("email")).isFalse();
    assertThatThrownBy(() -> problems.throwIfAny(Refused::new))
        .isInstanceOfSatisfying(
            Refused.class,
            refused -> {
              assertThat(refused.problems())
                  .containsExactly(
                      new FieldRuleException.Problem("name", "name.required"),
                      new FieldRuleException.Problem("heldOn", "heldOn.required"));
              assertThat(refused.field()).isEqualTo("name");
              assertThat(refused.code()).isEqualTo("name.required");
            });
  }

  @Test
  void nothingIsThrownWithoutAProblemAndARefusalNeedsOne() {
    FieldProblems none = new FieldProblems().addIf(false, "name", "name.required");
    assertThat(none.isEmpty()).isTrue();
    assertThatCode(() -> none.throwIfAny(Refused::new)).doesNotThrowAnyException();
    assertThatThrownBy(() -> new Refused(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problemsTheFormFoundStopTheSaveAndAreNotCheckedAgain() {
    FieldProblems problems =
        FieldProblems.after(List.of(new FieldRuleException.Problem("heldOn", "heldOn.invalid")))
            .addIf(true, "heldOn", "heldOn.required")
            .addIf(true, "reasons", "reasons.required");

    assertThatThrownBy(() -> problems.throwIfAny(Refused::new))
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.problems())
                    .containsExactly(
                        new FieldRuleException.Problem("heldOn", "heldOn.invalid"),
                        new FieldRuleException.Problem("reasons", "reasons.required")));
    FieldProblems onlyTheForms =
        FieldProblems.after(List.of(new FieldRuleException.Problem("heldOn", "heldOn.invalid")));
    assertThatThrownBy(() -> onlyTheForms.throwIfAny(Refused::new))
        .as("the form's own problem alone still saves nothing")
        .isInstanceOf(Refused.class);
  }
}
