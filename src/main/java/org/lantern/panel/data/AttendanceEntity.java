package org.lantern.panel.data;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.PanelRuleException;

/** Whether a member agency attended a meeting, and who came. */
@Entity
@Table(name = "panel_attendance")
public class AttendanceEntity {

  /** The meeting and the agency. */
  @Embeddable
  public static class Key implements Serializable {
    private UUID meetingId;
    private UUID agencyId;

    protected Key() {}

    Key(UUID meetingId, UUID agencyId) {
      this.meetingId = meetingId;
      this.agencyId = agencyId;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k && k.meetingId.equals(meetingId) && k.agencyId.equals(agencyId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, agencyId);
    }
  }

  @EmbeddedId private Key key;
  private boolean attended;
  private @Nullable String names;

  protected AttendanceEntity() {}

  public AttendanceEntity(UUID meetingId, UUID agencyId, boolean attended, @Nullable String names) {
    checkNames(names);
    this.key = new Key(meetingId, agencyId);
    this.attended = attended;
    this.names = names;
  }

  public void record(boolean attended, @Nullable String names) {
    checkNames(names);
    this.attended = attended;
    this.names = names;
  }

  /** Who came from an agency: at most 500 characters. */
  static void checkNames(@Nullable String names) {
    if (names != null && names.length() > 500) {
      throw new PanelRuleException("names", "panel.error.attendanceNames");
    }
  }

  public Key key() {
    return key;
  }

  public UUID agencyId() {
    return key.agencyId;
  }

  public boolean attended() {
    return attended;
  }

  public @Nullable String names() {
    return names;
  }
}
