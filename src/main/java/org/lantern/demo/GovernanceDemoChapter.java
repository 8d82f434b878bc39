package org.lantern.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.governance.AgreementTerms;
import org.lantern.governance.DataCategory;
import org.lantern.governance.LegalHolds;
import org.lantern.governance.SharingAgreements;
import org.springframework.stereotype.Component;

/**
 * Information governance in the demo county: every agency shares under an information sharing
 * agreement (so the Tamsford General A&E system is let in), the police agreement is a fortnight
 * from its review, the college's review date has passed (it shows on Hannah Lyle's home page), and
 * one child's records are on legal hold for a serious case review.
 */
@Component
class GovernanceDemoChapter implements DemoChapter {

  private static final String LAWFUL_BASIS =
      "UK GDPR Article 6(1)(e) (public task) and Article 9(2)(g), with DPA 2018 Schedule 1"
          + " paragraph 18 (safeguarding of children and individuals at risk)";

  private final Directory directory;
  private final SharingAgreements agreements;
  private final LegalHolds holds;

  GovernanceDemoChapter(Directory directory, SharingAgreements agreements, LegalHolds holds) {
    this.directory = directory;
    this.agreements = agreements;
    this.holds = holds;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void write(Facts county) {
    DemoOrganisation org = county.organisation();
    CurrentUser officer = org.asUser(directory, "governance");
    LocalDate today = county.today();
    for (Map.Entry<String, UUID> agency : org.agencies.entrySet()) {
      String name = agency.getKey();
      LocalDate review =
          switch (name) {
            case DemoAccount.POLICE -> today.plusDays(14);
            case DemoAccount.COLLEGE -> today.minusDays(9);
            default -> today.plusMonths(3 + Math.floorMod(name.hashCode(), 9));
          };
      agreements.add(
          officer,
          agency.getValue(),
          new AgreementTerms(
              name + "; Marlshire Safeguarding Children Partnership",
              "Identifying, assessing and reducing the risk of sexual and criminal exploitation"
                  + " of children in Marlshire",
              LAWFUL_BASIS,
              categories(name),
              review.minusYears(1),
              review));
    }
    if (!county.children().isEmpty()) {
      holds.place(
          officer,
          county.children().getFirst().id(),
          "Subject to the Marlshire serious case review (SCR 2026/03): keep every record.");
    }
  }

  private static Set<DataCategory> categories(String agency) {
    return switch (agency) {
      case DemoAccount.POLICE ->
          EnumSet.of(
              DataCategory.IDENTIFYING_DETAILS,
              DataCategory.CONCERNS,
              DataCategory.MISSING_EPISODES,
              DataCategory.INTELLIGENCE,
              DataCategory.PANEL_RECORDS);
      case DemoAccount.TRUST ->
          EnumSet.of(
              DataCategory.IDENTIFYING_DETAILS,
              DataCategory.CONCERNS,
              DataCategory.FLAGS,
              DataCategory.PERSON_RECORDS);
      default ->
          EnumSet.of(
              DataCategory.IDENTIFYING_DETAILS, DataCategory.CONCERNS, DataCategory.PANEL_RECORDS);
    };
  }
}
