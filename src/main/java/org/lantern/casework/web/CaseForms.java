package org.lantern.casework.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The forms on a child's case page: the council reference, a transfer, and closing. */
final class CaseForms {

  private CaseForms() {}

  static @Nullable UUID id(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** The council's own case-system reference. */
  public static class ReferenceForm {
    private @Nullable String reference;
    private long version;

    public @Nullable String getReference() {
      return reference;
    }

    public void setReference(@Nullable String reference) {
      this.reference = reference;
    }

    public long getVersion() {
      return version;
    }

    public void setVersion(long version) {
      this.version = version;
    }
  }

  /** Where the case goes: a worker of the team, another team, or another authority. */
  public static class TransferForm {
    private @Nullable String to;
    private @Nullable String worker;
    private @Nullable String team;
    private @Nullable String authority;
    private long version;

    public @Nullable String getTo() {
      return to;
    }

    public void setTo(@Nullable String to) {
      this.to = to;
    }

    public @Nullable String getWorker() {
      return worker;
    }

    public void setWorker(@Nullable String worker) {
      this.worker = worker;
    }

    public @Nullable String getTeam() {
      return team;
    }

    public void setTeam(@Nullable String team) {
      this.team = team;
    }

    public @Nullable String getAuthority() {
      return authority;
    }

    public void setAuthority(@Nullable String authority) {
      this.authority = authority;
    }

    public long getVersion() {
      return version;
    }

    public void setVersion(long version) {
      this.version = version;
    }
  }

  /** Closing, with a reason and what happens to open panel actions. */
  public static class CloseForm {
    private @Nullable String reason;
    private @Nullable String actionsPlan;
    private long version;

    public @Nullable String getReason() {
      return reason;
    }

    public void setReason(@Nullable String reason) {
      this.reason = reason;
    }

    public @Nullable String getActionsPlan() {
      return actionsPlan;
    }

    public void setActionsPlan(@Nullable String actionsPlan) {
      this.actionsPlan = actionsPlan;
    }

    public long getVersion() {
      return version;
    }

    public void setVersion(long version) {
      this.version = version;
    }
  }
}
