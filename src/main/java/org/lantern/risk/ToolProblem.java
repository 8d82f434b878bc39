package org.lantern.risk;

import java.util.List;

/**
 * What is wrong with a tool definition, and where: the line (1 for the first) and the field's path
 * ("sections[2].indicators[1].id"), with a message key and its arguments after those two.
 */
public record ToolProblem(int line, String field, String messageKey, List<Object> arguments) {

  public ToolProblem {
    arguments = List.copyOf(arguments);
  }

  /** The message's arguments: line, field, then the problem's own. */
  public Object[] messageArguments() {
    Object[] all = new Object[arguments.size() + 2];
    all[0] = line;
    all[1] = field;
    for (int i = 0; i < arguments.size(); i++) {
      all[i + 2] = arguments.get(i);
    }
    return all;
  }
}
