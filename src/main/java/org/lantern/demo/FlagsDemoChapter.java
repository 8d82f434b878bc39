package org.lantern.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.PartnershipStructure;
import org.lantern.flags.ChildFlags;
import org.lantern.flags.FlagChecks;
import org.lantern.flags.PartnerFlags;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.springframework.stereotype.Component;

/**
 * Flags in the demo county: the council's front-door numbers (office hours and out of hours), a few
 * flags sent by the hospital trust's systems (repeat terminations, a sexual assault referral centre
 * attendance), and earlier checks from the trust's emergency department and the GP out of hours
 * service on children with flags, so their files list checks and whoever holds them has a notice.
 * Sign in as {@code aande} to check a child by NHS number.
 */
@Component
class FlagsDemoChapter implements DemoChapter {

  private final Directory directory;
  private final PartnershipStructure structure;
  private final PartnerFlags partnerFlags;
  private final ChildFlags flags;
  private final FlagChecks checks;

  FlagsDemoChapter(
      Directory directory,
      PartnershipStructure structure,
      PartnerFlags partnerFlags,
      ChildFlags flags,
      FlagChecks checks) {
    this.directory = directory;
    this.structure = structure;
    this.partnerFlags = partnerFlags;
    this.flags = flags;
    this.checks = checks;
  }

  @Override
  public int order() {
    return 800;
  }

  @Override
  public void write(Facts county) {
    DemoOrganisation org = county.organisation();
    structure.contacts(org.agencies.get(DemoAccount.COUNCIL), "01632 960100", "01632 960199");
    structure.contacts(org.agencies.get(DemoAccount.TRUST), "01632 960300", "01632 960399");
    List<ChildSummary> withNhs =
        county.children().stream().filter(c -> c.nhsNumber() != null).toList();
    UUID trust = org.agencies.get(DemoAccount.TRUST);
    LocalDate today = county.today();
    for (int i = 0; i < Math.min(3, withNhs.size()); i++) {
      ChildSummary child = withNhs.get(withNhs.size() - 1 - i);
      partnerFlags.create(
          new PartnerFlags.New(
              org.partnershipId,
              child.id(),
              child.nhsNumber(),
              i == 0 ? "SARC_ATTENDANCE" : "REPEAT_TERMINATIONS",
              trust,
              "Tamsford General ED",
              "https://trust.demo.lantern.invalid/flags",
              "DEMO-FLAG-" + (i + 1),
              today.minusDays(30L + 20L * i),
              null));
    }
    CurrentUser clinician = org.asUser(directory, "aande");
    List<ChildSummary> flagged =
        withNhs.stream().filter(c -> !flags.of(c.id()).isEmpty()).limit(6).toList();
    String[] settings = {"Tamsford General emergency department", "Wrenbridge GP out of hours"};
    for (int i = 0; i < flagged.size(); i++) {
      ChildSummary child = flagged.get(i);
      checks.byNhsNumber(
          clinician,
          FlagChecks.Channel.WEB,
          settings[i % settings.length],
          new NhsNumber(child.nhsNumber()));
    }
  }
}
