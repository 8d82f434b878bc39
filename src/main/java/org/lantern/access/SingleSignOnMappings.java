package org.lantern.access;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.SingleSignOnMappingEntity;
import org.lantern.access.data.SingleSignOnMappingRecords;
import org.lantern.access.security.OidcMappedAccounts;
import org.lantern.access.security.OidcSettings;
import org.lantern.access.security.SingleSignOnChoices;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single sign-on settings in force, for the partnership administrator to read: whether single
 * sign-on is on, whether it makes accounts (the partnership's choice, {@link
 * SingleSignOnMappingChanges#chooseAccounts}), and each mapping of a claim's value to a role, an
 * agency and a team, in the order they are tried, checked against the partnership's agencies and
 * teams now (a mapping that cannot be applied lets nobody in, and until this page said so only the
 * application log did). The partnership's own mappings (kept by its administrator, {@link
 * SingleSignOnMappingChanges}) are tried first, then those of the configuration ({@code
 * lantern.security.oidc}), which are read here and changed there.
 */
@Service
public class SingleSignOnMappings {

  /**
   * One mapping: its place in the order, its id when it is the partnership's own (null when
   * configured), the claim and value it reads, the role, agency and team it gives, and the agency
   * it finds (with its partnership) or why it cannot be applied.
   */
  public record Mapping(
      int position,
      @Nullable UUID id,
      String claim,
      String value,
      Role role,
      String agency,
      @Nullable String team,
      @Nullable String agencyFound,
      @Nullable UUID partnershipFound,
      @Nullable SingleSignOnProblem problem) {}

  /**
   * The settings in force, the partnership's own mappings (tried first), and the configured
   * mappings that concern this partnership (or find no agency).
   */
  public record Settings(
      boolean enabled,
      String usernameClaim,
      AccountCreation accounts,
      boolean followMappings,
      List<Mapping> own,
      List<Mapping> mappings) {}

  private final AccessPolicy policy;
  private final OidcSettings settings;
  private final OidcMappedAccounts mapped;
  private final ObjectProvider<ClientRegistrationRepository> registrations;
  private final SingleSignOnMappingRecords stored;
  private final SingleSignOnChoices choices;

  SingleSignOnMappings(
      AccessPolicy policy,
      OidcSettings settings,
      OidcMappedAccounts mapped,
      ObjectProvider<ClientRegistrationRepository> registrations,
      SingleSignOnMappingRecords stored,
      SingleSignOnChoices choices) {
    this.choices = choices;
    this.stored = stored;
    this.policy = policy;
    this.settings = settings;
    this.mapped = mapped;
    this.registrations = registrations;
  }

  /**
   * For a partnership administrator: the settings, and the mappings that give this partnership's
   * agencies or find no agency at all (another partnership's are left out).
   */
  @Transactional(readOnly = true)
  public Settings read(CurrentUser admin) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    List<Mapping> mappings =
        mapped.check().stream()
            .filter(
                m ->
                    m.partnershipFound() == null
                        || m.partnershipFound().equals(admin.partnershipId()))
            .toList();
    return new Settings(
        registrations.getIfAvailable() != null,
        settings.usernameClaim(),
        choices.accounts(admin.partnershipId()),
        settings.followMappings(),
        mapped.checkOwn(admin.partnershipId()),
        mappings);
  }

  /** One of the partnership's own mappings as stored, for its administrator to change. */
  public record Own(
      UUID id,
      int position,
      String claim,
      String value,
      Role role,
      UUID agencyId,
      @Nullable UUID teamId) {}

  /** One of the partnership's own mappings, for its administrator to change. */
  @Transactional(readOnly = true)
  public Own own(CurrentUser admin, UUID id) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    List<SingleSignOnMappingEntity> all =
        stored.findByPartnershipIdOrderBySortOrder(admin.partnershipId());
    for (int i = 0; i < all.size(); i++) {
      SingleSignOnMappingEntity m = all.get(i);
      if (m.id().equals(id)) {
        return new Own(id, i + 1, m.claim(), m.claimValue(), m.role(), m.agencyId(), m.teamId());
      }
    }
    throw new RecordNotFoundException("single sign-on mapping", id);
  }
}
