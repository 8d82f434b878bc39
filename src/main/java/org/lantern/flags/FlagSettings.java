package org.lantern.flags;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The flags partner systems may send, as a partnership sets them ({@code
 * lantern.flags.partner-codes[0].code=...}), and how checks are grouped.
 *
 * @param partnerCodes each code a partner system may send, the words shown for it, and the kinds of
 *     agency whose systems may create it
 * @param lastChecks how many recent checks from unscheduled care a check shows
 * @param checkingAgencies the kinds of agency whose people and systems may check a child's flags:
 *     health (an NHS trust's emergency department, a GP out of hours, an ambulance service); any
 *     other is refused and audited, whatever its role or its system's scopes
 */
@ConfigurationProperties("lantern.flags")
public record FlagSettings(
    @Nullable List<PartnerCode> partnerCodes,
    @DefaultValue("25") int lastChecks,
    @DefaultValue({"NHS_TRUST", "GP_PRACTICE", "AMBULANCE"}) List<AgencyKind> checkingAgencies) {

  /** A flag a partner system may send: its code, its words, who may create it. */
  public record PartnerCode(String code, String label, List<AgencyKind> senders) {}

  public static final List<PartnerCode> DEFAULT_CODES =
      List.of(
          new PartnerCode(
              "REPEAT_TERMINATIONS",
              "Repeat terminations of pregnancy",
              List.of(AgencyKind.NHS_TRUST, AgencyKind.GP_PRACTICE)),
          new PartnerCode(
              "SARC_ATTENDANCE",
              "Attended a sexual assault referral centre",
              List.of(AgencyKind.NHS_TRUST)),
          new PartnerCode(
              "REPEAT_STI",
              "Repeat sexually transmitted infections",
              List.of(AgencyKind.NHS_TRUST, AgencyKind.GP_PRACTICE)));

  public FlagSettings {
    if (partnerCodes == null || partnerCodes.isEmpty()) {
      partnerCodes = DEFAULT_CODES;
    }
    partnerCodes = List.copyOf(partnerCodes);
    checkingAgencies = List.copyOf(checkingAgencies);
  }

  /** Whether people and systems of an agency of this kind may check flags. */
  public boolean mayCheck(@Nullable AgencyKind kind) {
    return kind != null && checkingAgencies.contains(kind);
  }

  public List<PartnerCode> partnerCodes() {
    return partnerCodes == null ? DEFAULT_CODES : partnerCodes;
  }

  public Optional<PartnerCode> partnerCode(String code) {
    return partnerCodes().stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
