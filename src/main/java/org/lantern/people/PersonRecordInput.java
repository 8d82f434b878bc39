package org.lantern.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One partner system's record of a person, as it arrives (CSV row or API item), not yet checked.
 *
 * @param previousNames earlier or other family names (aliases)
 * @param dateOfBirth as written: yyyy-mm-dd or dd/mm/yyyy
 * @param otherIds other identifiers, as "kind:value" separated by semicolons
 */
public record PersonRecordInput(
    @Nullable String sourceId,
    @Nullable String givenName,
    @Nullable String middleNames,
    @Nullable String familyName,
    @Nullable List<String> previousNames,
    @Nullable String dateOfBirth,
    @Nullable String sex,
    @Nullable String postcode,
    @Nullable String nhsNumber,
    @Nullable String upn,
    @Nullable String otherIds) {}
