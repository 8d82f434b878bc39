package org.lantern.flags;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a check from unscheduled care answers, and nothing more: the flags (type and dates), who is
 * responsible and whom to call, and the last checks from unscheduled care (setting and when). A
 * child Lantern does not know, and a known child with no flags, answer the same: nothing recorded.
 * The child's id is there only when there are flags (to name them), and is never shown. A name and
 * date of birth that several children share, one of them or more with flags, answers {@link
 * #several}: no child's flags, only that the details are not enough and the front door's numbers.
 */
public record CheckAnswer(
    @Nullable UUID childId,
    List<Flag> flags,
    @Nullable Responsible responsible,
    List<PastCheck> lastChecks,
    boolean several) {

  /** One earlier check: from which setting, when. */
  public record PastCheck(String setting, Instant at) {}

  public CheckAnswer {
    flags = List.copyOf(flags);
    lastChecks = List.copyOf(lastChecks);
  }

  public static final CheckAnswer NOTHING_RECORDED =
      new CheckAnswer(null, List.of(), null, List.of(), false);

  /** A child's flags, who is responsible, and the child's last checks. */
  public static CheckAnswer of(
      UUID childId, List<Flag> flags, Responsible responsible, List<PastCheck> lastChecks) {
    return new CheckAnswer(childId, flags, responsible, lastChecks, false);
  }

  /** Several children have the details given and at least one has flags: call the front door. */
  public static CheckAnswer several(Responsible frontDoor) {
    return new CheckAnswer(null, List.of(), frontDoor, List.of(), true);
  }

  public boolean nothingRecorded() {
    return flags.isEmpty() && !several;
  }
}
