package org.lantern.panel.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;

/** A panel's area and settings as the coordinator edits them. */
public class ConfigureForm {

  private long version;
  private @Nullable String name;
  private List<String> districtIds = new ArrayList<>();
  private @Nullable String chairUserId;
  private List<String> memberAgencies = new ArrayList<>();
  private @Nullable String intervalMonths;
  private DateInput nextMeetingOn = new DateInput();

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public List<String> getDistrictIds() {
    return districtIds;
  }

  public void setDistrictIds(List<String> districtIds) {
    this.districtIds = districtIds;
  }

  public @Nullable String getChairUserId() {
    return chairUserId;
  }

  public void setChairUserId(@Nullable String chairUserId) {
    this.chairUserId = chairUserId;
  }

  public List<String> getMemberAgencies() {
    return memberAgencies;
  }

  public void setMemberAgencies(List<String> memberAgencies) {
    this.memberAgencies = memberAgencies;
  }

  public @Nullable String getIntervalMonths() {
    return intervalMonths;
  }

  public void setIntervalMonths(@Nullable String intervalMonths) {
    this.intervalMonths = intervalMonths;
  }

  public DateInput getNextMeetingOn() {
    return nextMeetingOn;
  }

  public void setNextMeetingOn(DateInput nextMeetingOn) {
    this.nextMeetingOn = nextMeetingOn;
  }
}
