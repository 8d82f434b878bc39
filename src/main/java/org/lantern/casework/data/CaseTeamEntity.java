package org.lantern.casework.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

/** A council team that takes children from the front door: a district's team or early help. */
@Entity
@Table(name = "case_team")
public class CaseTeamEntity extends NewRecord {

  @Id private UUID teamId;
  private UUID partnershipId;
  private @Nullable UUID districtId;
  private boolean earlyHelp;

  protected CaseTeamEntity() {}

  public CaseTeamEntity(
      UUID teamId, UUID partnershipId, @Nullable UUID districtId, boolean earlyHelp) {
    this.teamId = teamId;
    this.partnershipId = partnershipId;
    this.districtId = districtId;
    this.earlyHelp = earlyHelp;
  }

  @Override
  public UUID getId() {
    return teamId;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public UUID teamId() {
    return teamId;
  }

  public @Nullable UUID districtId() {
    return districtId;
  }

  public boolean earlyHelp() {
    return earlyHelp;
  }
}
