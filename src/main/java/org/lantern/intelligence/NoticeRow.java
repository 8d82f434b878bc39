package org.lantern.intelligence;

import java.time.LocalDate;
import java.util.UUID;

/** One notice in the register. */
public record NoticeRow(
    UUID id,
    LocalDate servedOn,
    LocalDate expiresOn,
    String adultName,
    int children,
    String officerName) {}
