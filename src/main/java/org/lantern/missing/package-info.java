/**
 * Missing from home, care and education: episodes the police notify, return interviews and the
 * service's figures.
 */
@NullMarked
package org.lantern.missing;

import org.jspecify.annotations.NullMarked;
