package org.lantern.strategy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Strategy's clocks and rules, as a partnership sets them.
 *
 * @param discussionWithinWorkingDays a strategy discussion is held within this many working days of
 *     the decision that started it (1)
 * @param conferenceWithinWorkingDays an initial child protection conference within this many
 *     working days of the strategy discussion that decided it (England's statutory guidance: 15)
 * @param firstReviewMonths the first review conference within this many months of the initial (3)
 * @param reviewEveryMonths then a review at least this often (6)
 * @param riskManagementWithinWorkingDays a risk-management meeting is held within this many working
 *     days of being asked for (5)
 * @param riskManagementReviewWeeks a risk-management meeting's next review, when not given (6)
 * @param policeAgencyKinds the agency kinds that count as the police, who must be invited
 * @param healthAgencyKinds the agency kinds that count as health, who must be invited
 */
@ConfigurationProperties("lantern.strategy")
public record StrategySettings(
    @DefaultValue("1") int discussionWithinWorkingDays,
    @DefaultValue("15") int conferenceWithinWorkingDays,
    @DefaultValue("3") int firstReviewMonths,
    @DefaultValue("6") int reviewEveryMonths,
    @DefaultValue("5") int riskManagementWithinWorkingDays,
    @DefaultValue("6") int riskManagementReviewWeeks,
    @DefaultValue("POLICE") List<String> policeAgencyKinds,
    @DefaultValue({"NHS_TRUST", "GP_PRACTICE"}) List<String> healthAgencyKinds) {}
