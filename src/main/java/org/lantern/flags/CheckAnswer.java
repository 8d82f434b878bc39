package org.lantern.flags;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a check from unscheduled care answers, and nothing more: the flags (type and dates), who is
 * responsible and whom to call, and the last checks from unscheduled care (setting and when). A
 * child Lantern does not know, and a known child with no flags, answer the same: nothing recorded.
 * The child's id is there only when there are flags (to name them), and is never shown.
 */
public record CheckAnswer(
    @Nullable UUID childId,
    List<Flag> flags,
    @Nullable Responsible responsible,
    List<PastCheck> lastChecks) {

  /** One earlier check: from which setting, when. */
  public record PastCheck(String setting, Instant at) {}

  public CheckAnswer {
    flags = List.copyOf(flags);
    lastChecks = List.copyOf(lastChecks);
  }

  public static final CheckAnswer NOTHING_RECORDED =
      new CheckAnswer(null, List.of(), null, List.of());

  public boolean nothingRecorded() {
    return flags.isEmpty();
  }
}
