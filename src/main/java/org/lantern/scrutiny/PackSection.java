package org.lantern.scrutiny;

import java.time.LocalDate;
import java.util.UUID;
import org.lantern.access.CurrentUser;

/**
 * A section a module offers for the committee pack (an SPI owned by scrutiny): the outcomes
 * framework, the KPIs and the work programme are scrutiny's own; the period data report plugs in
 * from reporting. A section renders itself as an HTML fragment (escaped, no scripts, no links to
 * fetch), frozen into the pack when it is published.
 */
public interface PackSection {

  /**
   * What the section is asked to show: by whom (the officer assembling the pack, whose reading of a
   * module's figures is audited), whose, for which meeting, for which audience.
   */
  record Request(
      CurrentUser user,
      UUID partnershipId,
      UUID committeeId,
      LocalDate meetingOn,
      Audience audience) {}

  /** The key stored on the pack (unique across modules). */
  String key();

  /** The section's title, as a message key. */
  String titleKey();

  /** Lower comes first in the pack. */
  int order();

  /** The section's body as an HTML fragment with headings from {@code h3} down. */
  String html(Request request);
}
