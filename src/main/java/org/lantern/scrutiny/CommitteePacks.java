package org.lantern.scrutiny;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.pdf.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committee packs: the officer assembles a version for a meeting (a covering report and the chosen
 * sections, each from its module's {@link PackSection}), frozen as HTML when assembled, and
 * publishes it to the councillors' view. A councillor reads only published packs of a committee
 * they sit on; a draft is the officer's.
 */
@Service
public class CommitteePacks {

  static final int MAX_COVERING = 20000;

  private final JdbcClient jdbc;
  private final WorkProgrammeViews views;
  private final WorkProgramme programme;
  private final List<PackSection> sections;
  private final PdfRenderer renderer;
  private final MessageSource messages;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  CommitteePacks(
      JdbcClient jdbc,
      WorkProgrammeViews views,
      WorkProgramme programme,
      List<PackSection> sections,
      PdfRenderer renderer,
      MessageSource messages,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.views = views;
    this.programme = programme;
    this.sections = sections.stream().sorted(Comparator.comparing(PackSection::order)).toList();
    this.renderer = renderer;
    this.messages = messages;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** A pack version as the pages show it. */
  public record Pack(
      UUID id,
      UUID meetingId,
      UUID committeeId,
      String committee,
      int number,
      Audience audience,
      String title,
      String coveringReport,
      List<String> sectionKeys,
      String html,
      boolean published,
      Instant createdAt,
      @Nullable Instant publishedAt,
      @Nullable String publishedBy) {}

  /** The sections on offer, in pack order. */
  public List<PackSection> sections() {
    return sections;
  }

  /** Assembles a new version of the meeting's pack, as a draft. */
  @Transactional
  public UUID assemble(
      CurrentUser user,
      UUID meetingId,
      Audience audience,
      String title,
      String coveringReport,
      List<String> sectionKeys) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE_MEETING", meetingId));
    var meeting =
        views
            .meeting(user, meetingId)
            .orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
    if (title.isBlank()) {
      throw new ScrutinyRejectedException("title", "scrutiny.pack.title.required");
    }
    if (coveringReport.isBlank() || coveringReport.length() > MAX_COVERING) {
      throw new ScrutinyRejectedException("coveringReport", "scrutiny.pack.covering.required");
    }
    List<PackSection> chosen =
        sections.stream().filter(s -> sectionKeys.contains(s.key())).toList();
    UUID committeeId = meeting.getKey();
    PackSection.Request request =
        new PackSection.Request(
            user, user.partnershipId(), committeeId, meeting.getValue().on(), audience);
    Map<String, Object> vars = new LinkedHashMap<>();
    List<Map<String, String>> rendered = new ArrayList<>();
    for (PackSection s : chosen) {
      rendered.add(
          Map.of(
              "id", "section-" + s.key().toLowerCase(Locale.ROOT).replace('_', '-'),
              "title", messages.getMessage(s.titleKey(), null, Locale.UK),
              "html", s.html(request)));
    }
    vars.put("title", title);
    vars.put("committee", programme.committee(user, committeeId));
    vars.put("meeting", meeting.getValue());
    vars.put("audience", audience);
    vars.put("paragraphs", Arrays.stream(coveringReport.strip().split("\\R\\s*\\R")).toList());
    vars.put("sections", rendered);
    String html = renderer.html("scrutiny/pack-body", vars, Locale.UK);
    int number =
        jdbc.sql("select coalesce(max(number), 0) + 1 from scrutiny_pack where meeting_id = ?")
            .param(meetingId)
            .query(Integer.class)
            .single();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into scrutiny_pack (id, meeting_id, number, audience, title, covering_report,"
                + " sections, html, status, created_at, created_by_name)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
        .params(
            id,
            meetingId,
            number,
            audience.name(),
            title,
            coveringReport,
            String.join(",", chosen.stream().map(PackSection::key).toList()),
            html,
            Timestamp.from(clock.instant()),
            user.displayName())
        .update();
    audit.record(
        user,
        AuditAction.MANAGE_WORK_PROGRAMME,
        null,
        RecordRef.of("COMMITTEE_PACK", id),
        "ROLE",
        "pack version " + number + " assembled");
    return id;
  }

  /** Publishes a draft to the councillors' view (a published version never changes). */
  @Transactional
  public void publish(CurrentUser user, UUID packId) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE_PACK", packId));
    Pack pack = load(user, packId);
    if (pack.published()) {
      return;
    }
    jdbc.sql(
            "update scrutiny_pack set status = 'PUBLISHED', published_at = ?,"
                + " published_by_name = ? where id = ?")
        .params(Timestamp.from(clock.instant()), user.displayName(), packId)
        .update();
    audit.record(
        user,
        AuditAction.PUBLISH_COMMITTEE_PACK,
        null,
        RecordRef.of("COMMITTEE_PACK", packId),
        "ROLE",
        "pack version " + pack.number() + " published");
  }

  /**
   * A pack for reading: the officer any version; a member or named officer of its committee a
   * published one only (anyone else: not found, and the attempt audited).
   */
  @Transactional
  public Pack read(CurrentUser user, UUID packId) {
    RecordRef record = RecordRef.of("COMMITTEE_PACK", packId);
    if (policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME)) {
      Pack pack = load(user, packId);
      audit.record(user, AuditAction.MANAGE_WORK_PROGRAMME, null, record, "ROLE", "pack read");
      return pack;
    }
    policy.requireRole(user, Permission.READ_COMMITTEE_PAPERS, record);
    Pack pack = find(user, packId);
    boolean seated = pack != null && programme.seatOf(user, pack.committeeId()).isPresent();
    policy.requireRole(
        user,
        Permission.READ_COMMITTEE_PAPERS,
        record,
        RecordRule.hidden(
            pack != null && pack.published() && seated,
            pack != null && seated ? "PACK_NOT_PUBLISHED" : "NOT_ON_COMMITTEE"));
    audit.record(user, AuditAction.READ_COMMITTEE_PAPERS, null, record, "COMMITTEE_SEAT", "pack");
    return pack;
  }

  /** The committee's packs this person may read, newest first. */
  @Transactional(readOnly = true)
  public List<Pack> packs(CurrentUser user, UUID committeeId) {
    boolean manages = views.mayRead(user, committeeId);
    return jdbc
        .sql(
            "select p.*, m.committee_id from scrutiny_pack p join scrutiny_meeting m"
                + " on m.id = p.meeting_id where m.committee_id = ?"
                + " order by m.meets_on desc, p.number desc")
        .param(committeeId)
        .query((rs, n) -> pack(rs, ""))
        .list()
        .stream()
        .filter(p -> manages || p.published())
        .toList();
  }

  /** The published PDF (or a draft's, for the officer): tagged, with an outline and contents. */
  @Transactional
  public byte[] pdf(CurrentUser user, UUID packId) {
    Pack pack = read(user, packId);
    List<Map<String, String>> outline = new ArrayList<>();
    for (var h : Jsoup.parse(pack.html()).select("section[id] > h2")) {
      outline.add(Map.of("id", h.parent().id(), "title", h.text()));
    }
    return renderer.render(
        "scrutiny/pack-pdf",
        Map.of(
            "pack",
            pack,
            "outline",
            outline,
            "marking",
            messages.getMessage(pack.audience().markingKey(), null, Locale.UK),
            "banner",
            messages.getMessage(pack.audience().bannerKey(), null, Locale.UK)),
        Locale.UK);
  }

  private Pack load(CurrentUser user, UUID packId) {
    Pack pack = find(user, packId);
    if (pack == null) {
      throw new RecordNotFoundException("pack", packId);
    }
    return pack;
  }

  private @Nullable Pack find(CurrentUser user, UUID packId) {
    return jdbc.sql(
            "select p.*, m.committee_id, c.name as committee_name from scrutiny_pack p"
                + " join scrutiny_meeting m on m.id = p.meeting_id"
                + " join scrutiny_committee c on c.id = m.committee_id"
                + " where p.id = ? and c.partnership_id = ?")
        .params(packId, user.partnershipId())
        .query((rs, n) -> pack(rs, rs.getString("committee_name")))
        .optional()
        .orElse(null);
  }

  private static Pack pack(ResultSet rs, String committee) throws SQLException {
    Timestamp published = rs.getTimestamp("published_at");
    String keys = rs.getString("sections");
    return new Pack(
        rs.getObject("id", UUID.class),
        rs.getObject("meeting_id", UUID.class),
        rs.getObject("committee_id", UUID.class),
        committee,
        rs.getInt("number"),
        Audience.valueOf(rs.getString("audience")),
        rs.getString("title"),
        rs.getString("covering_report"),
        keys.isEmpty() ? List.of() : List.of(keys.split(",")),
        rs.getString("html"),
        "PUBLISHED".equals(rs.getString("status")),
        rs.getTimestamp("created_at").toInstant(),
        published == null ? null : published.toInstant(),
        rs.getString("published_by_name"));
  }
}
