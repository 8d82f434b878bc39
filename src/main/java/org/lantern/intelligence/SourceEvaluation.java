package org.lantern.intelligence;

/**
 * How far the source of a piece of intelligence is to be trusted: the first grade of the police's
 * 3x5x2 evaluation, in plain words.
 */
public enum SourceEvaluation {
  /** 1: reliable. */
  RELIABLE,
  /** 2: untested. */
  UNTESTED,
  /** 3: not reliable. */
  NOT_RELIABLE;

  public String messageKey() {
    return "intelligence.evaluation." + name();
  }
}
