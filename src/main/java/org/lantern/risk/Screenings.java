package org.lantern.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.access.Relationships;
import org.lantern.access.Section;
import org.lantern.access.UserView;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.LevelRules.Explanation;
import org.lantern.risk.data.ScreeningEntity;
import org.lantern.risk.data.ScreeningRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing a screening: start (on the tool's current version), save a draft and come back, submit
 * with the computed level and any professional judgement; then a team manager's sign-off. Every
 * read and change is checked by the access policy and audited.
 */
@Service
public class Screenings {

  static final int MAX_WORDS = 10_000;
  static final int MAX_REASON = 5_000;

  private final ScreeningRecords records;
  private final ScreeningTools tools;
  private final Children children;
  private final AccessPolicy policy;
  private final Directory directory;
  private final Relationships relationships;
  private final CommissionedService service;
  private final RiskSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Screenings(
      ScreeningRecords records,
      ScreeningTools tools,
      Children children,
      AccessPolicy policy,
      Directory directory,
      Relationships relationships,
      CommissionedService service,
      RiskSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.records = records;
    this.tools = tools;
    this.children = children;
    this.policy = policy;
    this.directory = directory;
    this.relationships = relationships;
    this.service = service;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Starts a screening of the child on the tool's current version, or returns the one this person
   * already has under way for the child (so coming back finds the draft).
   */
  @Transactional
  public UUID start(CurrentUser user, UUID childId, String toolKey) {
    policy.require(
        user,
        Permission.COMPLETE_SCREENING,
        children.ref(childId),
        RecordRef.child(childId),
        "start a screening");
    for (ScreeningEntity s :
        records.findByChildIdAndStatusInOrderByUpdatedAtDesc(
            childId, EnumSet.of(ScreeningStatus.DRAFT, ScreeningStatus.RETURNED))) {
      if (s.authorUserId().equals(user.id())) {
        return s.id();
      }
    }
    PublishedTool tool =
        tools
            .current(user.partnershipId(), toolKey)
            .orElseThrow(() -> new RecordNotFoundException("tool " + toolKey, childId));
    ScreeningEntity s =
        ScreeningEntity.start(
            user.partnershipId(), childId, tool.versionId(), user.id(), clock.instant());
    records.save(s);
    return s.id();
  }

  /**
   * A screening as this person may read it: anyone who sees the child's screenings whole, or who
   * wrote it (or whose agency did) when their relationship shows that much. A level without its
   * answers is shown on the file; the answers here are refused (audited) to those who see levels
   * only.
   */
  @Transactional
  public ScreeningView open(CurrentUser user, UUID screeningId) {
    ScreeningEntity s = load(screeningId);
    policy.requireInSection(
        user,
        children.ref(s.childId()),
        Section.SCREENINGS,
        s.authorUserId(),
        directory.user(s.authorUserId()).map(UserView::agencyId).orElse(null),
        RecordRef.of("SCREENING", screeningId),
        "read a screening");
    return view(s);
  }

  /** Saves the answers as a draft (or a returned screening being changed) by its author. */
  @Transactional
  public void save(CurrentUser user, UUID screeningId, long version, Map<String, String> answers) {
    ScreeningEntity s = editable(user, screeningId, version, "save a screening");
    s.record(kept(s, answers), clock.instant());
    records.saveAndFlush(s);
  }

  /**
   * Submits: every required item must be answered ({@link IncompleteScreeningException} otherwise,
   * the draft as saved). A judged level different from the computed one needs a reason (checked by
   * the form). Signed off, it refers the child into the commissioned service ({@link #signOff}).
   */
  @Transactional
  public ScreeningView submit(
      CurrentUser user,
      UUID screeningId,
      long version,
      @Nullable RiskLevel judged,
      @Nullable String reason) {
    ScreeningEntity s = editable(user, screeningId, version, "submit a screening");
    PublishedTool tool = tools.version(s.toolVersionId());
    List<String> missing = missing(tool.definition(), s.answers());
    if (!missing.isEmpty()) {
      throw new IncompleteScreeningException(missing);
    }
    Explanation e = LevelRules.explain(tool.definition(), answersOf(s.answers()));
    RiskLevel judgedLevel = judged == e.level() ? null : judged;
    RiskLevel level = judgedLevel == null ? e.level() : judgedLevel;
    Instant now = clock.instant();
    List<ScreeningEntity> before = records.submittedFor(s.childId());
    RiskLevel previous =
        before.isEmpty() || before.getLast().riskLevel() == null
            ? null
            : before.getLast().riskLevel();
    UUID team = relationships.allocatedTeam(s.childId());
    s.submit(
        e.score(),
        e.level(),
        judgedLevel,
        reason,
        team != null ? team : user.teamId(),
        reviewDue(level, now),
        now);
    records.saveAndFlush(s);
    events.publishEvent(
        new ScreeningSubmitted(s.id(), s.partnershipId(), s.childId(), level, previous));
    return view(s);
  }

  /**
   * A team manager agrees the screening, or returns it to its author with comments. Agreed, it
   * refers the child into the commissioned service at its level ({@link CommissionedService}).
   * Throws {@link ScreeningChangedException} when it changed since {@code version} was read.
   */
  @Transactional
  public void signOff(
      CurrentUser manager,
      UUID screeningId,
      long version,
      boolean agree,
      @Nullable String comments) {
    ScreeningEntity s = load(screeningId);
    policy.require(
        manager,
        Permission.SIGN_OFF_SCREENING,
        children.ref(s.childId()),
        RecordRef.of("SCREENING", screeningId),
        agree ? "sign off a screening" : "return a screening");
    policy.requireRole(
        manager,
        Permission.SIGN_OFF_SCREENING,
        RecordRef.of("SCREENING", screeningId),
        RecordRule.of(!s.authorUserId().equals(manager.id()), "OWN_SCREENING"));
    if (s.version() != version || s.status() != ScreeningStatus.SUBMITTED) {
      throw new ScreeningChangedException("Screening " + screeningId + " changed");
    }
    if (agree) {
      s.signOff(manager.id(), clock.instant());
    } else {
      s.returnToAuthor(manager.id(), comments == null ? "" : comments, clock.instant());
    }
    records.saveAndFlush(s);
    if (agree && s.riskLevel() != null) {
      // A completed screening is the single point of referral into the service, at every level.
      service.refer(s, s.riskLevel());
    }
  }

  /** The review date a screening at this level gets when submitted now; none for no risk. */
  public @Nullable LocalDate reviewDue(RiskLevel level, Instant now) {
    Period after = settings.reviewAfter(level);
    return after == null ? null : LocalDate.ofInstant(now, LanternTime.ZONE).plus(after);
  }

  /** The required items with no answer: every indicator, and the own-words fields marked so. */
  static List<String> missing(ToolDefinition tool, Map<String, String> answers) {
    List<String> missing = new ArrayList<>();
    for (ToolDefinition.Section section : tool.sections()) {
      for (ToolDefinition.Indicator i : section.indicators()) {
        if (Answer.parse(answers.get(i.id())) == null) {
          missing.add(i.id());
        }
      }
      for (ToolDefinition.Voice v : section.voices()) {
        String words = answers.get(v.id());
        if (v.required() && (words == null || words.isBlank())) {
          missing.add(v.id());
        }
      }
    }
    return missing;
  }

  static Map<String, Answer> answersOf(Map<String, String> stored) {
    Map<String, Answer> answers = new HashMap<>();
    stored.forEach(
        (id, value) -> {
          Answer a = Answer.parse(value);
          if (a != null) {
            answers.put(id, a);
          }
        });
    return answers;
  }

  /** Only the tool's own items, each answer valid and of bounded length. */
  private Map<String, String> kept(ScreeningEntity s, Map<String, String> given) {
    ToolDefinition tool = tools.version(s.toolVersionId()).definition();
    Map<String, String> kept = new HashMap<>();
    for (ToolDefinition.Indicator i : tool.indicators()) {
      Answer a = Answer.parse(given.get(i.id()));
      if (a != null) {
        kept.put(i.id(), a.name());
      }
    }
    for (ToolDefinition.Voice v : tool.voices()) {
      String words = given.get(v.id());
      if (words != null && !words.isBlank()) {
        kept.put(v.id(), words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words);
      }
    }
    return kept;
  }

  private ScreeningEntity editable(
      CurrentUser user, UUID screeningId, long version, String purpose) {
    ScreeningEntity s = load(screeningId);
    policy.require(
        user,
        Permission.COMPLETE_SCREENING,
        children.ref(s.childId()),
        RecordRef.of("SCREENING", screeningId),
        purpose);
    policy.requireRole(
        user,
        Permission.COMPLETE_SCREENING,
        RecordRef.of("SCREENING", screeningId),
        RecordRule.of(s.authorUserId().equals(user.id()), "NOT_AUTHOR"));
    if (s.version() != version || !s.status().editable()) {
      throw new ScreeningChangedException("Screening " + screeningId + " changed");
    }
    return s;
  }

  ScreeningEntity load(UUID screeningId) {
    return records
        .findById(screeningId)
        .orElseThrow(() -> new RecordNotFoundException("screening", screeningId));
  }

  ScreeningView view(ScreeningEntity s) {
    PublishedTool tool = tools.version(s.toolVersionId());
    ChildSummary child = children.summary(s.childId());
    Set<UUID> people = new HashSet<>();
    people.add(s.authorUserId());
    if (s.signedOffByUserId() != null) {
      people.add(s.signedOffByUserId());
    }
    if (s.returnedByUserId() != null) {
      people.add(s.returnedByUserId());
    }
    Map<UUID, UserView> users = directory.users(people);
    String team =
        s.teamId() == null ? null : directory.teamNames(List.of(s.teamId())).get(s.teamId());
    return new ScreeningView(
        s.id(),
        child,
        tool,
        s.status(),
        s.authorUserId(),
        name(users, s.authorUserId()),
        team,
        s.startedAt(),
        s.updatedAt(),
        s.submittedAt(),
        s.answers(),
        LevelRules.explain(tool.definition(), answersOf(s.answers())),
        s.judgedLevel(),
        s.judgementReason(),
        s.riskLevel(),
        s.reviewDueOn(),
        s.signedOffByUserId() == null ? null : name(users, s.signedOffByUserId()),
        s.signedOffAt(),
        s.returnedByUserId() == null ? null : name(users, s.returnedByUserId()),
        s.returnedAt(),
        s.returnComments(),
        missing(tool.definition(), s.answers()),
        s.version());
  }

  private static String name(Map<UUID, UserView> users, UUID id) {
    UserView u = users.get(id);
    return u == null ? "" : u.displayName();
  }
}
