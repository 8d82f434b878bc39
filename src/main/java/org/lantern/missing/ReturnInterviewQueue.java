package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missing service's queue of returned children waiting for their interview, as a worker reads
 * it: overdue first, then the soonest due, a page at a time, searchable by the child's name or the
 * police reference and filtered by the interview's state and where the child went missing from. The
 * open episodes are read whole (they are the week's work, not the archive) to sort and filter them;
 * only the page shown is built into views.
 */
@Service
public class ReturnInterviewQueue {

  static final int PAGE_SIZE = 50;

  /**
   * The queue's sortable columns (the child, when they came back, the interview's clock): the clock
   * by default, overdue and soonest due first.
   */
  public static final Set<String> COLUMNS = Set.of("child", "returned", "due");

  private static final List<InterviewStatus> OPEN =
      List.of(InterviewStatus.TO_OFFER, InterviewStatus.OFFERED);

  private final MissingEpisodes episodes;
  private final EpisodeViews views;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final MissingSettings settings;
  private final Clock clock;

  ReturnInterviewQueue(
      MissingEpisodes episodes,
      EpisodeViews views,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      MissingSettings settings,
      Clock clock) {
    this.episodes = episodes;
    this.views = views;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * What the worker asked to see.
   *
   * @param search part of the child's name or the police reference; blank for all
   */
  public record Query(
      int page,
      @Nullable String search,
      @Nullable InterviewStatus status,
      @Nullable MissingFrom missingFrom,
      ListSort sort) {

    public static Query all() {
      return new Query(1, null, null, null, sort(null));
    }

    /** The sort asked for in the address ({@code child}, {@code returned-desc}, ...). */
    public static ListSort sort(@Nullable String typed) {
      return ListSort.of(typed, COLUMNS, "due", false);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank() || status != null || missingFrom != null;
    }
  }

  /** A returned child waiting for their interview. */
  public record Row(EpisodeView episode, ChildSummary child, boolean overdue) {}

  /**
   * One page of the queue.
   *
   * @param waiting how many wait in all, whatever the filters
   * @param overdue how many of those are past their due time
   */
  public record Page(Paged<Row> rows, long waiting, long overdue, Query query) {}

  /** One page of the queue; audited as a worklist read. */
  @Transactional
  public Page page(CurrentUser user, Query query) {
    policy.requireRole(user, Permission.RECORD_RETURN_INTERVIEW);
    List<MissingEpisodeEntity> open = open(user.partnershipId());
    Instant now = clock.instant();
    ListSearch search = ListSearch.of(query.search());
    Map<UUID, ChildSummary> kids =
        children.summaries(open.stream().map(MissingEpisodeEntity::childId).toList());
    List<MissingEpisodeEntity> matching =
        open.stream()
            .filter(e -> query.status() == null || e.interviewStatus() == query.status())
            .filter(e -> query.missingFrom() == null || e.missingFrom() == query.missingFrom())
            .filter(e -> search.matchesAny(e.policeReference(), name(kids.get(e.childId()))))
            .sorted(order(query.sort(), kids, now))
            .toList();
    Paged<MissingEpisodeEntity> page = Paged.of(matching, query.page(), PAGE_SIZE);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("RETURN_INTERVIEW_QUEUE", user.partnershipId().toString()),
        "ROLE",
        "return interview queue, page " + page.page() + " of " + matching.size());
    Map<UUID, EpisodeView> shown =
        views.of(page.rows()).stream().collect(Collectors.toMap(EpisodeView::id, v -> v));
    return new Page(
        page.map(e -> new Row(shown.get(e.id()), kids.get(e.childId()), overdue(e, now))),
        open.size(),
        open.stream().filter(e -> overdue(e, now)).count(),
        query);
  }

  /** How many returned children's interviews are overdue, for the navigation. */
  @Transactional(readOnly = true)
  public long overdue(CurrentUser user) {
    if (!policy.roleAllows(user, Permission.RECORD_RETURN_INTERVIEW)) {
      return 0;
    }
    Instant now = clock.instant();
    return open(user.partnershipId()).stream().filter(e -> overdue(e, now)).count();
  }

  private List<MissingEpisodeEntity> open(UUID partnershipId) {
    return episodes.findByPartnershipIdAndInterviewStatusInOrderByReturnedAtAscIdAsc(
        partnershipId, OPEN);
  }

  private boolean overdue(MissingEpisodeEntity e, Instant now) {
    return dueAt(e).isBefore(now);
  }

  /** The queue in the order asked, the clock's order within (and the id, so a page is stable). */
  private Comparator<MissingEpisodeEntity> order(
      ListSort sort, Map<UUID, ChildSummary> kids, Instant now) {
    Comparator<MissingEpisodeEntity> byClock =
        Comparator.comparing((MissingEpisodeEntity e) -> !overdue(e, now))
            .thenComparing(this::dueAt)
            .thenComparing(MissingEpisodeEntity::id);
    Comparator<MissingEpisodeEntity> asked =
        switch (sort.column()) {
          case "child" ->
              Comparator.comparing(
                  (MissingEpisodeEntity e) -> {
                    ChildSummary child = kids.get(e.childId());
                    return child == null
                        ? "\uffff"
                        : (child.familyName() + " " + child.givenName()).toLowerCase(Locale.ROOT);
                  });
          case "returned" ->
              Comparator.comparing(
                  (MissingEpisodeEntity e) ->
                      e.returnedAt() == null ? Instant.MAX : e.returnedAt());
          default -> byClock;
        };
    return (sort.descending() ? asked.reversed() : asked).thenComparing(byClock);
  }

  private Instant dueAt(MissingEpisodeEntity e) {
    Instant due = e.interviewDueAt(settings.interviewWindow());
    return due == null ? Instant.MAX : due;
  }

  private static @Nullable String name(@Nullable ChildSummary child) {
    return child == null ? null : child.name();
  }
}
