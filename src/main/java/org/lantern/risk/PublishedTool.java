package org.lantern.risk;

import java.time.Instant;
import java.util.UUID;

/** One published version of a tool, read and checked. */
public record PublishedTool(
    UUID versionId,
    String key,
    int number,
    ToolDefinition definition,
    String source,
    Instant publishedAt) {

  public String name() {
    return definition.name();
  }
}
