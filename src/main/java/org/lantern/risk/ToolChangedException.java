package org.lantern.risk;

/** Someone published the tool after this person opened it: nothing was published. */
public class ToolChangedException extends RuntimeException {

  private final int current;

  public ToolChangedException(String key, int current) {
    super("Tool " + key + " is now at version " + current);
    this.current = current;
  }

  public int current() {
    return current;
  }
}
