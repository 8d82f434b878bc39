package org.lantern.risk.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.lantern.platform.NewRecord;

/** One published version of a tool: its text as published, never changed afterwards. */
@Entity
@Table(name = "screening_tool_version")
public class ToolVersionEntity extends NewRecord {

  @Id private UUID id;
  private UUID toolId;
  private int number;
  private String name;
  private boolean example;
  private String source;
  private Instant publishedAt;
  private UUID publishedByUserId;

  protected ToolVersionEntity() {}

  public ToolVersionEntity(
      UUID toolId, int number, String name, boolean example, String source, Instant now, UUID by) {
    this.id = UUID.randomUUID();
    this.toolId = toolId;
    this.number = number;
    this.name = name;
    this.example = example;
    this.source = source;
    this.publishedAt = now;
    this.publishedByUserId = by;
  }

  public UUID id() {
    return id;
  }

  public UUID toolId() {
    return toolId;
  }

  public int number() {
    return number;
  }

  public String name() {
    return name;
  }

  public boolean example() {
    return example;
  }

  public String source() {
    return source;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public UUID publishedByUserId() {
    return publishedByUserId;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
