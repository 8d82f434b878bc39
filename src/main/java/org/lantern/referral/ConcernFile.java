package org.lantern.referral;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.Adults;
import org.lantern.people.ChildComparison;
import org.lantern.people.ChildDescription;
import org.lantern.people.ChildSummary;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.FileIndicator;
import org.lantern.people.KnownFact;
import org.lantern.people.PossibleMatch;

/**
 * A concern opened with everything known about the child: which report this is ("concern 20 of
 * 20"), how many earlier concerns came from each agency, and the chronology; and, when the referrer
 * described the child rather than choosing them, the description as they gave it beside the child
 * it was put on, and any child Lantern already knew that the child may be.
 *
 * @param described the child as the referrer described them, when they did
 * @param describedComparison how that description compares with the child the concern is on
 * @param possibleMatches pairs waiting for the front door that the child is part of (only for those
 *     who resolve them)
 * @param mayMove whether the reader may move the concern to another child
 * @param indicators the child's file's indicators (flags, notices, panel, repeat missing), for
 *     those who see the whole file (the front door), else empty
 * @param known what else is already known (allocation, screening level, panel, missing), for those
 *     who see the whole file, else empty
 * @param namedAdults the adults this concern names and what is known of each, for those who see the
 *     whole file, else empty
 */
public record ConcernFile(
    ConcernView concern,
    ChildSummary child,
    int position,
    int total,
    Map<String, Long> earlierByAgency,
    List<ChronologyEntry> chronology,
    @Nullable ChildDescription described,
    @Nullable ChildComparison describedComparison,
    List<PossibleMatch> possibleMatches,
    boolean mayMove,
    List<FileIndicator> indicators,
    List<KnownFact> known,
    List<Adults.Named> namedAdults) {

  public int earlier() {
    return position - 1;
  }
}
