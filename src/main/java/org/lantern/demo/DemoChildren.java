package org.lantern.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.lantern.people.Sex;
import org.lantern.people.UniquePupilNumber;

/** Synthetic children: common names, plausible ages, valid but made-up identifiers. */
final class DemoChildren {

  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final Random random;
  private final WeightedNames girls = WeightedNames.firstNames("F", 1500);
  private final WeightedNames boys = WeightedNames.firstNames("M", 1500);
  private final WeightedNames surnames = WeightedNames.surnames();
  private final Set<String> nhsNumbers = new HashSet<>();
  private final Set<String> upns = new HashSet<>();

  DemoChildren(Random random) {
    this.random = random;
  }

  List<ChildSummary> make(int count, DemoOrganisation org, LocalDate today) {
    List<ChildSummary> children = new ArrayList<>(count);
    List<String> districts = DemoOrganisation.DISTRICTS;
    for (int i = 0; i < count; i++) {
      double s = random.nextDouble();
      Sex sex = s < 0.52 ? Sex.FEMALE : s < 0.995 ? Sex.MALE : Sex.NOT_KNOWN;
      WeightedNames first =
          sex == Sex.FEMALE
              ? girls
              : sex == Sex.MALE ? boys : (random.nextBoolean() ? girls : boys);
      String given = first.pick(random);
      String middle = random.nextDouble() < 0.4 ? first.pick(random) : null;
      String family = surnames.pick(random);
      String knownAs = random.nextDouble() < 0.6 ? DemoStories.KNOWN_AS.get(given) : null;
      int districtIndex = random.nextInt(districts.size());
      LocalDate dob =
          random.nextDouble() < 0.03
              ? null
              : today.minusYears(9 + random.nextInt(9)).minusDays(random.nextInt(365));
      children.add(
          new ChildSummary(
              UUID.randomUUID(),
              org.partnershipId,
              given,
              middle,
              family,
              knownAs,
              sex,
              dob,
              random.nextDouble() < 0.9 ? nhsNumber() : null,
              dob != null && random.nextDouble() < 0.8 ? upn(dob) : null,
              random.nextDouble() < 0.95 ? postcode(districtIndex) : null,
              org.districts.get(districts.get(districtIndex))));
    }
    return children;
  }

  /** NHS numbers starting 999: the range kept for test data, never issued to a person. */
  private String nhsNumber() {
    while (true) {
      String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
      int check = NhsNumber.checkDigit(nine);
      if (check >= 0 && nhsNumbers.add(nine + check)) {
        return nine + check;
      }
    }
  }

  /** UPNs with local authority number 999 (none has it) and our schools' numbers. */
  private String upn(LocalDate dob) {
    while (true) {
      String school = String.valueOf(4000 + random.nextInt(12));
      String year = String.format("%02d", (dob.getYear() + 5) % 100);
      String serial = String.format("%03d", random.nextInt(1000));
      String twelve = "999" + school + year + serial;
      String upn = UniquePupilNumber.checkLetter(twelve) + twelve;
      if (upns.add(upn)) {
        return upn;
      }
    }
  }

  /** Postcodes in the made-up MR area: four outward codes per district. */
  private String postcode(int district) {
    int outward = district * 4 + 1 + random.nextInt(4);
    return "MR"
        + outward
        + " "
        + random.nextInt(10)
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
  }
}
