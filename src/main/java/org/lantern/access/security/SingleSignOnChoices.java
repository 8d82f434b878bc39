package org.lantern.access.security;

import java.util.UUID;
import org.lantern.access.AccountCreation;
import org.lantern.access.data.SingleSignOnChoiceRows;
import org.springframework.stereotype.Component;

/**
 * Whether single sign-on makes accounts for a partnership: its administrator's choice, or, until
 * they have made one, the configuration's ({@code lantern.security.oidc.accounts}). Read from the
 * database at each sign-on that would make an account (there is no cache to go stale), so a change
 * holds from the next sign-on on every copy of Lantern.
 */
@Component
public class SingleSignOnChoices {

  private final OidcSettings settings;
  private final SingleSignOnChoiceRows rows;

  SingleSignOnChoices(OidcSettings settings, SingleSignOnChoiceRows rows) {
    this.settings = settings;
    this.rows = rows;
  }

  /** The choice in force for the partnership. */
  public AccountCreation accounts(UUID partnershipId) {
    return rows.accounts(partnershipId).map(AccountCreation::valueOf).orElse(settings.accounts());
  }

  /** What a partnership follows until its administrator chooses. */
  public AccountCreation configured() {
    return settings.accounts();
  }
}
