package org.lantern.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.ApiScope;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnerSystems;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partnership administrator does to partner systems: registers an agency's system with its
 * scopes and an optional expiry (the secret shown once, kept only as a hash), gives it a new secret
 * with the old one valid until a chosen moment, revokes it at once. Guarded, checked ({@link
 * AccountRuleBroken} by the field) and audited.
 */
@Service
public class PartnerSystemAdministration {

  private final AccessPolicy policy;
  private final PartnerSystems systems;
  private final PartnershipStructure structure;
  private final AuditLog audit;

  PartnerSystemAdministration(
      AccessPolicy policy, PartnerSystems systems, PartnershipStructure structure, AuditLog audit) {
    this.policy = policy;
    this.systems = systems;
    this.structure = structure;
    this.audit = audit;
  }

  /** A system to register. */
  public record NewSystem(
      UUID agencyId,
      String clientId,
      String name,
      String sourceSystem,
      Set<ApiScope> scopes,
      @Nullable Instant expiresAt) {}

  @Transactional(readOnly = true)
  public List<PartnerSystems.ClientView> list(CurrentUser admin) {
    policy.requireRole(admin, Permission.MANAGE_PARTNER_SYSTEMS);
    return systems.of(admin.partnershipId());
  }

  @Transactional(readOnly = true)
  public PartnerSystems.ClientView one(CurrentUser admin, UUID id) {
    return guarded(admin, id);
  }

  @Transactional
  public ApiClientCredentials register(CurrentUser admin, NewSystem s) {
    policy.requireRole(admin, Permission.MANAGE_PARTNER_SYSTEMS);
    UnitView agency =
        structure
            .unit(admin.partnershipId(), UnitKind.AGENCY, s.agencyId())
            .filter(a -> !a.closed())
            .orElseThrow(
                () -> new AccountRuleBroken("agencyId", "admin.partnerSystems.agency.unknown"));
    if (!s.clientId().matches("[A-Za-z0-9_-]{1,64}")) {
      throw new AccountRuleBroken("clientId", "admin.partnerSystems.clientId.invalid");
    }
    if (systems.of(admin.partnershipId()).stream()
        .anyMatch(c -> c.clientId().equalsIgnoreCase(s.clientId()))) {
      throw new AccountRuleBroken("clientId", "admin.partnerSystems.clientId.taken");
    }
    ApiClientCredentials credentials;
    try {
      credentials =
          systems.register(
              agency.id(), s.clientId(), s.name(), s.sourceSystem(), s.scopes(), s.expiresAt());
    } catch (IllegalArgumentException e) {
      throw new AccountRuleBroken("sourceSystem", "admin.partnerSystems.refused");
    }
    UUID id =
        systems.of(admin.partnershipId()).stream()
            .filter(c -> c.clientId().equals(s.clientId()))
            .findFirst()
            .orElseThrow()
            .id();
    audit.record(
        admin,
        AuditAction.PARTNER_SYSTEM_REGISTERED,
        null,
        RecordRef.of("API_CLIENT", id),
        null,
        "client: "
            + s.clientId()
            + "; agency: "
            + agency.name()
            + "; scopes: "
            + ApiScope.format(s.scopes())
            + "; expires: "
            + (s.expiresAt() == null ? "never" : s.expiresAt()));
    return credentials;
  }

  /** A new secret, shown once; the old one valid until {@code oldValidUntil}. */
  @Transactional
  public ApiClientCredentials rotate(CurrentUser admin, UUID id, Instant oldValidUntil) {
    PartnerSystems.ClientView before = guarded(admin, id);
    if (before.revokedAt() != null) {
      throw new AccountRuleBroken("overlapHours", "admin.partnerSystems.revoked");
    }
    ApiClientCredentials credentials = systems.rotate(id, oldValidUntil);
    audit.record(
        admin,
        AuditAction.PARTNER_SYSTEM_ROTATED,
        null,
        RecordRef.of("API_CLIENT", id),
        null,
        "new secret; old secret valid until " + oldValidUntil);
    return credentials;
  }

  /**
   * Renames the source system its records carry (a name mistyped at registration, say); what it
   * sent before keeps the old name, so a record sent again under the new name is a new record.
   */
  @Transactional
  public void changeSourceSystem(CurrentUser admin, UUID id, String sourceSystem) {
    PartnerSystems.ClientView before = guarded(admin, id);
    String after = sourceSystem.strip();
    if (before.sourceSystem().equals(after)) {
      return;
    }
    try {
      systems.changeSourceSystem(id, after);
    } catch (IllegalArgumentException e) {
      throw new AccountRuleBroken(
          "sourceSystem",
          after.matches(PartnerSystems.SOURCE_SYSTEM)
              ? "admin.partnerSystems.refused"
              : "admin.partnerSystems.sourceSystem.invalid");
    }
    audit.record(
        admin,
        AuditAction.PARTNER_SYSTEM_CHANGED,
        null,
        RecordRef.of("API_CLIENT", id),
        null,
        "source system: " + before.sourceSystem() + " → " + after);
  }

  @Transactional
  public void revoke(CurrentUser admin, UUID id) {
    PartnerSystems.ClientView before = guarded(admin, id);
    if (before.revokedAt() != null) {
      return;
    }
    systems.revoke(id);
    audit.record(
        admin,
        AuditAction.PARTNER_SYSTEM_REVOKED,
        null,
        RecordRef.of("API_CLIENT", id),
        null,
        "active → revoked");
  }

  private PartnerSystems.ClientView guarded(CurrentUser admin, UUID id) {
    policy.requireRole(admin, Permission.MANAGE_PARTNER_SYSTEMS, RecordRef.of("API_CLIENT", id));
    return systems
        .one(admin.partnershipId(), id)
        .orElseThrow(() -> new RecordNotFoundException("partner system", id));
  }
}
