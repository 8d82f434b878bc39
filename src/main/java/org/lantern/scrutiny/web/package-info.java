/** The outcomes framework, KPI, work programme and committee pack pages. */
@NullMarked
package org.lantern.scrutiny.web;

import org.jspecify.annotations.NullMarked;
