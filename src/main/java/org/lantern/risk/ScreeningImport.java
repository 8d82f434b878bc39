package org.lantern.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.risk.LevelRules.Explanation;
import org.lantern.risk.data.ScreeningEntity;
import org.lantern.risk.data.ScreeningRecords;
import org.lantern.risk.data.ServiceReferralEntity;
import org.lantern.risk.data.ServiceReferralLevels;
import org.lantern.risk.data.ServiceReferralRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screenings completed before Lantern (a legacy tracker, or the demo county), with their own dates:
 * each level computed by the tool version's rules, review dates from the settings, and the latest
 * signed-off screening at low, medium or high of each child referred into the commissioned service.
 */
@Service
public class ScreeningImport {

  private final ScreeningRecords records;
  private final ServiceReferralRecords referrals;
  private final ServiceReferralLevels levels;
  private final ScreeningTools tools;
  private final Screenings screenings;
  private final AuditLog audit;

  ScreeningImport(
      ScreeningRecords records,
      ServiceReferralRecords referrals,
      ServiceReferralLevels levels,
      ScreeningTools tools,
      Screenings screenings,
      AuditLog audit) {
    this.records = records;
    this.referrals = referrals;
    this.levels = levels;
    this.tools = tools;
    this.screenings = screenings;
    this.audit = audit;
  }

  /** A screening as it happened. */
  public record Historic(
      UUID childId,
      UUID authorId,
      @Nullable UUID teamId,
      Map<String, String> answers,
      Instant submittedAt,
      @Nullable UUID signedOffBy,
      @Nullable Instant signedOffAt) {}

  /**
   * Imports the screenings on the given tool version, in the caller's transaction, audited as one
   * import. A referral older than {@code acceptAfter} was accepted by {@code serviceWorker} of
   * {@code serviceTeam}.
   */
  @Transactional
  public int importAll(
      CurrentUser by,
      UUID toolVersionId,
      List<Historic> historic,
      @Nullable UUID serviceWorker,
      @Nullable UUID serviceTeam,
      Instant now,
      Duration acceptAfter) {
    ToolDefinition tool = tools.version(toolVersionId).definition();
    Map<UUID, ScreeningEntity> latestSignedOff = new HashMap<>();
    Map<UUID, ScreeningEntity> latest = new HashMap<>();
    for (Historic h :
        historic.stream().sorted(Comparator.comparing(Historic::submittedAt)).toList()) {
      ScreeningEntity s =
          ScreeningEntity.start(
              by.partnershipId(),
              h.childId(),
              toolVersionId,
              h.authorId(),
              h.submittedAt().minus(Duration.ofHours(2)));
      s.record(h.answers(), h.submittedAt());
      Explanation e = LevelRules.explain(tool, Screenings.answersOf(h.answers()));
      s.submit(
          e.score(),
          e.level(),
          null,
          null,
          h.teamId(),
          screenings.reviewDue(e.level(), h.submittedAt()),
          h.submittedAt());
      if (h.signedOffBy() != null && h.signedOffAt() != null) {
        s.signOff(h.signedOffBy(), h.signedOffAt());
      }
      records.save(s);
      latest.put(h.childId(), s);
      // Only a signed-off screening refers; one at no apparent risk leaves no referral open.
      if (s.signedOffAt() != null && e.level().tracked()) {
        latestSignedOff.put(h.childId(), s);
      } else if (s.signedOffAt() != null) {
        latestSignedOff.remove(h.childId());
      }
    }
    for (ScreeningEntity s : latestSignedOff.values()) {
      ServiceReferralEntity.Referred made =
          ServiceReferralEntity.refer(s, s.riskLevel(), s.signedOffAt());
      ServiceReferralEntity r = made.referral();
      if (serviceWorker != null
          && serviceTeam != null
          && s.submittedAt().isBefore(now.minus(acceptAfter))) {
        r.accept(
            serviceWorker,
            serviceWorker,
            serviceTeam,
            s.riskLevel().serious() ? SupportType.TARGETED : SupportType.EARLY_INTERVENTION,
            s.signedOffAt().plus(Duration.ofDays(3)));
      }
      referrals.save(r);
      levels.save(made.level());
    }
    audit.record(
        by,
        AuditAction.COMPLETE_SCREENING,
        null,
        new RecordRef("SCREENING_IMPORT", String.valueOf(historic.size())),
        null,
        "import of " + historic.size() + " screenings of " + latest.size() + " children");
    return historic.size();
  }
}
