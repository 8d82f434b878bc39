package org.lantern.strategy;

import java.time.LocalDate;

/**
 * Something of this person's that is past its date, for their home page.
 *
 * @param messageKey what is overdue ("Strategy discussion not yet held")
 * @param childNames whom it is about
 * @param dueOn when it was due
 * @param link where to do it
 */
public record Overdue(String messageKey, String childNames, LocalDate dueOn, String link) {}
