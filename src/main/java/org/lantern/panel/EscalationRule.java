package org.lantern.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.lantern.risk.RiskLevel;

/**
 * When a child goes to the county manager: three presentations in a row with no reduction in risk.
 *
 * <p>Precisely, over one district panel's meetings whose minutes are approved, in date order:
 *
 * <ul>
 *   <li>A <em>run</em> is a sequence of the child's presentations at consecutive approved meetings
 *       of the panel: a meeting at which the child was not presented breaks it (the panel did not
 *       see them, so "three consecutive times" has not happened).
 *   <li>Each presentation in a run has a level at least that of the one before (no step down at any
 *       point). A reduction ends the run; the reduced presentation starts a new one.
 *   <li>A decision to close ends the run (a child referred again later starts afresh).
 *   <li>When a run reaches three presentations the child is escalated, with those three; counting
 *       starts again after the third, so a fourth presentation without reduction does not escalate
 *       again; a sixth does.
 * </ul>
 */
public final class EscalationRule {

  /** How many consecutive presentations without a reduction escalate a child. */
  public static final int PRESENTATIONS = 3;

  private EscalationRule() {}

  /**
   * One presentation of the child.
   *
   * @param meetingIndex the meeting's position among the panel's approved meetings (0, 1, 2...)
   */
  public record Seen(
      UUID presentationId, int meetingIndex, RiskLevel level, PanelDecision decision) {}

  /** The three presentations of each escalation the history produces, oldest first. */
  public static List<List<Seen>> escalations(List<Seen> history) {
    List<Seen> ordered =
        history.stream().sorted(Comparator.comparingInt(Seen::meetingIndex)).toList();
    List<List<Seen>> found = new ArrayList<>();
    List<Seen> run = new ArrayList<>();
    for (Seen s : ordered) {
      if (!run.isEmpty()) {
        Seen last = run.getLast();
        boolean consecutive = s.meetingIndex() == last.meetingIndex() + 1;
        boolean noReduction = s.level().compareTo(last.level()) >= 0;
        boolean stillOpen = last.decision() != PanelDecision.CLOSE;
        if (!(consecutive && noReduction && stillOpen)) {
          run = new ArrayList<>();
        }
      }
      run.add(s);
      if (run.size() == PRESENTATIONS) {
        found.add(List.copyOf(run));
        run = new ArrayList<>();
      }
    }
    return found;
  }
}
