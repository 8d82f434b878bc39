package org.lantern.people;

import org.lantern.access.Section;

/**
 * A module's contribution to a child's file or chronology, which fills one {@link Section} of it:
 * what a person sees of it follows their scope of that section ({@link
 * org.lantern.access.ScopeTable}).
 */
public interface FilePart {

  /**
   * The section this part fills. A part that does not say is treated as {@link Section#CASE}: shown
   * only to those who see that section.
   */
  default Section section() {
    return Section.CASE;
  }
}
