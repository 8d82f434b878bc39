package org.lantern.people;

import java.util.Map;

/**
 * A part of a child's file that another module shows (risk history, missing episodes, panels),
 * rendered from that module's own template fragment. The fragment takes one parameter, {@code
 * section}, and reads what it needs from {@link #model()}.
 *
 * @param order where it goes: lower first, below the child's details and above the chronology
 * @param template the module's template, e.g. {@code risk/file}
 * @param fragment the fragment in it, e.g. {@code section}
 * @param model what the fragment shows
 */
public record FileSection(int order, String template, String fragment, Map<String, Object> model) {

  public FileSection {
    model = Map.copyOf(model);
  }
}
