package org.lantern.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.BreakGlassGrantEntity;
import org.lantern.access.data.BreakGlassGrants;
import org.lantern.access.data.GrantKey;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.lantern.platform.ListSearch;
import org.lantern.platform.Paged;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information-governance officer's two lists of emergency access, a page at a time: the uses
 * awaiting review (oldest first) and those already reviewed (last reviewed first), each searchable
 * by the child's name, the name of who used it or their agency. Without a search a page is read
 * with LIMIT and OFFSET; a search matches the names of the list's children and people (ids only)
 * first, then reads the page shown. Each list read is audited: it names children.
 */
@Service
public class BreakGlassReviews {

  /** Uses awaiting review on a page: each is a card with its own review form. */
  static final int AWAITING_PAGE = 20;

  static final int REVIEWED_PAGE = 50;

  private final AccessPolicy policy;
  private final BreakGlassGrants grants;
  private final UserAccounts users;
  private final Agencies agencies;
  private final ChildDirectory childNames;
  private final AuditLog audit;

  BreakGlassReviews(
      AccessPolicy policy,
      BreakGlassGrants grants,
      UserAccounts users,
      Agencies agencies,
      ChildDirectory childNames,
      AuditLog audit) {
    this.policy = policy;
    this.grants = grants;
    this.users = users;
    this.agencies = agencies;
    this.childNames = childNames;
    this.audit = audit;
  }

  /** What the officer asked to see of a list: a page, and part of a name. */
  public record Query(int page, @Nullable String search) {

    public static Query first() {
      return new Query(1, null);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank();
    }
  }

  /** One page of the uses awaiting review, oldest first; audited. */
  @Transactional
  public Paged<BreakGlassGrant> awaiting(CurrentUser reviewer, Query query) {
    policy.requireRole(reviewer, Permission.REVIEW_BREAK_GLASS);
    UUID partnership = reviewer.partnershipId();
    return page(
        reviewer,
        query,
        AWAITING_PAGE,
        "break-glass review",
        () -> grants.countByPartnershipIdAndReviewedAtIsNull(partnership),
        () -> grants.awaitingKeys(partnership),
        request -> grants.awaitingPage(partnership, request));
  }

  /** One page of the uses already reviewed, last reviewed first; audited. */
  @Transactional
  public Paged<BreakGlassGrant> reviewed(CurrentUser reviewer, Query query) {
    policy.requireRole(reviewer, Permission.REVIEW_BREAK_GLASS);
    UUID partnership = reviewer.partnershipId();
    return page(
        reviewer,
        query,
        REVIEWED_PAGE,
        "break-glass reviewed",
        () -> grants.countByPartnershipIdAndReviewedAtIsNotNull(partnership),
        () -> grants.reviewedKeys(partnership),
        request -> grants.reviewedPage(partnership, request));
  }

  private Paged<BreakGlassGrant> page(
      CurrentUser reviewer,
      Query query,
      int size,
      String what,
      LongSupplier count,
      Supplier<List<GrantKey>> keys,
      Function<PageRequest, List<BreakGlassGrantEntity>> rows) {
    ListSearch search = ListSearch.of(query.search());
    List<UUID> matched = List.of();
    long matching;
    if (search.isBlank()) {
      matching = count.getAsLong();
    } else {
      matched = matching(keys.get(), search);
      matching = matched.size();
    }
    int page = Paged.clamp(query.page(), size, matching);
    audit.record(
        reviewer,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("BREAK_GLASS_REVIEW", reviewer.partnershipId().toString()),
        null,
        what + ", page " + page + " of " + matching);
    List<BreakGlassGrantEntity> shown;
    if (search.isBlank()) {
      shown = rows.apply(PageRequest.of(page - 1, size));
    } else {
      List<UUID> ids = Paged.of(matched, page, size).rows();
      Map<UUID, BreakGlassGrantEntity> byId =
          grants.findAllById(ids).stream()
              .collect(Collectors.toMap(BreakGlassGrantEntity::id, Function.identity()));
      shown = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
    return new Paged<>(views(shown), page, size, matching);
  }

  /** The keys, in their order, whose child, person or agency holds what was typed. */
  private List<UUID> matching(List<GrantKey> keys, ListSearch search) {
    Map<UUID, String> children =
        childNames.namesOf(keys.stream().map(GrantKey::childId).distinct().toList());
    Map<UUID, UserAccountEntity> people = people(keys.stream().map(GrantKey::userId).toList());
    Map<UUID, String> agencyNames = agencyNames(people);
    return keys.stream()
        .filter(
            k -> {
              UserAccountEntity who = people.get(k.userId());
              return search.matchesAny(
                  children.get(k.childId()),
                  who == null ? null : who.displayName(),
                  who == null ? null : agencyNames.get(who.agencyId()));
            })
        .map(GrantKey::id)
        .toList();
  }

  private Map<UUID, UserAccountEntity> people(List<UUID> ids) {
    return users.findAllById(ids.stream().distinct().toList()).stream()
        .collect(Collectors.toMap(UserAccountEntity::id, Function.identity()));
  }

  private Map<UUID, String> agencyNames(Map<UUID, UserAccountEntity> people) {
    return agencies
        .findAllById(people.values().stream().map(UserAccountEntity::agencyId).distinct().toList())
        .stream()
        .collect(Collectors.toMap(AgencyEntity::id, AgencyEntity::name));
  }

  /** The uses as the lists show them: with the child's, the person's and the agency's names. */
  private List<BreakGlassGrant> views(List<BreakGlassGrantEntity> entities) {
    Map<UUID, String> names =
        childNames.namesOf(entities.stream().map(BreakGlassGrantEntity::childId).toList());
    Map<UUID, UserAccountEntity> people =
        people(entities.stream().map(BreakGlassGrantEntity::userId).toList());
    Map<UUID, String> agencyNames = agencyNames(people);
    return entities.stream()
        .map(
            g -> {
              UserAccountEntity who = people.get(g.userId());
              return new BreakGlassGrant(
                  g.id(),
                  g.childId(),
                  names.getOrDefault(g.childId(), ""),
                  who == null ? "" : who.displayName(),
                  who == null ? "" : agencyNames.getOrDefault(who.agencyId(), ""),
                  g.reason(),
                  g.grantedAt(),
                  g.expiresAt(),
                  g.reviewedAt(),
                  g.reviewOutcome(),
                  g.reviewNote(),
                  g.version());
            })
        .toList();
  }
}
