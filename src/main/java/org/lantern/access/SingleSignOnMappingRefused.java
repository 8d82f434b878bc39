package org.lantern.access;

import java.util.List;

/**
 * A single sign-on mapping the administrator asked for that cannot be saved, with each reason (one
 * a field of the form). Nothing was saved.
 */
public class SingleSignOnMappingRefused extends RuntimeException {

  private final List<SingleSignOnProblem> problems;

  SingleSignOnMappingRefused(List<SingleSignOnProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<SingleSignOnProblem> problems() {
    return problems;
  }
}
