package org.lantern.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.Section;
import org.lantern.people.PersonLinking.Status;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.data.PersonRecordRows.Link;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.springframework.stereotype.Component;

/**
 * "Records in other systems" on a child's file: the partners' records the person index holds to be
 * this child (joined to the child's own record, directly or through each other), with how each was
 * joined, and the records waiting for a person to decide. Only for those who review the person
 * index (front door, coordinators): which agencies hold a record of a child is itself sensitive.
 */
@Component
public class OtherSystemsFile implements FilePartSource {

  /** One record in the section. {@code how}: NHS_NUMBER, CONFIRMED, LINKED, THROUGH or REVIEW. */
  public record Row(
      String source, String sourceId, String how, @Nullable String weight, @Nullable UUID linkId) {

    public String howKey() {
      return "linkage.file.how" + "." + how;
    }
  }

  private final LanternRecords lantern;
  private final PersonRecordRows rows;
  private final AccessPolicy policy;

  OtherSystemsFile(LanternRecords lantern, PersonRecordRows rows, AccessPolicy policy) {
    this.lantern = lantern;
    this.rows = rows;
    this.policy = policy;
  }

  @Override
  public Section section() {
    return Section.IDENTITY;
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    if (!policy.roleAllows(viewer, Permission.REVIEW_PERSON_LINKS)) {
      return List.of();
    }
    var own = lantern.of(viewer.partnershipId(), childId);
    if (own.isEmpty()) {
      return List.of();
    }
    Stored child = own.get();
    Map<UUID, Link> direct = new HashMap<>();
    for (Link l : rows.linksOf(child.id())) {
      direct.put(l.recordA().equals(child.id()) ? l.recordB() : l.recordA(), l);
    }
    List<Row> joined = new ArrayList<>();
    for (Stored r : rows.ofPerson(child.personId())) {
      if (r.id().equals(child.id()) || LanternRecords.isLantern(r)) {
        continue;
      }
      joined.add(row(child, r, direct.get(r.id())));
    }
    List<Row> waiting = new ArrayList<>();
    Map<UUID, Stored> others = new HashMap<>();
    List<UUID> reviewIds =
        direct.entrySet().stream()
            .filter(e -> e.getValue().status().equals(Status.REVIEW.name()))
            .map(Map.Entry::getKey)
            .toList();
    if (!reviewIds.isEmpty()) {
      rows.byIds(viewer.partnershipId(), reviewIds).forEach(s -> others.put(s.id(), s));
      for (UUID id : reviewIds) {
        Stored r = others.get(id);
        Link l = direct.get(id);
        if (r != null && !LanternRecords.isLantern(r)) {
          waiting.add(new Row(r.source(), r.sourceId(), "REVIEW", weight(l), l.id()));
        }
      }
    }
    if (joined.isEmpty() && waiting.isEmpty()) {
      return List.of();
    }
    return List.of(
        new FileSection(
            40,
            "people/person-index/other-systems",
            "section",
            Map.of("joined", joined, "waiting", waiting)));
  }

  private static Row row(Stored child, Stored r, @Nullable Link link) {
    String nhs = child.record().nhsNumber();
    if (nhs != null && nhs.equals(r.record().nhsNumber())) {
      return new Row(r.source(), r.sourceId(), "NHS_NUMBER", null, null);
    }
    if (link != null && link.status().equals(Status.CONFIRMED.name())) {
      return new Row(r.source(), r.sourceId(), "CONFIRMED", null, link.id());
    }
    if (link != null && link.status().equals(Status.LINKED.name())) {
      return new Row(r.source(), r.sourceId(), "LINKED", weight(link), link.id());
    }
    return new Row(r.source(), r.sourceId(), "THROUGH", null, null);
  }

  private static String weight(Link link) {
    return String.format(Locale.UK, "%.1f", Objects.requireNonNull(link).weight());
  }
}
