/** FHIR R4 for clinical systems: HAPI FHIR's plain server at {@code /fhir}, Flag resources only. */
@NullMarked
package org.lantern.flags.fhir;

import org.jspecify.annotations.NullMarked;
