package org.lantern.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.AmendmentEntity;
import org.lantern.panel.data.Amendments;
import org.lantern.panel.data.AttendanceEntity;
import org.lantern.panel.data.Attendances;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.people.Children;
import org.lantern.risk.RiskLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panel rounds held before Lantern (a legacy spreadsheet, or the demo county), with their own
 * dates: each round's agenda, attendance, presentations, actions and approval written as they
 * happened, and the escalation rule run as each round's minutes were approved. Audited as one
 * import per round.
 */
@Service
public class PanelImport {

  private final PanelRecords panels;
  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final Attendances attendances;
  private final Presentations presentations;
  private final Actions actions;
  private final Amendments amendments;
  private final PanelHistory history;
  private final EscalationReview escalations;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Children children;

  PanelImport(
      MessageSource messages,
      PanelRecords panels,
      MeetingRecords meetings,
      AgendaItems agenda,
      Attendances attendances,
      Presentations presentations,
      Actions actions,
      Amendments amendments,
      PanelHistory history,
      EscalationReview escalations,
      AuditLog audit,
      Children children) {
    this.children = children;
    this.panels = panels;
    this.meetings = meetings;
    this.agenda = agenda;
    this.attendances = attendances;
    this.presentations = presentations;
    this.actions = actions;
    this.amendments = amendments;
    this.history = history;
    this.escalations = escalations;
    this.audit = audit;
    this.messages = messages;
  }

  /** An action as it was agreed, and whether it has since been done. */
  public record HistoricAction(
      String description,
      @Nullable UUID ownerUserId,
      @Nullable String ownerName,
      @Nullable UUID agencyId,
      LocalDate dueOn,
      ActionStatus status) {}

  /** A child presented at a past round. */
  public record HistoricPresentation(
      UUID childId,
      AgendaReason reason,
      RiskLevel level,
      String discussion,
      PanelDecision decision,
      List<HistoricAction> actions,
      @Nullable String amendmentReason) {}

  /**
   * Writes one past round of a panel (which must be set up), approved by its chair at {@code
   * approvedAt}. Returns the meeting's id.
   */
  @Transactional
  public UUID round(
      CurrentUser by,
      UUID panelId,
      LocalDate on,
      Instant approvedAt,
      Map<UUID, Boolean> attendance,
      List<HistoricPresentation> presented) {
    PanelEntity panel = panels.findById(panelId).orElseThrow();
    Instant agreed = approvedAt.minusSeconds(86_400L * 7);
    MeetingEntity meeting = new MeetingEntity(panel, on, agreed.minusSeconds(86_400L * 14));
    meeting.agreeAgenda(agreed);
    meeting.hold(approvedAt.minusSeconds(86_400L * 3));
    meeting.approve(panel.chairUserId() == null ? by.id() : panel.chairUserId(), approvedAt);
    meetings.save(meeting);
    attendance.forEach(
        (agency, came) -> attendances.save(new AttendanceEntity(meeting.id(), agency, came, null)));
    for (HistoricPresentation h : presented) {
      agenda.save(
          new AgendaItemEntity(meeting.id(), h.childId(), h.reason(), null, by.id(), agreed));
      RiskLevel previous =
          history.previousTo(meeting, h.childId()).map(PresentationEntity::level).orElse(null);
      PresentationEntity p =
          new PresentationEntity(
              meeting.id(),
              h.childId(),
              children.summary(h.childId()).districtId(),
              h.level(),
              previous,
              by.id(),
              agreed);
      p.record(h.discussion(), h.decision(), approvedAt);
      presentations.save(p);
      presentations.flush();
      for (HistoricAction a : h.actions()) {
        ActionEntity action =
            new ActionEntity(
                p.id(),
                meeting.id(),
                h.childId(),
                a.description(),
                a.ownerUserId(),
                a.ownerName(),
                a.agencyId(),
                a.dueOn(),
                approvedAt);
        if (a.status() != ActionStatus.OPEN) {
          action.setStatus(a.status(), approvedAt.plusSeconds(86_400L * 10));
        }
        actions.save(action);
      }
      if (h.amendmentReason() != null) {
        amendments.save(
            new AmendmentEntity(
                meeting.id(),
                h.childId(),
                by.id(),
                approvedAt.plusSeconds(86_400L * 2),
                h.amendmentReason(),
                messages.getMessage("panel.amendment.discussion", null, Locale.UK)));
      }
    }
    panel.scheduleAfter(on, approvedAt);
    presentations.flush();
    for (HistoricPresentation h : presented) {
      escalations.evaluate(panel, h.childId(), approvedAt);
    }
    audit.record(
        by,
        AuditAction.RUN_PANEL,
        null,
        RecordRef.of("PANEL_MEETING", meeting.id()),
        null,
        "import of a past panel round with " + presented.size() + " children");
    return meeting.id();
  }
}
