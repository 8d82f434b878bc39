package org.lantern.access;

import java.util.Optional;

/**
 * A part of Lantern whose navigation links are shown as one link to a page listing them, when a
 * person has more than one of them: the bar then fits one row at 1280 pixels for the roles with the
 * most links (a person with one link of a group sees that link itself).
 */
public enum NavGroup {
  /** The team queue, the team's children and one's own. */
  CASEWORK("nav.group.casework", "/casework"),
  /** Raising a concern and one's own referrals. */
  REFERRALS("nav.group.referrals", "/concerns"),
  /** Finding a child, possible matches, the person index. */
  CHILDREN("nav.group.children", "/children"),
  /** Recording missing episodes, uploading them, return interviews. */
  MISSING("nav.group.missing", "/missing"),
  /** Panels, panel packs, escalations, cross-referenced lists. */
  PANELS("nav.group.panels", "/panel-work"),
  /** Abduction warning notices and adults of concern. */
  INTELLIGENCE("nav.group.intelligence", "/intelligence"),
  /** Figures, report cards, data reports, outcomes and the committee's papers. */
  REPORTS("nav.group.reports", "/reports");

  private final String messageKey;
  private final String href;

  NavGroup(String messageKey, String href) {
    this.messageKey = messageKey;
    this.href = href;
  }

  /** The group's name, on its link in the bar and as its page's heading. */
  public String messageKey() {
    return messageKey;
  }

  public String href() {
    return href;
  }

  /** The group whose page is at this path. */
  public static Optional<NavGroup> at(String path) {
    for (NavGroup g : values()) {
      if (g.href.equals(path)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
