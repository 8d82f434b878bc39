package org.lantern.intelligence;

import java.util.List;
import java.util.Map;

/**
 * An adult's page: the person, the notices served on them, and the children linked to them, by how
 * they were linked (in the order of {@link LinkSource}).
 */
public record AdultFile(
    AdultSummary adult, List<NoticeRow> notices, Map<LinkSource, List<LinkView>> linksBySource) {

  public AdultFile {
    notices = List.copyOf(notices);
  }

  /** How many different children are linked, through any source. */
  public long children() {
    return linksBySource.values().stream()
        .flatMap(List::stream)
        .map(l -> l.child().id())
        .distinct()
        .count();
  }
}
