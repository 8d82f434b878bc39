/**
 * The synthetic demo county, generated from a seed on the embedded default only: its districts,
 * agencies, demo accounts and a few thousand children with histories. No real person is in it.
 */
@NullMarked
package org.lantern.demo;

import org.jspecify.annotations.NullMarked;
