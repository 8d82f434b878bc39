package org.lantern.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A child not yet known to Lantern, as a referrer describes them. Already validated. */
public record NewChild(
    String givenName,
    @Nullable String middleNames,
    String familyName,
    @Nullable String knownAs,
    Sex sex,
    @Nullable LocalDate dateOfBirth,
    @Nullable NhsNumber nhsNumber,
    @Nullable UniquePupilNumber upn,
    @Nullable Postcode postcode,
    @Nullable UUID districtId) {}
