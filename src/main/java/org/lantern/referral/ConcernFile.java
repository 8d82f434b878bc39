package org.lantern.referral;

import java.util.List;
import java.util.Map;
import org.lantern.people.ChildSummary;
import org.lantern.people.ChronologyEntry;

/**
 * A concern opened with everything known about the child: which report this is ("concern 20 of
 * 20"), how many earlier concerns came from each agency, and the chronology.
 */
public record ConcernFile(
    ConcernView concern,
    ChildSummary child,
    int position,
    int total,
    Map<String, Long> earlierByAgency,
    List<ChronologyEntry> chronology) {

  public int earlier() {
    return position - 1;
  }
}
