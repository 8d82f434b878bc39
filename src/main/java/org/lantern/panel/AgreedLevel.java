package org.lantern.panel;

import org.jspecify.annotations.Nullable;
import org.lantern.risk.RiskLevel;

/**
 * The level the panel agrees for a child at a meeting, and why when it differs from the child's
 * last screening (seed 002 ¶97: partners refer with their own assessment; the panel decides).
 */
public record AgreedLevel(RiskLevel level, @Nullable String reason) {}
