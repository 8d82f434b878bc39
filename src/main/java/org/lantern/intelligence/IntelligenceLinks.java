package org.lantern.intelligence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between adults of concern and children, from every source: recorded as intelligence by the
 * police or the exploitation coordinator, or made by notices, missing episodes and concerns. Only
 * those two roles see them ({@link Permission#VIEW_INTELLIGENCE_LINKS}); every child shown is
 * checked and audited.
 */
@Service
public class IntelligenceLinks {

  static final int ADULTS_PAGE = 50;

  private final JdbcTemplate jdbc;
  private final Adults adults;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  IntelligenceLinks(
      JdbcTemplate jdbc,
      Adults adults,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.adults = adults;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records an intelligence link to an adult already held; checked and audited. */
  @Transactional
  public UUID record(CurrentUser user, UUID adultId, UUID childId, LinkDetails link) {
    UUID id = UUID.randomUUID();
    policy.require(
        user,
        Permission.RECORD_INTELLIGENCE_LINK,
        children.ref(childId),
        RecordRef.of("ADULT_CHILD_LINK", id),
        "record an intelligence link to an adult");
    adult(user, adultId);
    jdbc.update(
        "insert into adult_child_link (id, partnership_id, adult_id, child_id, source, source_id,"
            + " created_at, nature, source_evaluation, assessment, linked_on, details,"
            + " recorded_by_user_id, recorded_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)",
        id,
        user.partnershipId(),
        adultId,
        childId,
        LinkSource.INTELLIGENCE.name(),
        id,
        Timestamp.from(clock.instant()),
        link.nature().name(),
        link.evaluation().name(),
        link.assessment().name(),
        Date.valueOf(link.linkedOn()),
        link.details(),
        user.isPartnerSystem() ? null : user.id(),
        user.displayName());
    return id;
  }

  /**
   * Records an intelligence link to an adult named here: the adult already held (same names and
   * date of birth), or a new person record. Returns the adult's id.
   */
  @Transactional
  public UUID record(CurrentUser user, AdultDetails adult, UUID childId, LinkDetails link) {
    policy.requireRole(user, Permission.RECORD_INTELLIGENCE_LINK);
    // A refusal for the child rolls back the adult made here too: nothing half-saved.
    UUID adultId = adults.findOrCreate(user.partnershipId(), adult);
    record(user, adultId, childId, link);
    return adultId;
  }

  /** The adults list's sortable columns (the adult, children linked, notices served). */
  public static final Set<String> ADULT_COLUMNS = Set.of("adult", "children", "notices");

  private static final Map<String, String> ADULT_ORDER =
      Map.of(
          "adult", "lower(coalesce(a.family_name, a.given_name)) %s, lower(a.given_name) %s",
          "children", "children %s, lower(coalesce(a.family_name, a.given_name)) %s",
          "notices", "notices %s, lower(coalesce(a.family_name, a.given_name)) %s");

  /** The sort of the adults list asked for in the address: by name unless another column. */
  public static ListSort adultsSort(@Nullable String typed) {
    return ListSort.of(typed, ADULT_COLUMNS, "adult", false);
  }

  /**
   * One page of the adults of concern whose name contains the text (all, without), sorted as asked
   * (by family name unless another column); audited as one view.
   */
  @Transactional
  public Paged<AdultSummary> adults(
      CurrentUser user, @Nullable String name, int page, ListSort sort) {
    policy.requireRole(user, Permission.VIEW_INTELLIGENCE_LINKS);
    String like =
        name == null ? "%" : "%" + name.toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "") + "%";
    String named =
        " from adult_person a where a.partnership_id = ?"
            + " and lower(a.given_name || ' ' || coalesce(a.family_name, '')) like ?";
    Long matching =
        jdbc.queryForObject("select count(*)" + named, Long.class, user.partnershipId(), like);
    long total = matching == null ? 0 : matching;
    int shown = Paged.clamp(page, ADULTS_PAGE, total);
    String way = sort.descending() ? "desc" : "asc";
    List<AdultSummary> found =
        jdbc.query(
            """
            select a.id, a.given_name, a.family_name, a.date_of_birth,
              (select count(distinct l.child_id) from adult_child_link l where l.adult_id = a.id)
                as children,
              (select count(*) from abduction_notice n where n.adult_id = a.id) as notices
            """
                + named
                + " order by "
                + ADULT_ORDER.get(sort.column()).formatted(way, way)
                + ", a.id limit ? offset ?",
            (rs, i) -> summary(rs),
            user.partnershipId(),
            like,
            ADULTS_PAGE,
            (shown - 1) * ADULTS_PAGE);
    audit.record(
        user,
        AuditAction.VIEW_INTELLIGENCE_LINKS,
        null,
        new RecordRef("ADULT_LIST", user.partnershipId().toString()),
        "ROLE",
        "adults of concern" + (name == null ? "" : " named like " + name) + ", page " + shown);
    return new Paged<>(found, shown, ADULTS_PAGE, total);
  }

  /** One adult's page; each linked child checked and audited. Another partnership's: not found. */
  @Transactional
  public AdultFile file(CurrentUser user, UUID adultId) {
    policy.requireRole(user, Permission.VIEW_INTELLIGENCE_LINKS, RecordRef.of("ADULT", adultId));
    AdultSummary adult = adult(user, adultId);
    List<LinkView> links = links("l.adult_id = ?", adultId);
    for (UUID childId : links.stream().map(l -> l.child().id()).distinct().toList()) {
      policy.require(
          user,
          Permission.VIEW_INTELLIGENCE_LINKS,
          children.ref(childId),
          RecordRef.of("ADULT", adultId),
          "see the children linked to an adult");
    }
    Map<LinkSource, List<LinkView>> bySource = new LinkedHashMap<>();
    for (LinkSource source : LinkSource.values()) {
      List<LinkView> of = links.stream().filter(l -> l.source() == source).toList();
      if (!of.isEmpty()) {
        bySource.put(source, of);
      }
    }
    List<NoticeRow> notices =
        jdbc.query(
            """
            select n.id, n.served_on, n.expires_on, n.officer_name,
              (select count(*) from abduction_notice_child c where c.notice_id = n.id) as children
            from abduction_notice n where n.adult_id = ? order by n.served_on desc, n.id
            """,
            (rs, i) ->
                new NoticeRow(
                    rs.getObject("id", UUID.class),
                    rs.getDate("served_on").toLocalDate(),
                    rs.getDate("expires_on").toLocalDate(),
                    adult.name(),
                    rs.getInt("children"),
                    rs.getString("officer_name")),
            adultId);
    return new AdultFile(adult, notices, bySource);
  }

  /**
   * The adults linked to a child, for the child's file: only for those who may see links (checked
   * and audited); nobody else learns there are any.
   */
  @Transactional
  public List<LinkView> forChild(CurrentUser user, UUID childId) {
    if (!policy.roleAllows(user, Permission.VIEW_INTELLIGENCE_LINKS)) {
      return List.of();
    }
    policy.require(
        user,
        Permission.VIEW_INTELLIGENCE_LINKS,
        children.ref(childId),
        RecordRef.child(childId),
        "see the adults linked to the child");
    return links("l.child_id = ?", childId);
  }

  /** The adult, if of this person's partnership (another's is refused as not found). */
  @Transactional(readOnly = true)
  public AdultSummary adult(CurrentUser user, UUID adultId) {
    UUID partnership =
        jdbc
            .query(
                "select partnership_id from adult_person where id = ?",
                (rs, i) -> rs.getObject(1, UUID.class),
                adultId)
            .stream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("adult", adultId));
    policy.requireRole(
        user,
        Permission.VIEW_INTELLIGENCE_LINKS,
        RecordRef.of("ADULT", adultId),
        RecordRule.hidden(partnership.equals(user.partnershipId()), "OTHER_PARTNERSHIP"));
    return jdbc.query(
            """
            select a.id, a.given_name, a.family_name, a.date_of_birth,
              (select count(distinct l.child_id) from adult_child_link l where l.adult_id = a.id)
                as children,
              (select count(*) from abduction_notice n where n.adult_id = a.id) as notices
            from adult_person a where a.id = ?
            """,
            (rs, i) -> summary(rs),
            adultId)
        .getFirst();
  }

  /**
   * As {@link #forChild}, only the links this person recorded, or (with {@code ownAgency}) that
   * anyone in their agency recorded: for those who see part of the intelligence section.
   */
  @Transactional
  public List<LinkView> forChildRecordedBy(CurrentUser user, UUID childId, boolean ownAgency) {
    if (!policy.roleAllows(user, Permission.VIEW_INTELLIGENCE_LINKS)) {
      return List.of();
    }
    policy.require(
        user,
        Permission.VIEW_INTELLIGENCE_LINKS,
        children.ref(childId),
        RecordRef.child(childId),
        "see the adults linked to the child (recorded by them or their agency)");
    return links(
        """
        l.child_id = ? and (l.recorded_by_user_id = ? or (? and exists (
          select 1 from user_account u where u.id = l.recorded_by_user_id and u.agency_id = ?)))
        """,
        childId,
        user.id(),
        ownAgency,
        user.agencyId());
  }

  private List<LinkView> links(String where, Object... args) {
    List<Row> rows = new ArrayList<>();
    jdbc.query(
        """
        select l.*, a.given_name, a.family_name from adult_child_link l
        join adult_person a on a.id = l.adult_id
        where %s order by coalesce(l.linked_on, cast(l.created_at as date)) desc, l.created_at desc, l.id
        """
            .formatted(where),
        rs -> {
          rows.add(new Row(rs));
        },
        args);
    Map<UUID, ChildSummary> kids = children.summaries(rows.stream().map(Row::childId).toList());
    return rows.stream().map(r -> r.view(kids.get(r.childId()))).toList();
  }

  private static AdultSummary summary(ResultSet rs) throws SQLException {
    Date born = rs.getDate("date_of_birth");
    return new AdultSummary(
        rs.getObject("id", UUID.class),
        rs.getString("given_name"),
        rs.getString("family_name"),
        born == null ? null : born.toLocalDate(),
        rs.getInt("children"),
        rs.getInt("notices"));
  }

  /** A link as read, before its child's summary is added. */
  private static final class Row {
    private final UUID id;
    private final UUID adultId;
    private final String adultName;
    private final UUID childId;
    private final LinkSource source;
    private final UUID sourceId;
    private final @Nullable String nature;
    private final @Nullable String evaluation;
    private final @Nullable String assessment;
    private final @Nullable Date linkedOn;
    private final @Nullable String details;
    private final @Nullable String describedAs;
    private final @Nullable String place;
    private final @Nullable Integer approximateAge;
    private final @Nullable String recordedBy;
    private final Timestamp createdAt;

    Row(ResultSet rs) throws SQLException {
      id = rs.getObject("id", UUID.class);
      adultId = rs.getObject("adult_id", UUID.class);
      String family = rs.getString("family_name");
      adultName = rs.getString("given_name") + (family == null ? "" : " " + family);
      childId = rs.getObject("child_id", UUID.class);
      source = LinkSource.valueOf(rs.getString("source"));
      sourceId = rs.getObject("source_id", UUID.class);
      nature = rs.getString("nature");
      evaluation = rs.getString("source_evaluation");
      assessment = rs.getString("assessment");
      linkedOn = rs.getDate("linked_on");
      details = rs.getString("details");
      describedAs = rs.getString("described_as");
      place = rs.getString("place");
      int age = rs.getInt("approximate_age");
      approximateAge = rs.wasNull() ? null : age;
      recordedBy = rs.getString("recorded_by_name");
      createdAt = rs.getTimestamp("created_at");
    }

    UUID childId() {
      return childId;
    }

    LinkView view(ChildSummary child) {
      return new LinkView(
          id,
          adultId,
          adultName,
          child,
          source,
          sourceId,
          nature == null ? null : LinkNature.valueOf(nature),
          evaluation == null ? null : SourceEvaluation.valueOf(evaluation),
          assessment == null ? null : Assessment.valueOf(assessment),
          linkedOn == null ? null : linkedOn.toLocalDate(),
          details,
          describedAs,
          place,
          approximateAge,
          recordedBy,
          createdAt.toInstant());
    }
  }
}
