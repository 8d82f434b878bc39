package org.lantern.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.governance.data.AgreementEntity;
import org.lantern.governance.data.Agreements;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The partnership's information sharing agreements: recorded, changed and ended by the information
 * governance officer, each change audited from what to what. Nothing is deleted: an ended agreement
 * is kept with its date and reason.
 */
@Service
public class SharingAgreements {

  static final String RECORD_TYPE = "SHARING_AGREEMENT";

  private final AccessPolicy policy;
  private final Agreements agreements;
  private final PartnershipStructure structure;
  private final AuditLog audit;
  private final Clock clock;

  /**
   * Whether an agency's agreement was in force, as last read: on which day, until when believed.
   */
  private record Held(LocalDate day, boolean inForce, Instant until) {}

  /** How long {@link #inForceNow} believes what it read. */
  static final Duration HOLD = Duration.ofSeconds(10);

  private final ConcurrentHashMap<UUID, Held> held = new ConcurrentHashMap<>();

  SharingAgreements(
      AccessPolicy policy,
      Agreements agreements,
      PartnershipStructure structure,
      AuditLog audit,
      Clock clock) {
    this.policy = policy;
    this.agreements = agreements;
    this.structure = structure;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every agreement of the officer's partnership, soonest review first. */
  @Transactional(readOnly = true)
  public List<Agreement> list(CurrentUser officer) {
    policy.requireRole(officer, Permission.MANAGE_SHARING_AGREEMENTS);
    Map<UUID, String> names = agencyNames(officer.partnershipId());
    return agreements.findByPartnershipIdOrderByReviewOnAsc(officer.partnershipId()).stream()
        .map(a -> view(a, names))
        .toList();
  }

  /** The agreements in force whose review date has come: the officer's home page lists them. */
  @Transactional(readOnly = true)
  public List<Agreement> reviewDue(CurrentUser officer) {
    LocalDate today = today();
    return list(officer).stream().filter(a -> a.reviewDueOn(today)).toList();
  }

  @Transactional(readOnly = true)
  public Agreement agreement(CurrentUser officer, UUID id) {
    policy.requireRole(
        officer, Permission.MANAGE_SHARING_AGREEMENTS, RecordRef.of(RECORD_TYPE, id));
    return view(owned(officer, id), agencyNames(officer.partnershipId()));
  }

  /** The partnership's agencies an agreement may be with (open ones). */
  @Transactional(readOnly = true)
  public List<UnitView> agencies(CurrentUser officer) {
    policy.requireRole(officer, Permission.MANAGE_SHARING_AGREEMENTS);
    return structure.units(officer.partnershipId(), UnitKind.AGENCY).stream()
        .filter(a -> !a.closed())
        .toList();
  }

  @Transactional
  public UUID add(CurrentUser officer, UUID agencyId, AgreementTerms terms) {
    policy.requireRole(officer, Permission.MANAGE_SHARING_AGREEMENTS);
    UnitView agency =
        structure
            .unit(officer.partnershipId(), UnitKind.AGENCY, agencyId)
            .filter(a -> !a.closed())
            .orElseThrow(
                () -> new GovernanceRuleBroken("agencyId", "governance.agreement.agency.missing"));
    terms.check();
    var entity =
        new AgreementEntity(
            UUID.randomUUID(), officer.partnershipId(), agency.id(), clock.instant());
    write(entity, terms);
    agreements.save(entity);
    forgetHeld();
    audit.record(
        officer,
        AuditAction.SHARING_AGREEMENT_ADDED,
        null,
        RecordRef.of(RECORD_TYPE, entity.id()),
        null,
        "agency: " + agency.name() + "; " + terms.said());
    return entity.id();
  }

  @Transactional
  public void change(CurrentUser officer, UUID id, long version, AgreementTerms terms) {
    policy.requireRole(
        officer, Permission.MANAGE_SHARING_AGREEMENTS, RecordRef.of(RECORD_TYPE, id));
    AgreementEntity entity = current(officer, id, version);
    if (entity.endedOn() != null) {
      throw new GovernanceRuleBroken("parties", "governance.agreement.ended");
    }
    terms.check();
    String before = terms(entity).said();
    if (before.equals(terms.said())) {
      return;
    }
    write(entity, terms);
    forgetHeld();
    audit.record(
        officer,
        AuditAction.SHARING_AGREEMENT_CHANGED,
        null,
        RecordRef.of(RECORD_TYPE, id),
        null,
        "from " + before + " → to " + terms.said());
  }

  /** Ends it from the day: a partner system of the agency is refused from then (unless another). */
  @Transactional
  public void end(CurrentUser officer, UUID id, long version, LocalDate on, String reason) {
    policy.requireRole(
        officer, Permission.MANAGE_SHARING_AGREEMENTS, RecordRef.of(RECORD_TYPE, id));
    AgreementEntity entity = current(officer, id, version);
    if (entity.endedOn() != null) {
      throw new GovernanceRuleBroken("endedOn", "governance.agreement.ended");
    }
    if (on.isBefore(entity.startsOn())) {
      throw new GovernanceRuleBroken("endedOn", "governance.agreement.endedOn.beforeStart");
    }
    String why = reason.strip();
    if (why.isBlank() || why.length() > 1000) {
      throw new GovernanceRuleBroken("endReason", "governance.agreement.endReason.missing");
    }
    entity.end(on, why);
    forgetHeld();
    audit.record(
        officer,
        AuditAction.SHARING_AGREEMENT_ENDED,
        null,
        RecordRef.of(RECORD_TYPE, id),
        null,
        "ended on: (none) → " + on + "; reason: " + why);
  }

  /** Whether the agency has an agreement in force today. */
  @Transactional(readOnly = true)
  public boolean inForce(UUID agencyId) {
    return agreements.inForce(agencyId, today());
  }

  /**
   * As {@link #inForce}, for the partner API's gate, asked on every request: what was read for the
   * agency today is believed for {@link #HOLD} (10 seconds). Adding, changing or ending an
   * agreement forgets it all on this copy once the change commits; another copy of Lantern notices
   * within the hold.
   */
  public boolean inForceNow(UUID agencyId) {
    LocalDate today = today();
    Instant now = clock.instant();
    Held known = held.get(agencyId);
    if (known != null && known.day().equals(today) && now.isBefore(known.until())) {
      return known.inForce();
    }
    boolean inForce = agreements.inForce(agencyId, today);
    if (held.size() >= 10_000) {
      held.clear();
    }
    held.put(agencyId, new Held(today, inForce, now.plus(HOLD)));
    return inForce;
  }

  /** Forgets what {@link #inForceNow} held: now, and once the caller's transaction completes. */
  private void forgetHeld() {
    held.clear();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              held.clear();
            }
          });
    }
  }

  /** Today in the UK, by Lantern's clock. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  private AgreementEntity owned(CurrentUser officer, UUID id) {
    return agreements
        .findById(id)
        .filter(a -> a.partnershipId().equals(officer.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  private AgreementEntity current(CurrentUser officer, UUID id, long version) {
    AgreementEntity entity = owned(officer, id);
    if (entity.version() != version) {
      throw new ObjectOptimisticLockingFailureException(AgreementEntity.class, id);
    }
    return entity;
  }

  private Map<UUID, String> agencyNames(UUID partnershipId) {
    return structure.units(partnershipId, UnitKind.AGENCY).stream()
        .collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
  }

  private static void write(AgreementEntity entity, AgreementTerms terms) {
    entity.terms(
        terms.parties(),
        terms.purpose(),
        terms.lawfulBasis(),
        terms.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
        terms.startsOn(),
        terms.reviewOn());
  }

  private static AgreementTerms terms(AgreementEntity a) {
    var categories = EnumSet.noneOf(DataCategory.class);
    Arrays.stream(a.categories().split(","))
        .filter(s -> !s.isBlank())
        .map(DataCategory::valueOf)
        .forEach(categories::add);
    return new AgreementTerms(
        a.parties(), a.purpose(), a.lawfulBasis(), categories, a.startsOn(), a.reviewOn());
  }

  private static Agreement view(AgreementEntity a, Map<UUID, String> names) {
    return new Agreement(
        a.id(),
        a.agencyId(),
        names.getOrDefault(a.agencyId(), "?"),
        terms(a),
        a.endedOn(),
        a.endReason(),
        a.version());
  }
}
