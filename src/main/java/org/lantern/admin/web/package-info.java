/** The administrator's pages under /admin, and the invitation page a new person opens. */
@NullMarked
package org.lantern.admin.web;

import org.jspecify.annotations.NullMarked;
