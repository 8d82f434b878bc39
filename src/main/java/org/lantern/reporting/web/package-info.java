/** The report card pages and PDF. */
@NullMarked
package org.lantern.reporting.web;

import org.jspecify.annotations.NullMarked;
