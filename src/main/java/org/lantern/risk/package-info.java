/**
 * Risk screening: the partnership's screening tools (versioned data, never code), screenings of a
 * child with their computed level and explanation, a team manager's sign-off, review dates, the
 * tracker of every child at risk, and referral of medium and high risk into the commissioned
 * exploitation and missing service.
 */
@NullMarked
package org.lantern.risk;

import org.jspecify.annotations.NullMarked;
