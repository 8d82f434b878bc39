package org.lantern.notify.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.notify.AlertRule;
import org.lantern.platform.NewRecord;

/**
 * One notice to one person about one child: the alerts raised about the child within the grouping
 * time, counted, with the rules that fired (in order, each once).
 */
@Entity
@Table(name = "child_alert")
public class ChildAlertEntity extends NewRecord {

  @Id private UUID id;
  private UUID recipientUserId;
  private UUID childId;
  private String rules;
  private @Nullable String detail;
  private int alertCount;
  private @Nullable String suggestionKey;
  private Instant firstAt;
  private Instant lastAt;
  private @Nullable Instant readAt;
  @Version private long version;

  protected ChildAlertEntity() {}

  public ChildAlertEntity(UUID id, UUID recipientUserId, UUID childId, AlertRule rule, Instant at) {
    this(id, recipientUserId, childId, rule, null, at);
  }

  /**
   * A notice about one thing within the child ({@code detail}: the setting that checked their
   * flags); notices group by it.
   */
  public ChildAlertEntity(
      UUID id,
      UUID recipientUserId,
      UUID childId,
      AlertRule rule,
      @Nullable String detail,
      Instant at) {
    this.id = id;
    this.detail = detail;
    this.recipientUserId = recipientUserId;
    this.childId = childId;
    this.rules = rule.name();
    this.alertCount = 1;
    this.suggestionKey = rule.suggestionKey();
    this.firstAt = at;
    this.lastAt = at;
  }

  public void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID recipientUserId() {
    return recipientUserId;
  }

  public UUID childId() {
    return childId;
  }

  public List<AlertRule> rules() {
    return Arrays.stream(rules.split(",")).map(AlertRule::valueOf).toList();
  }

  public @Nullable String detail() {
    return detail;
  }

  public int count() {
    return alertCount;
  }

  public @Nullable String suggestionKey() {
    return suggestionKey;
  }

  public Instant firstAt() {
    return firstAt;
  }

  public Instant lastAt() {
    return lastAt;
  }

  public @Nullable Instant readAt() {
    return readAt;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
