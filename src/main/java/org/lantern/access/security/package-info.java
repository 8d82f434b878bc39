/** Sign-in, lockout, sessions, security headers and partner-system API clients. */
@NullMarked
package org.lantern.access.security;

import org.jspecify.annotations.NullMarked;
