package org.lantern.access;

import java.util.UUID;

/** Which record an audited action touched: its type and id. */
public record RecordRef(String type, String id) {

  public static RecordRef child(UUID id) {
    return new RecordRef("CHILD", id.toString());
  }

  public static RecordRef concern(UUID id) {
    return new RecordRef("CONCERN", id.toString());
  }

  public static RecordRef of(String type, UUID id) {
    return new RecordRef(type, id.toString());
  }
}
