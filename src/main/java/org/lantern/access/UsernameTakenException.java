package org.lantern.access;

/** An account already has this username (usernames are compared trimmed and in lower case). */
public class UsernameTakenException extends RuntimeException {

  private final String username;

  public UsernameTakenException(String username) {
    super("The username " + username + " is already taken");
    this.username = username;
  }

  public String username() {
    return username;
  }
}
