package org.lantern.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.lantern.access.AgencyKind;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.governance.AgreementTerms;
import org.lantern.governance.DataCategory;
import org.lantern.governance.SharingAgreements;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.NewChild;
import org.lantern.people.NhsNumber;
import org.lantern.people.Sex;
import org.lantern.people.UniquePupilNumber;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.PhoneReferrals;
import org.lantern.referral.RiskIndicator;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds what tests need through the application's own modules: a fresh partnership with one person
 * per role, children, concerns.
 */
@TestComponent
public class Fixtures {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static final AgreementTerms ALWAYS_IN_FORCE =
      new AgreementTerms(
          "The agency and the partnership's members",
          "Safeguarding children at risk of exploitation",
          "UK GDPR 6(1)(e) with DPA 2018 Sch. 1 para 18 (safeguarding)",
          Set.of(DataCategory.values()),
          LocalDate.of(2000, 1, 1),
          LocalDate.of(2999, 12, 31));

  private final Directory directory;
  private final Children children;
  private final ConcernSubmission submission;
  private final PhoneReferrals phoneReferrals;
  private final TransactionTemplate transaction;
  private final SharingAgreements agreements;

  Fixtures(
      SharingAgreements agreements,
      Directory directory,
      Children children,
      ConcernSubmission submission,
      PhoneReferrals phoneReferrals,
      TransactionTemplate transaction) {
    this.directory = directory;
    this.children = children;
    this.submission = submission;
    this.phoneReferrals = phoneReferrals;
    this.transaction = transaction;
    this.agreements = agreements;
  }

  /** A new partnership with a district, five agencies and one person in every role. */
  public TestPartnership partnership() {
    String suffix = Long.toString(System.nanoTime(), 36) + COUNTER.incrementAndGet();
    UUID id = directory.createPartnership("Test partnership " + suffix);
    UUID district = directory.createDistrict(id, "District " + suffix);
    UUID council = directory.createAgency(id, "Council " + suffix, AgencyKind.COUNCIL, null);
    UUID police = directory.createAgency(id, "Police " + suffix, AgencyKind.POLICE, null);
    UUID school = directory.createAgency(id, "School " + suffix, AgencyKind.SCHOOL, district);
    UUID trust = directory.createAgency(id, "Trust " + suffix, AgencyKind.NHS_TRUST, null);
    UUID charity = directory.createAgency(id, "Charity " + suffix, AgencyKind.CHARITY, null);
    UUID team = directory.createTeam(council, "Children's team " + suffix);
    Map<Role, CurrentUser> people = TestPartnership.newPeople();
    for (Role role : Role.values()) {
      if (role == Role.PARTNER_SYSTEM) {
        continue;
      }
      UUID agency =
          switch (role) {
            case PRACTITIONER, PANEL_MEMBER -> school;
            case POLICE -> police;
            case HEALTH_SAFEGUARDING_LEAD, UNSCHEDULED_CARE_CLINICIAN -> trust;
            case MISSING_SERVICE_WORKER -> charity;
            default -> council;
          };
      UUID teamId = role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER ? team : null;
      String username = role.name().toLowerCase().replace('_', '-') + "-" + suffix;
      UUID userId =
          directory.createUser(
              new NewUser(
                  username,
                  "Test " + role.name().toLowerCase(),
                  username + "@test.invalid",
                  TestPartnership.PASSWORD,
                  role,
                  agency,
                  teamId));
      UserView view = directory.user(userId).orElseThrow();
      people.put(
          role,
          new CurrentUser(
              userId, username, view.displayName(), role, agency, view.agencyName(), id, teamId));
    }
    // Every agency shares under an agreement in force whatever a test's clock says, so that its
    // partner systems are let in (governance's own tests make agencies without one).
    for (UUID agency : List.of(council, police, school, trust, charity)) {
      agreements.add(people.get(Role.INFORMATION_GOVERNANCE), agency, ALWAYS_IN_FORCE);
    }
    return new TestPartnership(
        id, district, council, police, school, trust, charity, team, people, suffix);
  }

  /** A child known to the partnership, with the given names. */
  public ChildSummary child(TestPartnership p, String given, String family, LocalDate dob) {
    return child(p, aChild(p).named(given, family).sex(Sex.FEMALE).born(dob).build());
  }

  public ChildSummary child(TestPartnership p, NewChild child) {
    return transaction.execute(tx -> children.register(p.user(Role.FRONT_DOOR), child));
  }

  /** A child with a unique made-up name, NHS number and UPN. */
  public ChildSummary child(TestPartnership p) {
    int n = COUNTER.incrementAndGet();
    return child(
        p,
        aChild(p)
            .named("Testchild" + n, "Family" + p.suffix())
            .sex(Sex.FEMALE)
            .born(2011, 1 + n % 12, 1 + n % 28)
            .nhs(nhsNumber(n))
            .upn(upn(n))
            .build());
  }

  /**
   * A child of the partnership's district to describe and then register with {@code persisted()}:
   * {@code fixtures.aChild(p).named("Ava", "Moss").born(2011, 3, 27).persisted()}.
   */
  public ChildBuilder aChild(TestPartnership p) {
    int n = COUNTER.incrementAndGet();
    return new ChildBuilder("Testchild" + n, "Family" + p.suffix(), c -> child(p, c))
        .district(p.districtId());
  }

  /** A written concern from {@code by} about the child. */
  public UUID concern(CurrentUser by, ChildSummary child, RiskIndicator... indicators) {
    return submission.raise(
        by,
        ChildChoice.existing(child.id()),
        new ConcernContent(
            "Seen with older youths at the bus station late at night.",
            LocalDate.now().minusDays(1),
            "Bus station",
            false,
            indicators.length == 0 ? Set.of() : Set.of(indicators)),
        UUID.randomUUID().toString(),
        List.of());
  }

  /** A phone referral the front door recorded on {@code referrer}'s behalf. */
  public UUID verbalConcern(
      CurrentUser frontDoor,
      CurrentUser referrer,
      ChildSummary child,
      RiskIndicator... indicators) {
    return phoneReferrals.fromAccount(
        frontDoor,
        referrer.id(),
        null,
        ChildChoice.existing(child.id()),
        new ConcernContent(
            "Phoned in: seen with older youths at the bus station late at night.",
            LocalDate.now().minusDays(1),
            "Bus station",
            false,
            indicators.length == 0 ? Set.of() : Set.of(indicators)),
        UUID.randomUUID().toString(),
        List.of());
  }

  /** A valid NHS number in the 999 test range, different for each n. */
  public static NhsNumber nhsNumber(int n) {
    int i = n;
    while (true) {
      String nine = "999" + String.format("%06d", i % 1_000_000);
      int check = NhsNumber.checkDigit(nine);
      if (check >= 0) {
        return new NhsNumber(nine + check);
      }
      i += 7919;
    }
  }

  public static UniquePupilNumber upn(int n) {
    String twelve = "999" + "4001" + "18" + String.format("%03d", n % 1000);
    return new UniquePupilNumber(UniquePupilNumber.checkLetter(twelve) + twelve);
  }
}
