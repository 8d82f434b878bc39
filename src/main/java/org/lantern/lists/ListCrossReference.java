package org.lantern.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.lantern.people.ChildMatching;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.DateRules;
import org.lantern.platform.ListSearch;
import org.lantern.platform.Paged;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.RefusedUploadRow;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator's cross-referencing of other agencies' lists: upload (every good row saved
 * together, in one transaction, or none), the children each row may be, and the coordinator's
 * decision on each. Rows are recognised by their values, so the same file uploaded again adds
 * nothing. Every child shown and every decision is checked by the access policy and audited.
 */
@Service
public class ListCrossReference {

  /** The documented columns of a list file, in order. */
  public static final List<String> COLUMNS = ListCsv.COLUMNS;

  /** At most this many rows in one file. */
  public static final int MAX_ROWS = ListCsv.MAX_ROWS;

  /** At most this many megabytes in one file. */
  public static final int MAX_MEGABYTES = ListCsv.MAX_BYTES / (1024 * 1024);

  /** How many candidate children are kept for a row. */
  static final int CANDIDATES_PER_ROW = 3;

  /** Where a row stands. */
  public enum Status {
    UNMATCHED,
    PROPOSED,
    CONFIRMED,
    REJECTED;

    public String messageKey() {
      return "lists.status." + name();
    }
  }

  private final ListStore store;
  private final ChildMatching matching;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final DateRules dates;

  ListCrossReference(
      ListStore store,
      ChildMatching matching,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      MessageSource messages,
      PlatformTransactionManager transactions,
      Clock clock,
      DateRules dates) {
    this.store = store;
    this.matching = matching;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.dates = dates;
  }

  /** A refused row: its line, the name as typed, and what is wrong, in plain words. */
  public record RefusedRow(long line, String name, List<String> problems)
      implements RefusedUploadRow {

    @Override
    public String label() {
      return name;
    }
  }

  /** What an upload did: a problem with the file (nothing saved), or the rows' fate. */
  public record UploadResult(
      @Nullable String fileProblem,
      @Nullable UUID listId,
      int added,
      int alreadyListed,
      int matched,
      List<RefusedRow> refused) {}

  /** A list with how far the coordinator has got with it. */
  public record ListSummary(UUID id, ListKind kind, LocalDate listDate, Map<Status, Long> counts) {

    public long count(Status status) {
      return counts.getOrDefault(status, 0L);
    }

    public long rows() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A message key, named so for the messages test. */
  public record Key(String messageKey) {}

  /** One field's part in the weight: e.g. given name, "a nickname of the other", +4.1. */
  public record Reason(Key field, Key level, double weight) {}

  /** A child a row may be, as the coordinator sees it. */
  public record CandidateView(
      ChildSummary child,
      double weight,
      int percent,
      Confidence confidence,
      List<Reason> reasons) {}

  /** A row with its candidates (and the child it was confirmed as). */
  public record RowView(
      UUID id,
      int line,
      ListedChild listed,
      Status status,
      long version,
      @Nullable ChildSummary confirmed,
      List<CandidateView> candidates) {}

  /** A list's summary and one page of its rows, as asked. */
  public record ListView(ListSummary summary, Paged<RowView> page, Query query) {

    /** The rows of the page shown. */
    public List<RowView> rows() {
      return page.rows();
    }
  }

  /** Reads, checks and saves a list file; see the class comment. */
  public UploadResult upload(CurrentUser by, ListKind kind, LocalDate listDate, byte[] bytes) {
    requireRole(by);
    ListCsv.Parsed parsed = ListCsv.read(bytes, listDate, dates);
    if (parsed.fileProblem() != null) {
      return new UploadResult(text(parsed.fileProblem()), null, 0, 0, 0, List.of());
    }
    List<RefusedRow> refused = new ArrayList<>();
    Map<String, ListCsv.Row> good = new LinkedHashMap<>();
    int duplicates = 0;
    for (ListCsv.Row row : parsed.rows()) {
      if (row.child() == null) {
        refused.add(
            new RefusedRow(
                row.line(), row.shownName(), row.problems().stream().map(this::text).toList()));
      } else if (good.putIfAbsent(row.child().key(), row) != null) {
        duplicates++;
      }
    }
    var existing = store.list(by.partnershipId(), kind, listDate);
    Set<String> known = existing.map(l -> store.keys(l.id())).orElseGet(HashSet::new);
    List<ListCsv.Row> fresh =
        good.entrySet().stream()
            .filter(e -> !known.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    Map<ListCsv.Row, List<ChildMatching.Candidate>> found = new HashMap<>();
    for (ListCsv.Row row : fresh) {
      found.put(
          row,
          matching.candidates(by.partnershipId(), row.child().description(), CANDIDATES_PER_ROW));
    }
    int alreadyListed = good.size() - fresh.size() + duplicates;
    try {
      UUID listId =
          transaction.execute(
              tx -> {
                ListStore.ListRow list =
                    existing.orElseGet(
                        () -> {
                          var l =
                              new ListStore.ListRow(
                                  UUID.randomUUID(),
                                  by.partnershipId(),
                                  kind,
                                  listDate,
                                  clock.instant());
                          store.insertList(l, by.id());
                          return l;
                        });
                for (ListCsv.Row row : fresh) {
                  save(list.id(), row, found.get(row));
                }
                audit.record(
                    by,
                    AuditAction.UPLOAD_PANEL_LIST,
                    null,
                    RecordRef.of("PANEL_LIST", list.id()),
                    "ROLE",
                    kind + " " + listDate + ": " + fresh.size() + " rows added");
                return list.id();
              });
      int matched = (int) fresh.stream().filter(r -> !found.get(r).isEmpty()).count();
      return new UploadResult(null, listId, fresh.size(), alreadyListed, matched, refused);
    } catch (DataIntegrityViolationException race) {
      // the same list uploaded at the same moment by someone else: nothing of this one was saved
      return new UploadResult(
          text(ListCsv.Problem.of("lists.upload.concurrent")), null, 0, 0, 0, List.of());
    }
  }

  private void save(UUID listId, ListCsv.Row row, List<ChildMatching.Candidate> candidates) {
    UUID rowId = UUID.randomUUID();
    Status status = candidates.isEmpty() ? Status.UNMATCHED : Status.PROPOSED;
    store.insertRow(rowId, listId, (int) row.line(), row.child(), status.name(), clock.instant());
    int rank = 0;
    for (ChildMatching.Candidate c : candidates) {
      store.insertCandidate(
          new ListStore.StoredCandidate(
              rowId,
              c.childId(),
              rank++,
              c.weight(),
              c.probability(),
              c.strength(),
              StoredReasons.write(c)));
    }
  }

  /** Rows of a list on a page: each row may show several candidates with their reasons. */
  static final int PAGE_SIZE = 25;

  /**
   * What the coordinator asked to see of a list.
   *
   * @param search part of the listed child's name; blank for all
   * @param status only rows that stand so; null for all
   */
  public record Query(int page, @Nullable String search, @Nullable Status status) {

    public static Query first() {
      return new Query(1, null, null);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank() || status != null;
    }
  }

  /**
   * One page of a list's rows with their candidates, in the list's order (LIMIT and OFFSET): only
   * the children the page shows are read, each checked and audited.
   */
  @Transactional
  public ListView list(CurrentUser by, UUID listId, Query query) {
    requireRole(by);
    ListStore.ListRow list =
        store
            .list(by.partnershipId(), listId)
            .orElseThrow(() -> new RecordNotFoundException("list", listId));
    ListSearch search = ListSearch.of(query.search());
    String status = query.status() == null ? null : query.status().name();
    long matching = store.countRows(listId, status, search);
    int page = Paged.clamp(query.page(), PAGE_SIZE, matching);
    List<ListStore.StoredRow> rows =
        store.rows(listId, status, search, PAGE_SIZE, (long) (page - 1) * PAGE_SIZE);
    Map<UUID, List<ListStore.StoredCandidate>> candidatesOf =
        store.candidates(rows.stream().map(ListStore.StoredRow::id).toList()).stream()
            .collect(Collectors.groupingBy(ListStore.StoredCandidate::rowId));
    Set<UUID> ids = new HashSet<>();
    candidatesOf.values().forEach(cs -> cs.forEach(c -> ids.add(c.childId())));
    rows.stream().filter(r -> r.childId() != null).forEach(r -> ids.add(r.childId()));
    Map<UUID, ChildSummary> summaries = children.summaries(ids);
    for (ChildSummary child : summaries.values()) {
      policy.require(
          by,
          Permission.CROSS_REFERENCE_LISTS,
          child.ref(),
          RecordRef.of("PANEL_LIST", listId),
          "cross-reference a list");
    }
    List<RowView> views = new ArrayList<>();
    for (ListStore.StoredRow r : rows) {
      List<CandidateView> candidates =
          candidatesOf.getOrDefault(r.id(), List.of()).stream()
              .filter(c -> summaries.containsKey(c.childId()))
              .map(
                  c ->
                      new CandidateView(
                          summaries.get(c.childId()),
                          c.weight(),
                          (int) Math.floor(c.probability() * 100),
                          Confidence.of(c.strength()),
                          StoredReasons.read(c.fields())))
              .toList();
      views.add(
          new RowView(
              r.id(),
              r.line(),
              r.child(),
              Status.valueOf(r.status()),
              r.version(),
              r.childId() == null ? null : summaries.get(r.childId()),
              candidates));
    }
    return new ListView(summary(list), new Paged<>(views, page, PAGE_SIZE, matching), query);
  }

  /**
   * The coordinator's decision on a row: this candidate is the listed child (confirm), or none of
   * them is (reject, {@code childId} null).
   *
   * @throws ListRowChangedException when someone decided the row since it was read
   */
  @Transactional
  public void decide(
      CurrentUser by, UUID listId, UUID rowId, long version, @Nullable UUID childId) {
    requireRole(by);
    store
        .list(by.partnershipId(), listId)
        .orElseThrow(() -> new RecordNotFoundException("list", listId));
    ListStore.StoredRow row =
        store.row(listId, rowId).orElseThrow(() -> new RecordNotFoundException("list row", rowId));
    if (childId != null) {
      boolean offered =
          store.candidates(listId).stream()
              .anyMatch(c -> c.rowId().equals(rowId) && c.childId().equals(childId));
      if (!offered) {
        throw new RecordNotFoundException("list candidate", childId);
      }
      policy.require(
          by,
          Permission.CROSS_REFERENCE_LISTS,
          children.ref(childId),
          RecordRef.of("PANEL_LIST_ROW", rowId),
          "confirm a list match");
    }
    Status next = childId == null ? Status.REJECTED : Status.CONFIRMED;
    if (!store.decide(rowId, version, next.name(), childId, by.id(), clock.instant())) {
      throw new ListRowChangedException(rowId);
    }
    audit.record(
        by,
        AuditAction.DECIDE_LIST_MATCH,
        childId,
        RecordRef.of("PANEL_LIST_ROW", rowId),
        "ROLE",
        next == Status.CONFIRMED
            ? "line " + row.line() + " confirmed as this child"
            : "line " + row.line() + " matches none of the children proposed");
  }

  private ListSummary summary(ListStore.ListRow l) {
    return summary(l, store.counts(List.of(l.id())).getOrDefault(l.id(), Map.of()));
  }

  /** A list with its rows counted by status ({@code counts} by status name; none left out). */
  static ListSummary summary(ListStore.ListRow l, Map<String, Long> counts) {
    Map<Status, Long> all = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      all.put(s, counts.getOrDefault(s.name(), 0L));
    }
    return new ListSummary(l.id(), l.kind(), l.listDate(), all);
  }

  private void requireRole(CurrentUser by) {
    policy.requireRole(by, Permission.CROSS_REFERENCE_LISTS);
  }

  private String text(ListCsv.Problem problem) {
    return messages.getMessage(problem.key(), problem.arguments().toArray(), Locale.UK);
  }
}
