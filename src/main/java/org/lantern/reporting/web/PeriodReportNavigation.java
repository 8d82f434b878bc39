package org.lantern.reporting.web;

import java.util.List;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.reporting.PeriodReports;
import org.springframework.stereotype.Component;

@Component
class PeriodReportNavigation implements Navigation {

  private final PeriodReports reports;

  PeriodReportNavigation(PeriodReports reports) {
    this.reports = reports;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (reports.audiences(user).isEmpty()) {
      return List.of();
    }
    return List.of(
        NavItem.link(64, "nav.reports.period", "/reports/period").inGroup(NavGroup.REPORTS));
  }
}
