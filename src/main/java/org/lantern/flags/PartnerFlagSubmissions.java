package org.lantern.flags;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyKind;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Directory;
import org.lantern.access.PartnerSystem;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.flags.PartnerFlagRejected.Reason;
import org.lantern.people.Children;
import org.lantern.people.NhsNumber;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags a partner system sends and ends: checked whole before anything is saved (a code from the
 * settings that this agency's kind may send, a valid NHS number, dates in order), kept once per
 * identifier, each audited in the same transaction. The answer is the same whether or not the
 * partnership knows a child with the NHS number ({@link PartnerFlags} holds it against the number).
 */
@Service
public class PartnerFlagSubmissions {

  public static final int MAX_IDENTIFIER = 100;
  public static final int MAX_SYSTEM = 200;

  /** A partner's flag as sent. */
  public record Sent(
      String code,
      String nhsNumber,
      String identifierSystem,
      String identifierValue,
      @Nullable LocalDate start,
      @Nullable LocalDate end) {}

  /** What became of it: the flag kept, and whether this request made it. */
  public record Kept(PartnerFlags.Kept flag, boolean created) {}

  private final PartnerFlags flags;
  private final FlagSettings settings;
  private final Children children;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  PartnerFlagSubmissions(
      PartnerFlags flags,
      FlagSettings settings,
      Children children,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.flags = flags;
    this.settings = settings;
    this.children = children;
    this.directory = directory;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Kept create(PartnerSystem system, Sent sent) {
    var user = system.user();
    policy.requireRole(user, Permission.SEND_PARTNER_FLAGS);
    if (sent.identifierSystem().isBlank()
        || sent.identifierValue().isBlank()
        || sent.identifierSystem().length() > MAX_SYSTEM
        || sent.identifierValue().length() > MAX_IDENTIFIER) {
      throw new PartnerFlagRejected(Reason.INVALID, "flags.fhir.identifier");
    }
    Optional<PartnerFlags.Kept> already =
        flags.byIdentifier(user.agencyId(), sent.identifierSystem(), sent.identifierValue());
    if (already.isPresent()) {
      return new Kept(already.get(), false);
    }
    if (!NhsNumber.isValid(sent.nhsNumber())) {
      throw new PartnerFlagRejected(Reason.INVALID, "flags.fhir.nhsNumber");
    }
    FlagSettings.PartnerCode code =
        settings
            .partnerCode(sent.code())
            .orElseThrow(() -> new PartnerFlagRejected(Reason.UNPROCESSABLE, "flags.fhir.code"));
    AgencyKind kind = directory.agency(user.agencyId()).map(a -> a.kind()).orElse(null);
    if (kind == null || !code.senders().contains(kind)) {
      throw new PartnerFlagRejected(Reason.NOT_ALLOWED, "flags.fhir.codeNotAllowed");
    }
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    LocalDate start = sent.start() == null ? today : sent.start();
    if (sent.end() != null && sent.end().isBefore(start)) {
      throw new PartnerFlagRejected(Reason.UNPROCESSABLE, "flags.fhir.endBeforeStart");
    }
    if (start.isAfter(today)) {
      throw new PartnerFlagRejected(Reason.UNPROCESSABLE, "flags.fhir.startInFuture");
    }
    // A number no one child carries is kept all the same (held against the number): answering
    // otherwise would tell the sender whether the partnership knows the child.
    NhsNumber nhs = NhsNumber.parse(sent.nhsNumber());
    UUID childId = children.withNhsNumber(user.partnershipId(), nhs).orElse(null);
    UUID id =
        flags.create(
            new PartnerFlags.New(
                user.partnershipId(),
                childId,
                nhs.value(),
                code.code(),
                user.agencyId(),
                system.sourceSystem(),
                sent.identifierSystem(),
                sent.identifierValue(),
                start,
                sent.end()));
    audit.record(
        user,
        AuditAction.SEND_PARTNER_FLAGS,
        childId,
        RecordRef.of("PARTNER_FLAG", id),
        "ROLE",
        "partner flag " + code.code());
    return new Kept(flags.find(id).orElseThrow(), true);
  }

  /**
   * Ends a flag this agency's system sent: its status (inactive, entered in error) and end date.
   */
  @Transactional
  public PartnerFlags.Kept end(
      PartnerSystem system, UUID id, String status, @Nullable LocalDate end) {
    var user = system.user();
    policy.requireRole(user, Permission.SEND_PARTNER_FLAGS);
    PartnerFlags.Kept kept =
        flags
            .find(id)
            .filter(k -> k.partnershipId().equals(user.partnershipId()))
            .filter(k -> k.agencyId().equals(user.agencyId()))
            .orElseThrow(() -> new PartnerFlagRejected(Reason.NOT_FOUND, "flags.fhir.notFound"));
    if (!status.equals(PartnerFlags.INACTIVE) && !status.equals("entered-in-error")) {
      throw new PartnerFlagRejected(Reason.UNPROCESSABLE, "flags.fhir.onlyEnd");
    }
    LocalDate ends = end == null ? LocalDate.now(clock.withZone(LanternTime.ZONE)) : end;
    if (ends.isBefore(kept.startsOn())) {
      throw new PartnerFlagRejected(Reason.UNPROCESSABLE, "flags.fhir.endBeforeStart");
    }
    flags.end(id, status, ends);
    audit.record(
        user,
        AuditAction.SEND_PARTNER_FLAGS,
        kept.childId(),
        RecordRef.of("PARTNER_FLAG", id),
        "ROLE",
        "partner flag ended: " + status);
    return flags.find(id).orElseThrow();
  }
}
