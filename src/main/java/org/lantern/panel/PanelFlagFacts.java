package org.lantern.panel;

import java.util.List;
import java.util.UUID;
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

  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
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
