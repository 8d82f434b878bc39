package org.lantern.governance;

import java.util.Locale;
import java.util.Optional;
import org.lantern.access.ApiClientGate;
import org.lantern.access.PartnerSystem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A partner system may call the API only while its agency has an information sharing agreement in
 * force: without one it is refused, and told why. {@code lantern.governance.agreements-required}
 * set to false switches this off (for a partnership still recording its agreements).
 */
@Component
class AgreementGate implements ApiClientGate {

  static final String NO_AGREEMENT = "NO_SHARING_AGREEMENT";

  private final SharingAgreements agreements;
  private final MessageSource messages;
  private final GovernanceSettings settings;

  AgreementGate(SharingAgreements agreements, MessageSource messages, GovernanceSettings settings) {
    this.agreements = agreements;
    this.messages = messages;
    this.settings = settings;
  }

  @Override
  public Optional<Refusal> refusal(PartnerSystem system) {
    if (!settings.agreementsRequired() || agreements.inForceNow(system.user().agencyId())) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            NO_AGREEMENT,
            messages.getMessage("governance.api.noAgreement.title", null, Locale.UK),
            messages.getMessage(
                "governance.api.noAgreement.detail",
                new Object[] {system.user().agencyName()},
                Locale.UK)));
  }
}
