package org.lantern.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing already known about a child that the front door sees beside a new concern ("Current
 * screening level: high, screened 3 March 2026"; "Allocated to Sam Patel, Children's team").
 *
 * @param order where it goes, lower first
 * @param messageKey what it says, as a message key
 * @param arguments the message's arguments, in order
 * @param serious shown as a warning rather than information
 * @param link where to read more, for those allowed
 */
public record KnownFact(
    int order, String messageKey, List<Object> arguments, boolean serious, @Nullable String link) {

  public KnownFact {
    arguments = List.copyOf(arguments);
  }
}
