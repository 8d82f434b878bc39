package org.lantern.risk;

import java.util.List;

/** A tool definition that cannot be published: every problem found, in line order. */
public class InvalidToolException extends RuntimeException {

  private final List<ToolProblem> problems;

  public InvalidToolException(List<ToolProblem> problems) {
    super("Tool definition has " + problems.size() + " problem(s): " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<ToolProblem> problems() {
    return problems;
  }
}
