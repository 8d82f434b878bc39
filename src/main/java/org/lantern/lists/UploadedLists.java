package org.lantern.lists;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's uploaded lists, a page at a time: searched by the list's name (whose list it
 * is, in the words the page shows), newest first or sorted by name or date, counted and cut in SQL,
 * each list's rows counted by where they stand with one query for the page. Names no child.
 */
@Service
public class UploadedLists {

  /** How many lists a page shows. */
  public static final int PAGE_SIZE = 25;

  /** The sortable columns: the list's name, its date. Newest first by default. */
  public static final Set<String> COLUMNS = Set.of("list", "date");

  /**
   * What the coordinator asked to see of the lists.
   *
   * @param search part of a list's name; blank for all
   */
  public record Query(int page, @Nullable String search, ListSort sort) {

    public static Query first() {
      return new Query(1, null, sort(null));
    }

    /** The sort asked for in the address ({@code list}, {@code date-desc}, ...). */
    public static ListSort sort(@Nullable String typed) {
      return ListSort.of(typed, COLUMNS, "date", true);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank();
    }
  }

  /**
   * A page of the lists.
   *
   * @param uploaded how many lists the partnership has, whatever the search
   */
  public record Page(Paged<ListCrossReference.ListSummary> lists, long uploaded, Query query) {}

  private final ListStore store;
  private final AccessPolicy policy;
  private final MessageSource messages;

  UploadedLists(ListStore store, AccessPolicy policy, MessageSource messages) {
    this.store = store;
    this.policy = policy;
    this.messages = messages;
  }

  /** One page of the partnership's lists, newest first unless sorted another way. */
  @Transactional(readOnly = true)
  public Page page(CurrentUser by, Query query) {
    policy.requireRole(by, Permission.CROSS_REFERENCE_LISTS);
    ListSearch search = ListSearch.of(query.search());
    @Nullable List<ListKind> kinds =
        search.isBlank()
            ? null
            : Arrays.stream(ListKind.values()).filter(k -> search.matchesAny(name(k))).toList();
    long uploaded = store.countLists(by.partnershipId(), null);
    long matching = kinds == null ? uploaded : store.countLists(by.partnershipId(), kinds);
    int page = Paged.clamp(query.page(), PAGE_SIZE, matching);
    List<ListStore.ListRow> rows =
        store.lists(
            by.partnershipId(),
            kinds,
            order(query.sort()),
            PAGE_SIZE,
            (long) (page - 1) * PAGE_SIZE);
    Map<UUID, Map<String, Long>> counts =
        store.counts(rows.stream().map(ListStore.ListRow::id).toList());
    List<ListCrossReference.ListSummary> shown =
        rows.stream()
            .map(l -> ListCrossReference.summary(l, counts.getOrDefault(l.id(), Map.of())))
            .toList();
    return new Page(new Paged<>(shown, page, PAGE_SIZE, matching), uploaded, query);
  }

  /**
   * The order asked, in SQL made here from the enum's names (nothing typed reaches it): by name in
   * the order of the names' words, by date, the newest upload first among equals.
   */
  private String order(ListSort sort) {
    String dir = sort.descending() ? " desc" : " asc";
    if (sort.by("list")) {
      List<ListKind> byName =
          Arrays.stream(ListKind.values())
              .sorted(Comparator.comparing(k -> name(k).toLowerCase(Locale.ROOT)))
              .toList();
      StringBuilder rank = new StringBuilder("case kind");
      for (int i = 0; i < byName.size(); i++) {
        rank.append(" when '").append(byName.get(i).name()).append("' then ").append(i);
      }
      return rank.append(" end")
          .append(dir)
          .append(", list_date desc, created_at desc, id")
          .toString();
    }
    return "list_date" + dir + ", created_at" + dir + ", kind, id";
  }

  private String name(ListKind kind) {
    return messages.getMessage(kind.messageKey(), null, kind.name(), Locale.UK);
  }
}
