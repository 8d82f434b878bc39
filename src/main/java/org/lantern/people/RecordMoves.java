package org.lantern.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a record about a child (a concern, a missing episode) to the child it is really about:
 * what the move can choose from and where it goes, the same for every module. The module moves its
 * own record, and what hangs on it, once it knows the target.
 */
@Service
public class RecordMoves {

  private final Children children;
  private final DescribedChildren described;
  private final AccessPolicy policy;

  RecordMoves(Children children, DescribedChildren described, AccessPolicy policy) {
    this.children = children;
    this.described = described;
    this.policy = policy;
  }

  /** A child the record could move to, and how its description compares with them. */
  public record Option(ChildSummary child, @Nullable ChildComparison comparison) {}

  /**
   * The child the record is on, the description it came with (if any) compared with that child, and
   * the children the description may be.
   */
  public record Choices(
      ChildSummary current,
      @Nullable ChildDescription description,
      @Nullable ChildComparison currentComparison,
      List<Option> candidates) {

    /** A new record can be made only from a description. */
    public boolean mayMakeNewRecord() {
      return description != null;
    }
  }

  /**
   * What moving the record can choose from. The child it is on and each child offered is checked
   * with the access policy and audited ({@code what} names the record, "a concern").
   */
  @Transactional
  public Choices choices(
      CurrentUser user,
      Permission permission,
      UUID childId,
      @Nullable UUID descriptionId,
      RecordRef record,
      String what) {
    policy.require(
        user, permission, children.ref(childId), record, "move " + what + ": the child it is on");
    ChildDescription description =
        descriptionId == null ? null : described.description(descriptionId).orElse(null);
    List<Option> candidates = new ArrayList<>();
    if (description != null) {
      for (UUID id : described.candidatesFor(description.id(), childId)) {
        policy.require(
            user,
            permission,
            children.ref(id),
            record,
            "move " + what + ": a child it may be about");
        candidates.add(new Option(children.summary(id), described.compare(description, id)));
      }
    }
    return new Choices(
        children.summary(childId),
        description,
        description == null ? null : described.compare(description, childId),
        candidates);
  }

  /**
   * Where the record goes: {@code toChild} as it is now (a record joined into another is that
   * other), or, when null, a new record made from its description (in {@code districtId} when
   * known). Checked with the access policy and audited; never the child it is on.
   *
   * @throws IllegalArgumentException when there is no description to make a new record from, or the
   *     target is the child the record is on
   */
  @Transactional
  public UUID target(
      CurrentUser user,
      Permission permission,
      UUID from,
      @Nullable UUID toChild,
      @Nullable UUID descriptionId,
      @Nullable UUID districtId,
      RecordRef record,
      String what) {
    UUID to;
    if (toChild == null) {
      if (descriptionId == null) {
        throw new IllegalArgumentException("No description to make a new record from");
      }
      to = described.newRecordFrom(user, descriptionId, districtId).id();
    } else {
      to = children.current(toChild);
    }
    if (to.equals(from)) {
      throw new IllegalArgumentException("The record is already on that child");
    }
    policy.require(user, permission, children.ref(to), record, "move " + what + " here");
    return to;
  }
}
