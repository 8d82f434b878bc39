/**
 * Strategy: the meetings that protect a child between the front door and the panel. Strategy
 * discussions (started by the front door's decision or by a social worker), child protection
 * conferences and the plans they make, and risk-management meetings on the exploitation pathway;
 * each with its clock in working days, overdue work on its owner's home page.
 */
@NullMarked
package org.lantern.strategy;

import org.jspecify.annotations.NullMarked;
