package org.lantern.reporting;

import org.jspecify.annotations.Nullable;

/** The coordinator's words on a round's report card (they go in both versions). */
public record ReportText(
    @Nullable String locality,
    @Nullable String goodPractice,
    @Nullable String strategicIssues,
    long version) {

  static final ReportText EMPTY = new ReportText(null, null, null, -1);
}
