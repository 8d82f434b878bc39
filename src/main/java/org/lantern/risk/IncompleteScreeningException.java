package org.lantern.risk;

import java.util.List;

/** Submitted with required items unanswered (listed as ids); the answers given are kept. */
public class IncompleteScreeningException extends RuntimeException {

  private final List<String> missing;

  public IncompleteScreeningException(List<String> missing) {
    super("Unanswered: " + missing);
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
