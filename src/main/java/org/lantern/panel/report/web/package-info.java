/** The report card pages and PDF. */
@NullMarked
package org.lantern.panel.report.web;

import org.jspecify.annotations.NullMarked;
