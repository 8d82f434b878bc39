package org.lantern.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.data.ToolEntity;
import org.lantern.risk.data.ToolRecords;
import org.lantern.risk.data.ToolVersionEntity;
import org.lantern.risk.data.ToolVersionRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's screening tools. Publishing checks the whole definition first and, only if it is
 * sound, adds a new version; a version, once published, never changes, so every screening keeps the
 * exact tool it was completed on.
 */
@Service
public class ScreeningTools {

  /** The example Lantern ships, for a partnership to start from and replace. */
  public static final String EXAMPLE = "/risk/example-cse-screening.yml";

  private final ToolRecords tools;
  private final ToolVersionRecords versions;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<UUID, PublishedTool> read = new ConcurrentHashMap<>();

  ScreeningTools(
      ToolRecords tools,
      ToolVersionRecords versions,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.tools = tools;
    this.versions = versions;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Publishes a definition as the next version of its tool (the first, for a new key). {@code
   * basedOn} is the version the person edited (null for an import): if someone published since,
   * {@link ToolChangedException}. A bad definition: {@link InvalidToolException}, nothing saved.
   */
  @Transactional
  public PublishedTool publish(CurrentUser user, String source, @Nullable Integer basedOn) {
    requireManager(user);
    ToolDefinition definition = ToolParser.parse(source);
    ToolEntity tool =
        tools
            .findByPartnershipIdAndToolKey(user.partnershipId(), definition.key())
            .orElseGet(
                () ->
                    tools.save(
                        new ToolEntity(user.partnershipId(), definition.key(), clock.instant())));
    int current =
        versions
            .findFirstByToolIdOrderByNumberDesc(tool.id())
            .map(ToolVersionEntity::number)
            .orElse(0);
    if (basedOn != null && basedOn != current) {
      throw new ToolChangedException(definition.key(), current);
    }
    ToolVersionEntity version =
        versions.saveAndFlush(
            new ToolVersionEntity(
                tool.id(),
                current + 1,
                definition.name(),
                definition.example(),
                source,
                clock.instant(),
                user.id()));
    audit.record(
        user,
        AuditAction.MANAGE_SCREENING_TOOLS,
        null,
        RecordRef.of("SCREENING_TOOL_VERSION", version.id()),
        null,
        "published " + definition.key() + " version " + version.number());
    return published(tool, version);
  }

  /** Publishes the example tool Lantern ships. */
  @Transactional
  public PublishedTool publishExample(CurrentUser user) {
    return publish(user, exampleSource(), null);
  }

  /** Checks a definition without publishing it. */
  public ToolDefinition check(String source) {
    return ToolParser.parse(source);
  }

  /** The current (latest) version of each of the partnership's tools. */
  @Transactional(readOnly = true)
  public List<PublishedTool> current(UUID partnershipId) {
    return tools.findByPartnershipIdOrderByToolKey(partnershipId).stream()
        .flatMap(
            t ->
                versions
                    .findFirstByToolIdOrderByNumberDesc(t.id())
                    .map(v -> published(t, v))
                    .stream())
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<PublishedTool> current(UUID partnershipId, String key) {
    return tools
        .findByPartnershipIdAndToolKey(partnershipId, key)
        .flatMap(
            t -> versions.findFirstByToolIdOrderByNumberDesc(t.id()).map(v -> published(t, v)));
  }

  /** Every version of a tool, newest first. */
  @Transactional(readOnly = true)
  public List<PublishedTool> history(UUID partnershipId, String key) {
    return tools
        .findByPartnershipIdAndToolKey(partnershipId, key)
        .map(
            t ->
                versions.findByToolIdOrderByNumberDesc(t.id()).stream()
                    .map(v -> published(t, v))
                    .toList())
        .orElse(List.of());
  }

  /** One version, as published (a screening's own). */
  @Transactional(readOnly = true)
  public PublishedTool version(UUID versionId) {
    PublishedTool cached = read.get(versionId);
    if (cached != null) {
      return cached;
    }
    ToolVersionEntity v =
        versions
            .findById(versionId)
            .orElseThrow(() -> new RecordNotFoundException("tool version", versionId));
    ToolEntity t = tools.findById(v.toolId()).orElseThrow();
    return published(t, v);
  }

  public boolean mayManage(CurrentUser user) {
    return policy.roleAllows(user, Permission.MANAGE_SCREENING_TOOLS);
  }

  private void requireManager(CurrentUser user) {
    policy.requireRole(user, Permission.MANAGE_SCREENING_TOOLS);
  }

  private PublishedTool published(ToolEntity t, ToolVersionEntity v) {
    return read.computeIfAbsent(
        v.id(),
        id ->
            new PublishedTool(
                v.id(),
                t.toolKey(),
                v.number(),
                ToolParser.parse(v.source()),
                v.source(),
                v.publishedAt()));
  }

  public static String exampleSource() {
    try (InputStream in = ScreeningTools.class.getResourceAsStream(EXAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("The example tool is missing from the build: " + EXAMPLE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
