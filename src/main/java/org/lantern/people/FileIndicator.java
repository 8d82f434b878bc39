package org.lantern.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A flag at the top of a child's file that a module raises while something is true ("Risk: high",
 * "Named on a child abduction warning notice", "Missing 3 times in 90 days").
 *
 * @param messageKey what it says, as a message key
 * @param arguments the message's arguments, in order
 * @param serious shown as a warning (red) rather than information
 * @param link where to read more, for those allowed
 */
public record FileIndicator(
    String messageKey, List<Object> arguments, boolean serious, @Nullable String link) {

  public FileIndicator {
    arguments = List.copyOf(arguments);
  }
}
