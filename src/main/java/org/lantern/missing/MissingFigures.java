package org.lantern.missing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.disclosure.DisclosureSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commissioned service's figures for a quarter, per district and in all: counts only.
 *
 * <ul>
 *   <li>notifications: episodes from home or care that began in the quarter; children: how many
 *       children they were about;
 *   <li>missing from school: counted apart (episodes and children), as they have no statutory
 *       return interview;
 *   <li>interviews: of the children who returned (from home or care) in the quarter, how many were
 *       offered an interview, how many completed one, and how many completed it within the window
 *       (72 hours);
 *   <li>top factors: the push and pull factors of interviews completed in the quarter.
 * </ul>
 */
@Service
public class MissingFigures {

  private static final int TOP_FACTORS = 5;

  private final MissingEpisodes episodes;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final MissingSettings settings;
  private final DisclosureSettings disclosure;

  MissingFigures(
      MissingEpisodes episodes,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      MissingSettings settings,
      DisclosureSettings disclosure) {
    this.episodes = episodes;
    this.directory = directory;
    this.policy = policy;
    this.audit = audit;
    this.settings = settings;
    this.disclosure = disclosure;
  }

  /**
   * Whether this person may see every count. Those who work with children may; strategic leads (who
   * see numbers, not children) get the wider-circulation version only.
   */
  public boolean seesFullCounts(CurrentUser user) {
    return policy.roleAllows(user, Permission.VIEW_FULL_MISSING_FIGURES);
  }

  /**
   * The quarter's figures as this person may see them: every count if they asked for it and may,
   * otherwise the wider-circulation version with small counts hidden (threshold {@code
   * lantern.disclosure.threshold}).
   */
  @Transactional
  public ShownFigures shown(CurrentUser user, FinancialQuarter quarter, boolean wantFull) {
    Figures figures = quarter(user, quarter);
    return wantFull && seesFullCounts(user)
        ? ShownFigures.full(figures)
        : ShownFigures.published(figures, disclosure.control());
  }

  public record FactorCount(String label, long count) {}

  /** One line of the table: a district, or the whole partnership ({@code district} null). */
  public record Line(
      @Nullable String district,
      long notifications,
      long children,
      long returned,
      long offered,
      long completed,
      long withinWindow,
      List<FactorCount> topFactors,
      long fromSchool,
      long childrenFromSchool) {}

  public record Figures(FinancialQuarter quarter, List<Line> districts, Line total) {}

  /** Every count, whoever asks: only through {@link #shown} outside this package. */
  @Transactional
  Figures quarter(CurrentUser user, FinancialQuarter quarter) {
    policy.requireRole(user, Permission.VIEW_MISSING_FIGURES);
    UUID p = user.partnershipId();
    List<MissingEpisodeEntity> began =
        episodes.findByPartnershipIdAndMissingAtGreaterThanEqualAndMissingAtLessThan(
            p, quarter.startInstant(), quarter.endInstant());
    List<MissingEpisodeEntity> returned =
        episodes.findByPartnershipIdAndReturnedAtGreaterThanEqualAndReturnedAtLessThan(
            p, quarter.startInstant(), quarter.endInstant());
    List<MissingEpisodeEntity> interviewed =
        episodes
            .findByPartnershipIdAndReturnedAtGreaterThanEqualAndReturnedAtLessThan(
                p, quarter.startInstant().minus(settings.interviewWindow()), quarter.endInstant())
            .stream()
            .filter(e -> e.interviewStatus() == InterviewStatus.COMPLETED)
            .filter(
                e ->
                    !e.interviewCompletedAt().isBefore(quarter.startInstant())
                        && e.interviewCompletedAt().isBefore(quarter.endInstant()))
            .toList();
    List<Line> lines = new ArrayList<>();
    for (DistrictView d : directory.districts(p)) {
      lines.add(line(d.name(), d.id(), began, returned, interviewed, true));
    }
    Line total = line(null, null, began, returned, interviewed, false);
    audit.record(
        user,
        AuditAction.VIEW_MISSING_FIGURES,
        null,
        new RecordRef("MISSING_FIGURES", quarter.code()),
        "ROLE",
        "missing service figures " + quarter.code());
    return new Figures(quarter, lines, total);
  }

  private Line line(
      @Nullable String name,
      @Nullable UUID districtId,
      List<MissingEpisodeEntity> began,
      List<MissingEpisodeEntity> returned,
      List<MissingEpisodeEntity> interviewed,
      boolean byDistrict) {
    List<MissingEpisodeEntity> all = in(began, districtId, byDistrict);
    List<MissingEpisodeEntity> b =
        all.stream().filter(e -> !e.missingFrom().isEducation()).toList();
    List<MissingEpisodeEntity> school =
        all.stream().filter(e -> e.missingFrom().isEducation()).toList();
    List<MissingEpisodeEntity> r =
        in(returned, districtId, byDistrict).stream()
            .filter(e -> !e.missingFrom().isEducation())
            .toList();
    long offered = r.stream().filter(e -> e.interviewOfferedAt() != null).count();
    long completed =
        r.stream().filter(e -> e.interviewStatus() == InterviewStatus.COMPLETED).count();
    long within =
        r.stream()
            .filter(e -> e.interviewStatus() == InterviewStatus.COMPLETED)
            .filter(
                e ->
                    !e.interviewCompletedAt().isAfter(e.interviewDueAt(settings.interviewWindow())))
            .count();
    Map<String, Long> factors = new HashMap<>();
    for (MissingEpisodeEntity e : in(interviewed, districtId, byDistrict)) {
      e.factors().forEach(f -> factors.merge(f, 1L, Long::sum));
    }
    List<FactorCount> top =
        factors.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP_FACTORS)
            .map(f -> new FactorCount(settings.factorLabel(f.getKey()), f.getValue()))
            .toList();
    return new Line(
        name,
        b.size(),
        b.stream().map(MissingEpisodeEntity::childId).distinct().count(),
        r.size(),
        offered,
        completed,
        within,
        top,
        school.size(),
        school.stream().map(MissingEpisodeEntity::childId).distinct().count());
  }

  private static List<MissingEpisodeEntity> in(
      List<MissingEpisodeEntity> all, @Nullable UUID districtId, boolean byDistrict) {
    return byDistrict
        ? all.stream().filter(e -> Objects.equals(e.districtId(), districtId)).toList()
        : all;
  }
}
