package org.lantern.access.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnerSystem;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.UserAccountEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds and finds the {@link CurrentUser} behind a request. */
@Component
public class CurrentUsers {

  private final Agencies agencies;

  CurrentUsers(Agencies agencies) {
    this.agencies = agencies;
  }

  CurrentUser of(UserAccountEntity account) {
    AgencyEntity agency =
        agencies
            .findById(account.agencyId())
            .orElseThrow(() -> new IllegalStateException("User without an agency"));
    return new CurrentUser(
        account.id(),
        account.username(),
        account.displayName(),
        account.role(),
        agency.id(),
        agency.name(),
        agency.partnershipId(),
        account.teamId());
  }

  public static Optional<CurrentUser> from(@Nullable Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    return switch (authentication.getPrincipal()) {
      case HoldsCurrentUser holder -> Optional.of(holder.currentUser());
      case PartnerSystem system -> Optional.of(system.user());
      case null, default -> Optional.empty();
    };
  }

  public static Optional<CurrentUser> current() {
    return from(SecurityContextHolder.getContext().getAuthentication());
  }
}
