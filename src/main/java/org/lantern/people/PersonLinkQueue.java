package org.lantern.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.data.PersonRecordRows.Link;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person index's review queue: the pairs waiting for a reviewer, a page at a time, searched,
 * sorted and cut in SQL, only the page's records read. Deciding a pair is {@link PersonLinking}'s.
 */
@Service
public class PersonLinkQueue {

  /** How many pairs a page of the review queue shows. */
  public static final int PAGE_SIZE = 25;

  /**
   * The review queue's sortable columns (the weight, the first record, the second record): heaviest
   * first by default.
   */
  public static final Set<String> COLUMNS = Set.of("weight", "first", "second");

  /**
   * What the reviewer asked to see of the queue.
   *
   * @param search part of either record's name or its id in its own system; blank for all
   */
  public record Query(int page, @Nullable String search, ListSort sort) {

    public static Query all() {
      return new Query(1, null, sort(null));
    }

    /** The sort asked for in the address ({@code weight}, {@code first-desc}, ...). */
    public static ListSort sort(@Nullable String typed) {
      return ListSort.of(typed, COLUMNS, "weight", true);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank();
    }
  }

  /**
   * A pair waiting for a reviewer as the queue lists it: the two records and the weight the engine
   * stored for them (the explanation is worked out on the pair's own page).
   */
  public record Waiting(Link link, Stored a, Stored b) {}

  /**
   * One page of the review queue in the order asked.
   *
   * @param waiting how many pairs wait in all, whatever the search
   */
  public record Page(Paged<Waiting> pairs, long waiting, Query query) {}

  private final PersonRecordRows rows;
  private final AccessPolicy policy;
  private final AuditLog audit;

  PersonLinkQueue(PersonRecordRows rows, AccessPolicy policy, AuditLog audit) {
    this.rows = rows;
    this.policy = policy;
    this.audit = audit;
  }

  /** One page of the pairs waiting for a reviewer, heaviest first unless sorted another way. */
  @Transactional
  public Page page(CurrentUser by, Query query) {
    policy.requireRole(by, Permission.REVIEW_PERSON_LINKS);
    String review = PersonLinking.Status.REVIEW.name();
    ListSearch search = ListSearch.of(query.search());
    long waiting = rows.countLinksWithStatus(by.partnershipId(), review, ListSearch.of(null));
    long matching =
        search.isBlank() ? waiting : rows.countLinksWithStatus(by.partnershipId(), review, search);
    int shown = Paged.clamp(query.page(), PAGE_SIZE, matching);
    List<Link> links =
        rows.linksWithStatus(
            by.partnershipId(),
            review,
            search,
            query.sort(),
            PAGE_SIZE,
            (long) (shown - 1) * PAGE_SIZE);
    List<UUID> ids = new ArrayList<>();
    links.forEach(
        l -> {
          ids.add(l.recordA());
          ids.add(l.recordB());
        });
    Map<UUID, Stored> records = new HashMap<>();
    rows.byIds(by.partnershipId(), ids).forEach(r -> records.put(r.id(), r));
    List<Waiting> pairs = new ArrayList<>();
    for (Link link : links) {
      pairs.add(new Waiting(link, records.get(link.recordA()), records.get(link.recordB())));
    }
    audit.record(
        by,
        AuditAction.REVIEW_PERSON_LINKS,
        null,
        new RecordRef("PERSON_LINK_QUEUE", by.partnershipId().toString()),
        "ROLE",
        "review queue, page " + shown + " of " + matching);
    return new Page(new Paged<>(pairs, shown, PAGE_SIZE, matching), waiting, query);
  }
}
