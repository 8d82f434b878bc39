/** Web plumbing shared by every page: GOV.UK assets, display formats, error pages. */
@NullMarked
package org.lantern.platform.web;

import org.jspecify.annotations.NullMarked;
