/** Casework's pages: the team queue, allocation, caseloads, transfer and closure. */
@NullMarked
package org.lantern.casework.web;

import org.jspecify.annotations.NullMarked;
