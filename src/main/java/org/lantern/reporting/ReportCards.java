package org.lantern.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.panel.MeetingStatus;
import org.lantern.panel.PanelRounds;
import org.lantern.people.Children;
import org.lantern.people.Placements;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.disclosure.DisclosureControl;
import org.lantern.platform.disclosure.DisclosureSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel area's report card for each round (a meeting whose minutes the chair approved): the
 * figures against the previous round and the same round a year earlier, for the area and, when it
 * covers several districts, for each district beside the area's total (seed 002 ¶73: the incidence
 * for each district is discussed); and the coordinator's text. The full version is for the panel
 * and senior managers; the wider-circulation version applies disclosure control. Seeing either is
 * audited.
 */
@Service
public class ReportCards {

  /** A round "a year earlier" is the approved round nearest 12 months before, within this. */
  static final int YEAR_EARLIER_WITHIN_DAYS = 45;

  /** Which version. */
  public enum Version {
    FULL,
    WIDER
  }

  /** A round with a report card. */
  public record RoundLink(UUID meetingId, UUID panelId, String panelName, LocalDate on) {}

  /** One district's own figures on its area's card (district null: the area's total). */
  public record DistrictFigures(@Nullable String districtName, ReportFigures figures) {}

  /**
   * A report card as the pages and the PDF show it: {@code figures} are the area's total, {@code
   * districts} each district's own (empty when the area is one district).
   */
  public record Card(
      RoundLink round,
      Version version,
      @Nullable LocalDate previousOn,
      @Nullable LocalDate yearEarlierOn,
      ReportFigures figures,
      List<DistrictFigures> districts,
      ReportText text,
      int threshold,
      boolean mayWrite,
      boolean maySeeFull) {

    /** What the card shows, in order: the area's total, then each district's own figures. */
    public List<DistrictFigures> sections() {
      List<DistrictFigures> all = new ArrayList<>();
      all.add(new DistrictFigures(null, figures));
      all.addAll(districts);
      return all;
    }

    /** Whether any count in any section is hidden (then the footnote on "c" is shown). */
    public boolean anySuppressed() {
      return sections().stream().anyMatch(s -> s.figures().anySuppressed());
    }
  }

  private final PanelRounds rounds;
  private final Directory directory;
  private final Children children;
  private final Placements placements;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final DisclosureSettings disclosure;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ReportCards(
      PanelRounds rounds,
      Directory directory,
      Children children,
      Placements placements,
      AccessPolicy policy,
      AuditLog audit,
      DisclosureSettings disclosure,
      JdbcTemplate jdbc,
      Clock clock) {
    this.rounds = rounds;
    this.directory = directory;
    this.children = children;
    this.placements = placements;
    this.policy = policy;
    this.audit = audit;
    this.disclosure = disclosure;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every round with a report card, newest first, for those who may read one. */
  @Transactional(readOnly = true)
  public List<RoundLink> rounds(CurrentUser user) {
    requireAny(user);
    List<RoundLink> links = new ArrayList<>();
    for (PanelRounds.Area a : rounds.areas(user.partnershipId())) {
      for (PanelRounds.Round r : approved(user.partnershipId(), a.panelId())) {
        links.add(new RoundLink(r.meetingId(), a.panelId(), a.name(), r.meetingOn()));
      }
    }
    links.sort(Comparator.comparing(RoundLink::on).reversed().thenComparing(RoundLink::panelName));
    return links;
  }

  /**
   * A round's report card in the version asked for; someone who may read only the wider version
   * gets that whatever they asked.
   */
  @Transactional
  public Card card(CurrentUser user, UUID meetingId, Version asked) {
    requireAny(user);
    boolean full = policy.roleAllows(user, Permission.VIEW_REPORT_CARD);
    Version version = full ? asked : Version.WIDER;
    RoundLink link = find(user, meetingId);
    List<PanelRounds.Round> approved = approved(user.partnershipId(), link.panelId());
    PanelRounds.Round current =
        approved.stream().filter(r -> r.meetingId().equals(meetingId)).findFirst().orElseThrow();
    PanelRounds.Round previous =
        approved.stream()
            .filter(r -> r.meetingOn().isBefore(current.meetingOn()))
            .max(Comparator.comparing(PanelRounds.Round::meetingOn))
            .orElse(null);
    LocalDate aYearBefore = current.meetingOn().minusYears(1);
    PanelRounds.Round yearEarlier =
        approved.stream()
            .filter(
                r ->
                    Math.abs(ChronoUnit.DAYS.between(r.meetingOn(), aYearBefore))
                        <= YEAR_EARLIER_WITHIN_DAYS)
            .min(
                Comparator.comparingLong(
                    r -> Math.abs(ChronoUnit.DAYS.between(r.meetingOn(), aYearBefore))))
            .orElse(null);
    RoundCounter counter =
        new RoundCounter(
            rounds, children, placements, user.partnershipId(), link.panelId(), approved);
    DisclosureControl control = version == Version.FULL ? null : disclosure.control();
    ReportFigures figures = counter.figures(current, previous, yearEarlier, null, control);
    List<DistrictFigures> districts = new ArrayList<>();
    Set<UUID> covered = areaDistricts(user.partnershipId(), link.panelId());
    if (covered.size() > 1) {
      for (DistrictView d : directory.districts(user.partnershipId())) {
        if (covered.contains(d.id())) {
          districts.add(
              new DistrictFigures(
                  d.name(), counter.figures(current, previous, yearEarlier, d.id(), control)));
        }
      }
    }
    audit.record(
        user,
        version == Version.FULL
            ? AuditAction.VIEW_REPORT_CARD
            : AuditAction.VIEW_PUBLISHED_REPORT_CARD,
        null,
        RecordRef.of("REPORT_CARD", meetingId),
        "ROLE",
        link.panelName() + " " + link.on() + " " + version);
    return new Card(
        link,
        version,
        previous == null ? null : previous.meetingOn(),
        yearEarlier == null ? null : yearEarlier.meetingOn(),
        figures,
        districts,
        text(meetingId),
        disclosure.threshold(),
        policy.roleAllows(user, Permission.WRITE_REPORT_CARD),
        full);
  }

  /** The coordinator's text, for the form. */
  @Transactional(readOnly = true)
  public ReportText textFor(CurrentUser user, UUID meetingId) {
    requireWrite(user);
    find(user, meetingId);
    return text(meetingId);
  }

  /**
   * Saves the coordinator's text.
   *
   * @return false when someone saved it since it was read (nothing changed)
   */
  @Transactional
  public boolean write(CurrentUser user, UUID meetingId, ReportText text) {
    requireWrite(user);
    RoundLink link = find(user, meetingId);
    Timestamp now = Timestamp.from(clock.instant());
    int changed;
    if (text.version() < 0) {
      changed =
          jdbc.update(
              """
              insert into panel_report_text (meeting_id, partnership_id, locality, good_practice,
                strategic_issues, updated_by, updated_at, version)
              select ?, ?, ?, ?, ?, ?, ?, 0
              where not exists (select 1 from panel_report_text where meeting_id = ?)
              """,
              meetingId,
              user.partnershipId(),
              text.locality(),
              text.goodPractice(),
              text.strategicIssues(),
              user.id(),
              now,
              meetingId);
    } else {
      changed =
          jdbc.update(
              """
              update panel_report_text set locality = ?, good_practice = ?, strategic_issues = ?,
                updated_by = ?, updated_at = ?, version = version + 1
              where meeting_id = ? and version = ?
              """,
              text.locality(),
              text.goodPractice(),
              text.strategicIssues(),
              user.id(),
              now,
              meetingId,
              text.version());
    }
    if (changed == 1) {
      audit.record(
          user,
          AuditAction.WRITE_REPORT_CARD,
          null,
          RecordRef.of("REPORT_CARD", meetingId),
          "ROLE",
          link.panelName() + " " + link.on());
    }
    return changed == 1;
  }

  private ReportText text(UUID meetingId) {
    return jdbc
        .query(
            "select * from panel_report_text where meeting_id = ?",
            (rs, n) ->
                new ReportText(
                    rs.getString("locality"),
                    rs.getString("good_practice"),
                    rs.getString("strategic_issues"),
                    rs.getLong("version")),
            meetingId)
        .stream()
        .findFirst()
        .orElse(ReportText.EMPTY);
  }

  private RoundLink find(CurrentUser user, UUID meetingId) {
    for (PanelRounds.Area a : rounds.areas(user.partnershipId())) {
      for (PanelRounds.Round r : approved(user.partnershipId(), a.panelId())) {
        if (r.meetingId().equals(meetingId)) {
          return new RoundLink(r.meetingId(), a.panelId(), a.name(), r.meetingOn());
        }
      }
    }
    throw new RecordNotFoundException("report card", meetingId);
  }

  private Set<UUID> areaDistricts(UUID partnershipId, UUID panelId) {
    return rounds.areas(partnershipId).stream()
        .filter(a -> a.panelId().equals(panelId))
        .map(PanelRounds.Area::districtIds)
        .findFirst()
        .orElse(Set.of());
  }

  private List<PanelRounds.Round> approved(UUID partnershipId, UUID panelId) {
    return rounds.panelRounds(partnershipId, panelId).stream()
        .filter(r -> r.status() == MeetingStatus.MINUTES_APPROVED)
        .toList();
  }

  /** Those who read the full card, and those who read only the wider-circulation version. */
  private void requireAny(CurrentUser user) {
    if (!policy.roleAllows(user, Permission.VIEW_REPORT_CARD)) {
      policy.requireRole(user, Permission.VIEW_PUBLISHED_REPORT_CARD);
    }
  }

  private void requireWrite(CurrentUser user) {
    policy.requireRole(user, Permission.WRITE_REPORT_CARD);
  }
}
