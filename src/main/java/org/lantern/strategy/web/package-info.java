/** Strategy's pages: starting and recording meetings, recording conferences. */
@NullMarked
package org.lantern.strategy.web;

import org.jspecify.annotations.NullMarked;
