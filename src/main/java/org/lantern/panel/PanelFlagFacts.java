package org.lantern.panel;

import java.util.List;
import java.util.UUID;
import org.lantern.flags.FactRow;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.stereotype.Component;

/**
 * Whether a child is a panel child now (on their panel's latest approved meeting, not closed), or
 * was one: from the first presentation to the last.
 */
@Component
class PanelFlagFacts implements FlagFactSource {

  private final PanelHistory history;
  private final PanelFile file;

  PanelFlagFacts(PanelHistory history, PanelFile file) {
    this.history = history;
    this.file = file;
  }

  /**
   * Whether the child was ever presented: one row or none, read with every other module's facts in
   * one statement.
   */
  @Override
  public String select() {
    return """
        select 0, null, null, null, null from panel_presentation
        where child_id = ?
        fetch first 1 rows only
        """;
  }

  /**
   * A child never presented (almost every child a flag check asks about) has no facts and costs
   * nothing more; a child presented at least once is read as before, through the panel's history
   * and its rule of the current panel.
   */
  @Override
  public List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    UUID childId = child.id();
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
}
