package org.lantern.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which record an audited action touched: its type and id. */
public record RecordRef(String type, @Nullable String id) {

  /** No record: a refusal outside any request (a scheduled job, say). */
  public static final RecordRef NONE = new RecordRef("NONE", null);

  public static RecordRef child(UUID id) {
    return new RecordRef("CHILD", id.toString());
  }

  public static RecordRef concern(UUID id) {
    return new RecordRef("CONCERN", id.toString());
  }

  /** One section of a child's file, as shown to someone. */
  public static RecordRef section(Section section) {
    return new RecordRef("FILE_SECTION", section.name());
  }

  public static RecordRef of(String type, UUID id) {
    return new RecordRef(type, id.toString());
  }

  /**
   * A page or API operation asked for: its method and path, never the query (which may hold a
   * searched name), cut to the audit log's 100 characters.
   */
  public static RecordRef request(HttpServletRequest request) {
    String asked = request.getMethod() + " " + request.getRequestURI();
    return new RecordRef("REQUEST", asked.length() > 100 ? asked.substring(0, 100) : asked);
  }
}
