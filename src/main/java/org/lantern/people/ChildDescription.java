package org.lantern.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A child as a referrer described them, kept as entered, and what Lantern did with it: shown beside
 * the child a concern or missing episode was put on, so that a wrong join can be seen.
 *
 * @param describedBy who described the child: a person's name, or a partner system's
 * @param placedOn the child the description was first put on (a concern may since have moved)
 */
public record ChildDescription(
    UUID id,
    String givenName,
    @Nullable String middleNames,
    String familyName,
    @Nullable String knownAs,
    Sex sex,
    @Nullable LocalDate dateOfBirth,
    @Nullable String nhsNumber,
    @Nullable String upn,
    @Nullable String postcode,
    String describedBy,
    Instant describedAt,
    UUID placedOn,
    DescriptionOutcome outcome) {

  public String fullName() {
    return Stream.of(givenName, middleNames, familyName)
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(" "));
  }

  public @Nullable String formattedNhsNumber() {
    return nhsNumber == null ? null : new NhsNumber(nhsNumber).formatted();
  }

  /** The description as a new child would be made of it. */
  public NewChild asNewChild(@Nullable UUID districtId) {
    return new NewChild(
        givenName,
        middleNames,
        familyName,
        knownAs,
        sex,
        dateOfBirth,
        nhsNumber == null ? null : new NhsNumber(nhsNumber),
        upn == null ? null : new UniquePupilNumber(upn),
        postcode == null ? null : new Postcode(postcode),
        districtId);
  }
}
