package org.lantern.panel;

import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a child is a panel child now (on their panel's latest approved meeting, not closed), or
 * was one: from the first presentation to the last.
 */
@Component
class PanelFlagFacts implements FlagFactSource {

  private final PanelHistory history;
  private final PanelFile file;
  private final JdbcTemplate jdbc;

  PanelFlagFacts(PanelHistory history, PanelFile file, JdbcTemplate jdbc) {
    this.history = history;
    this.file = file;
    this.jdbc = jdbc;
  }

  /**
   * A child never presented (almost every child a flag check asks about) is answered by one plain
   * statement that finds no presentation, without the repositories' entities; a child presented at
   * least once is read as before, through the panel's history and its rule of the current panel.
   */
  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    if (!presented(childId)) {
      return List.of();
    }
    List<PanelHistory.Shown> approved = history.approved(childId);
    if (approved.isEmpty()) {
      return List.of();
    }
    boolean current = file.current(childId, approved);
    return List.of(
        new FlagFact(
            FlagFact.Kind.PANEL,
            current ? "CURRENT" : "PAST",
            approved.getFirst().meeting().meetingOn(),
            approved.getLast().meeting().meetingOn()));
  }

  private boolean presented(UUID childId) {
    return !jdbc.queryForList(
            "select 1 from panel_presentation where child_id = ? fetch first 1 rows only",
            Integer.class,
            childId)
        .isEmpty();
  }
}
