package org.lantern.risk.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A service team as the administrator adds or changes it. */
public class ServiceTeamForm {

  private @Nullable String name;
  private @Nullable String agencyId;
  private List<String> districtIds = new ArrayList<>();

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public @Nullable String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(@Nullable String agencyId) {
    this.agencyId = agencyId;
  }

  public List<String> getDistrictIds() {
    return districtIds;
  }

  public void setDistrictIds(List<String> districtIds) {
    this.districtIds = districtIds;
  }
}
