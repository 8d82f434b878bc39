package org.lantern.people;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantern.access.ChildRef;

/** A child's identifying details. Only to be shown after the access policy has said yes. */
public record ChildSummary(
    UUID id,
    UUID partnershipId,
    String givenName,
    @Nullable String middleNames,
    String familyName,
    @Nullable String knownAs,
    Sex sex,
    @Nullable LocalDate dateOfBirth,
    @Nullable String nhsNumber,
    @Nullable String upn,
    @Nullable String postcode,
    @Nullable UUID districtId) {

  public ChildRef ref() {
    return new ChildRef(id, partnershipId);
  }

  /** "Given Middle Family". */
  public String fullName() {
    return Stream.of(givenName, middleNames, familyName)
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(" "));
  }

  /** Given and family name, as lists and headings show it. */
  public String name() {
    return givenName + " " + familyName;
  }

  public @Nullable String formattedNhsNumber() {
    return nhsNumber == null ? null : new NhsNumber(nhsNumber).formatted();
  }

  /** The outward part of the postcode: enough to tell children apart, no more. */
  public @Nullable String area() {
    return postcode == null ? null : new Postcode(postcode).outward();
  }
}
