package org.lantern.notify;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What tells whom, as data: each rule (a row of {@link #TABLE}) names who is alerted by default
 * and, where there is one, the action suggested. A partnership changes who is told with {@code
 * lantern.notify.alerts.<RULE>=ALLOCATED_WORKER,COORDINATOR} (an empty list switches a rule off).
 * Repeated alerts about one child to one person within {@code lantern.notify.alert-grouping} (an
 * hour) are one notice.
 */
public enum AlertRule {
  /** A new concern about a child who has an allocated worker. */
  NEW_CONCERN_ON_ALLOCATED_CHILD,
  /** A screening at high, or at a higher level than the child's screening before. */
  SCREENING_HIGH_OR_RISING,
  /** A return interview recording exploitation factors, or naming people or places. */
  RETURN_INTERVIEW_FACTORS,
  /** A child abduction warning notice naming the child was served. */
  CHILD_NAMED_ON_NOTICE,
  /** The child went missing the repeat number of times (three) within the window. */
  REPEAT_MISSING,
  /**
   * A child's flags were checked from unscheduled care (A&E, a clinical system): one notice per
   * setting within the grouping time.
   */
  UNSCHEDULED_CARE_CHECK,
  /**
   * The coordinator declined a partner's referral of the child to panel: the partner who referred
   * is told, with the reason.
   */
  PANEL_REFERRAL_DECLINED,
  /**
   * A signed-off screening referred the child into the commissioned service, or re-referred them at
   * another level: the service's team covering the child's district is told.
   */
  SERVICE_REFERRAL_MADE;

  static final String TABLE =
      """
      # rule                          who is told                   suggested action
      NEW_CONCERN_ON_ALLOCATED_CHILD  ALLOCATED_WORKER              -
      SCREENING_HIGH_OR_RISING        ALLOCATED_WORKER+COORDINATOR  -
      RETURN_INTERVIEW_FACTORS        ALLOCATED_WORKER+COORDINATOR  -
      CHILD_NAMED_ON_NOTICE           ALLOCATED_WORKER              -
      REPEAT_MISSING                  ALLOCATED_WORKER              alert.suggest.riskMeeting
      UNSCHEDULED_CARE_CHECK          HOLDER                        -
      PANEL_REFERRAL_DECLINED         REFERRER                      -
      SERVICE_REFERRAL_MADE           SERVICE_TEAM                  -
      """;

  private record Row(Set<AlertRecipient> recipients, @Nullable String suggestionKey) {}

  private static final Map<AlertRule, Row> ROWS = parse();

  /** Who is told by default. */
  public Set<AlertRecipient> defaultRecipients() {
    return ROWS.get(this).recipients();
  }

  /** The action suggested with the alert, as a message key, if any. */
  public @Nullable String suggestionKey() {
    return ROWS.get(this).suggestionKey();
  }

  public String messageKey() {
    return "alert.rule." + name();
  }

  /** Whether an alert's detail is a reason ("Why: …") rather than where a check came from. */
  public boolean detailIsReason() {
    return this == PANEL_REFERRAL_DECLINED;
  }

  /** Where the alert leads: the service's queue for a referral to it, else the child's file. */
  public String link(UUID childId) {
    return this == SERVICE_REFERRAL_MADE ? "/service-referrals" : "/children/" + childId;
  }

  private static Map<AlertRule, Row> parse() {
    Map<AlertRule, Row> rows = new EnumMap<>(AlertRule.class);
    for (String line : TABLE.strip().split("\n")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.strip().split("\\s+");
      if (cells.length != 3) {
        throw new IllegalStateException("Bad row in the alert table: " + line);
      }
      EnumSet<AlertRecipient> who = EnumSet.noneOf(AlertRecipient.class);
      Arrays.stream(cells[1].split("\\+")).map(AlertRecipient::valueOf).forEach(who::add);
      rows.put(
          valueOf(cells[0]),
          new Row(Collections.unmodifiableSet(who), cells[2].equals("-") ? null : cells[2]));
    }
    if (rows.size() != values().length) {
      throw new IllegalStateException("The alert table must have a row for every rule");
    }
    return rows;
  }
}
