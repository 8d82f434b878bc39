package org.lantern.referral;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnerSystem;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.DescribedChildren;
import org.lantern.people.DescriptionOutcome;
import org.lantern.platform.ListSearch;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading concerns outside the front door: a coordinator's or worker's view, and summaries. */
@Service
public class ConcernReading {

  /** How many ids one query asks for (a coordinator may have been told of thousands). */
  private static final int CHUNK = 1000;

  private final ConcernFiles files;
  private final Concerns concerns;
  private final ConcernViews views;
  private final AccessPolicy policy;
  private final DescribedChildren described;
  private final Children children;

  ConcernReading(
      ConcernFiles files,
      Concerns concerns,
      ConcernViews views,
      AccessPolicy policy,
      DescribedChildren described,
      Children children) {
    this.children = children;
    this.policy = policy;
    this.described = described;
    this.files = files;
    this.concerns = concerns;
    this.views = views;
  }

  /**
   * A concern with the child's history, for anyone allowed to see the child's record, as they may
   * read it (no outcome for the referrer of an unconfirmed phone referral).
   */
  @Transactional
  public ConcernFile open(CurrentUser user, UUID concernId) {
    return files.open(user, concernId, "read concern");
  }

  /**
   * A concern as the partner system that sent it may see it (status and decision), checked and
   * audited; empty for any other system's concern.
   */
  @Transactional
  public Optional<ConcernView> forPartnerSystem(PartnerSystem system, UUID concernId) {
    Optional<ConcernEntity> found = concerns.findById(concernId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ConcernEntity c = found.get();
    boolean ours = c.partnershipId().equals(system.user().partnershipId());
    try {
      policy.requireRole(
          system.user(),
          Permission.VIEW_OWN_REFERRAL,
          RecordRef.concern(concernId),
          RecordRule.hidden(
              ours && system.sourceSystem().equals(c.sourceSystem()),
              ours ? "OTHER_SOURCE_SYSTEM" : "OTHER_PARTNERSHIP"));
    } catch (RecordNotFoundException another) {
      return Optional.empty();
    }
    policy.require(
        system.user(),
        Permission.VIEW_OWN_REFERRAL,
        ConcernFiles.ref(c),
        RecordRef.concern(concernId),
        "status check by " + system.sourceSystem());
    return Optional.of(views.of(c));
  }

  /**
   * What Lantern did with the child the concern described when it received it: put it on a child it
   * knew, or made a new record (with or without children it may be). Empty for a concern about a
   * child chosen from a search. Names no child: a partner system may be told it.
   */
  @Transactional(readOnly = true)
  public Optional<DescriptionOutcome> childMatch(UUID concernId) {
    return concerns
        .findById(concernId)
        .map(c -> c.descriptionId())
        .flatMap(described::description)
        .map(d -> d.outcome());
  }

  /**
   * Whether this is a phone referral {@code user} made and has not yet confirmed in writing. Until
   * they do, their own page (My referrals) is where they read it: it asks them to confirm and tells
   * them nothing of its status. Says nothing about anyone else's concern.
   */
  @Transactional(readOnly = true)
  public boolean awaitsConfirmationFrom(CurrentUser user, UUID concernId) {
    return concerns
        .findById(concernId)
        .map(views::of)
        .map(c -> c.awaitingConfirmationFrom(user.id()))
        .orElse(false);
  }

  /**
   * Concerns by id, for lists that link to them (the inbox). Callers show only what the reader may
   * see; opening one goes through {@link #open}.
   */
  @Transactional(readOnly = true)
  public List<ConcernView> views(Collection<UUID> concernIds) {
    return views.of(concerns.findByIdIn(concernIds));
  }

  /**
   * Of these concerns, the ones whose reference or child's name holds what was typed (the one
   * worklist search rule, {@link ListSearch}): for a list of things about concerns (the inbox) to
   * search by. Reads only the references and names, never builds the concerns' views.
   */
  @Transactional(readOnly = true)
  public Set<UUID> matching(Collection<UUID> concernIds, @Nullable String typed) {
    ListSearch search = ListSearch.of(typed);
    List<UUID> ids = List.copyOf(concernIds);
    List<ConcernEntity> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      found.addAll(concerns.findByIdIn(ids.subList(from, Math.min(from + CHUNK, ids.size()))));
    }
    if (search.isBlank()) {
      return found.stream().map(ConcernEntity::id).collect(Collectors.toSet());
    }
    Map<UUID, ChildSummary> kids =
        children.summaries(found.stream().map(ConcernEntity::childId).distinct().toList());
    return found.stream()
        .filter(c -> search.matchesAny(c.reference(), name(kids.get(c.childId()))))
        .map(ConcernEntity::id)
        .collect(Collectors.toSet());
  }

  /**
   * The child each of these concerns is about, by concern: for a list of things about concerns (the
   * inbox) to sort by the child's name. Reads only the concerns and the children's summaries.
   */
  @Transactional(readOnly = true)
  public Map<UUID, ChildSummary> childrenOf(Collection<UUID> concernIds) {
    List<UUID> ids = List.copyOf(concernIds);
    Map<UUID, UUID> childOf = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      concerns
          .findByIdIn(ids.subList(from, Math.min(from + CHUNK, ids.size())))
          .forEach(c -> childOf.put(c.id(), c.childId()));
    }
    Map<UUID, ChildSummary> kids = children.summaries(List.copyOf(Set.copyOf(childOf.values())));
    Map<UUID, ChildSummary> about = new HashMap<>();
    childOf.forEach(
        (concern, child) -> {
          ChildSummary summary = kids.get(child);
          if (summary != null) {
            about.put(concern, summary);
          }
        });
    return about;
  }

  private static @Nullable String name(@Nullable ChildSummary child) {
    return child == null ? null : child.name();
  }
}
