package org.lantern.risk;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.access.UserView;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.people.FileIndicator;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.lantern.people.KnownFact;
import org.lantern.people.KnownSource;
import org.lantern.risk.data.ScreeningEntity;
import org.lantern.risk.data.ScreeningRecords;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Risk on the child's file: an indicator while the current level is medium or high; a section with
 * the current level, the history (chart and table, with what changed), the service referral, and
 * starting a screening; and each submitted screening on the chronology. The file has already
 * checked (and audited) that the viewer may open the record. Someone who sees only part of the
 * screenings section sees the levels and dates (of every screening when their scope gives levels,
 * otherwise of those they or their agency wrote, and no section when there are none), never the
 * answers behind them, and only the service referrals they (or their agency) accepted.
 */
@Component
class RiskFile implements FilePartSource, ChronologySource, KnownSource {

  private final JdbcClient sql;

  private final ScreeningRecords records;
  private final ScreeningTools tools;
  private final CommissionedService service;
  private final Directory directory;
  private final AccessPolicy policy;
  private final MessageSource messages;

  RiskFile(
      ScreeningRecords records,
      ScreeningTools tools,
      CommissionedService service,
      Directory directory,
      AccessPolicy policy,
      MessageSource messages,
      JdbcClient sql) {
    this.sql = sql;
    this.records = records;
    this.tools = tools;
    this.service = service;
    this.directory = directory;
    this.policy = policy;
    this.messages = messages;
  }

  @Override
  public List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    List<ScreeningEntity> submitted = records.submittedFor(childId);
    if (submitted.isEmpty()) {
      return List.of();
    }
    ScreeningEntity current = submitted.getLast();
    RiskLevel level = current.riskLevel();
    if (level == null || !level.serious()) {
      return List.of();
    }
    return List.of(
        new FileIndicator(
            level == RiskLevel.HIGH ? "file.risk.indicator.high" : "file.risk.indicator.medium",
            List.of(),
            true,
            "/screenings/" + current.id()));
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** For the front door: the current screening level and when it was screened, or none yet. */
  @Override
  public List<KnownFact> knownAbout(UUID childId, CurrentUser viewer) {
    List<ScreeningEntity> submitted = records.submittedFor(childId);
    if (submitted.isEmpty()) {
      return List.of(new KnownFact(10, "screening.known.none", List.of(), false, null));
    }
    ScreeningEntity current = submitted.getLast();
    RiskLevel level = current.riskLevel() == null ? RiskLevel.NONE : current.riskLevel();
    return List.of(
        new KnownFact(
            10,
            "screening.known.level",
            List.of(
                messages.getMessage(level.messageKey(), null, Locale.UK),
                DAY.format(RiskHistory.date(current.submittedAt()))),
            level.serious(),
            "/screenings/" + current.id()));
  }

  @Override
  public Section section() {
    return Section.SCREENINGS;
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    return section(childId, viewer, records.submittedFor(childId), null);
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    if (access.all()) {
      return sectionsFor(childId, viewer);
    }
    List<ScreeningEntity> shown = shown(childId, access);
    if (shown.isEmpty() && !access.levelOnly()) {
      return List.of();
    }
    return section(childId, viewer, shown, service.forChild(childId, access));
  }

  /** The screenings someone who sees part of the section is shown the level of. */
  private List<ScreeningEntity> shown(UUID childId, SectionAccess access) {
    List<ScreeningEntity> submitted = records.submittedFor(childId);
    if (access.levelOnly()) {
      return submitted;
    }
    Map<UUID, UserView> authors =
        directory.users(submitted.stream().map(ScreeningEntity::authorUserId).distinct().toList());
    return submitted.stream()
        .filter(s -> access.admits(s.authorUserId(), agencyOf(authors, s)))
        .toList();
  }

  private static @Nullable UUID agencyOf(Map<UUID, UserView> authors, ScreeningEntity s) {
    UserView author = authors.get(s.authorUserId());
    return author == null ? null : author.agencyId();
  }

  /**
   * The section: whole when {@code partReferrals} is null, otherwise levels only, with these
   * service referrals.
   */
  private List<FileSection> section(
      UUID childId,
      CurrentUser viewer,
      List<ScreeningEntity> submitted,
      @Nullable List<CommissionedService.Referral> partReferrals) {
    boolean whole = partReferrals == null;
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("childId", childId);
    model.put("levelsOnly", !whole);
    if (!submitted.isEmpty()) {
      model.put("history", history(submitted, whole));
    }
    model.put("referrals", whole ? service.forChild(childId) : partReferrals);
    boolean mayStart = policy.roleAllows(viewer, Permission.COMPLETE_SCREENING);
    model.put("tools", mayStart ? tools.current(viewer.partnershipId()) : List.of());
    model.put(
        "underWay",
        records
            .findByChildIdAndStatusInOrderByUpdatedAtDesc(
                childId, EnumSet.of(ScreeningStatus.DRAFT, ScreeningStatus.RETURNED))
            .stream()
            .filter(s -> s.authorUserId().equals(viewer.id()))
            .map(ScreeningEntity::id)
            .toList());
    return List.of(new FileSection(10, "risk/file", "section", model));
  }

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select child_id, max(submitted_at) from screening where child_id in (:ids) and submitted_at is not null group by child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    return entries(records.submittedFor(childId), true);
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    if (access.all()) {
      return entriesFor(childId, viewer);
    }
    return entries(shown(childId, access), false);
  }

  private List<ChronologyEntry> entries(List<ScreeningEntity> submitted, boolean whole) {
    Map<UUID, UserView> authors =
        directory.users(submitted.stream().map(ScreeningEntity::authorUserId).distinct().toList());
    List<ChronologyEntry> entries = new ArrayList<>();
    for (ScreeningEntity s : submitted) {
      UserView author = authors.get(s.authorUserId());
      RiskLevel level = s.riskLevel() == null ? RiskLevel.NONE : s.riskLevel();
      String title =
          messages.getMessage(
              "chronology.screening.title",
              new Object[] {messages.getMessage(level.messageKey(), null, Locale.UK)},
              Locale.UK);
      entries.add(
          new ChronologyEntry(
              s.submittedAt(),
              "chronology.screening",
              author == null ? "" : author.agencyName(),
              title,
              whole ? s.judgementReason() : null,
              List.of(),
              messages.getMessage(s.status().messageKey(), null, Locale.UK),
              whole ? "/screenings/" + s.id() : null));
    }
    return entries;
  }

  private RiskHistory history(List<ScreeningEntity> submitted, boolean withAnswers) {
    Map<UUID, UserView> authors =
        directory.users(submitted.stream().map(ScreeningEntity::authorUserId).distinct().toList());
    List<RiskHistory.Step> steps = new ArrayList<>();
    for (ScreeningEntity s : submitted) {
      ToolDefinition tool = tools.version(s.toolVersionId()).definition();
      Map<String, String> yes = new LinkedHashMap<>();
      for (ToolDefinition.Indicator i : tool.indicators()) {
        if (withAnswers && Answer.YES.name().equals(s.answers().get(i.id()))) {
          yes.put(i.id(), i.text());
        }
      }
      UserView author = authors.get(s.authorUserId());
      steps.add(
          new RiskHistory.Step(
              s.id(),
              RiskHistory.date(s.submittedAt()),
              s.riskLevel() == null ? RiskLevel.NONE : s.riskLevel(),
              s.status(),
              author == null ? "" : author.displayName(),
              yes));
    }
    return RiskHistory.of(steps);
  }
}
