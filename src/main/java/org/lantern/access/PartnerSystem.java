package org.lantern.access;

import java.io.Serializable;

/** A partner agency's system calling the API: who it acts as, and the source its records carry. */
public record PartnerSystem(CurrentUser user, String sourceSystem) implements Serializable {}
