package org.lantern.panel;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.risk.RiskLevel;

/**
 * A child on an agenda as the coordinator sees it.
 *
 * @param removedReason why the coordinator took the child off (null while on the agenda)
 * @param reReferrals how many times the child was re-referred after the panel closed them
 * @param forNoting listed with their figures for noting, not discussed
 */
public record AgendaEntry(
    UUID childId,
    String childName,
    @Nullable Integer age,
    RiskLevel level,
    AgendaReason reason,
    @Nullable String detail,
    int reReferrals,
    @Nullable String removedReason,
    boolean forNoting) {

  public boolean removed() {
    return removedReason != null;
  }
}
