package org.lantern.governance;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an information sharing agreement says: the parties, the purpose, the lawful basis (e.g. UK
 * GDPR 6(1)(e) with DPA 2018 Sch. 1 para 18, safeguarding), the categories shared, when it starts
 * and when it is to be reviewed. {@link #check} refuses what breaks its rules, by the field.
 */
public record AgreementTerms(
    String parties,
    String purpose,
    String lawfulBasis,
    Set<DataCategory> categories,
    LocalDate startsOn,
    LocalDate reviewOn) {

  public static final int MAX_PARTIES = 1000;
  public static final int MAX_PURPOSE = 2000;
  public static final int MAX_LAWFUL_BASIS = 1000;

  public AgreementTerms {
    parties = parties.strip();
    purpose = purpose.strip();
    lawfulBasis = lawfulBasis.strip();
    categories = Set.copyOf(categories);
  }

  /** Refuses blank or overlong words, no category, a review date not after the start. */
  public void check() {
    text(
        "parties",
        parties,
        MAX_PARTIES,
        "governance.agreement.parties.missing",
        "governance.agreement.parties.tooLong");
    text(
        "purpose",
        purpose,
        MAX_PURPOSE,
        "governance.agreement.purpose.missing",
        "governance.agreement.purpose.tooLong");
    text(
        "lawfulBasis",
        lawfulBasis,
        MAX_LAWFUL_BASIS,
        "governance.agreement.lawfulBasis.missing",
        "governance.agreement.lawfulBasis.tooLong");
    if (categories.isEmpty()) {
      throw new GovernanceRuleBroken("categories", "governance.agreement.categories.missing");
    }
    if (!reviewOn.isAfter(startsOn)) {
      throw new GovernanceRuleBroken("reviewOn", "governance.agreement.reviewOn.beforeStart");
    }
  }

  private static void text(String field, String value, int max, String missing, String tooLong) {
    if (value.isBlank()) {
      throw new GovernanceRuleBroken(field, missing);
    }
    if (value.length() > max) {
      throw new GovernanceRuleBroken(field, tooLong);
    }
  }

  /** Said in the audit log: what changed is compared line by line. */
  String said() {
    return "parties: "
        + parties
        + "; purpose: "
        + purpose
        + "; lawful basis: "
        + lawfulBasis
        + "; categories: "
        + categories.stream().map(Enum::name).sorted().toList()
        + "; starts: "
        + startsOn
        + "; review: "
        + reviewOn;
  }
}
