package org.lantern.missing;

/**
 * A notification that breaks a rule needing the database to check (an overlap with another episode,
 * a reference already used for another child): nothing was saved. {@code field} and {@code code}
 * say which field and which message.
 */
public class EpisodeRejectedException extends RuntimeException {

  private final String field;
  private final String code;
  private final Object[] arguments;

  public EpisodeRejectedException(String field, String code, Object... arguments) {
    super(code);
    this.field = field;
    this.code = code;
    this.arguments = arguments.clone();
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
