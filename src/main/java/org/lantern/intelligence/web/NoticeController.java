package org.lantern.intelligence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.intelligence.NoticeRegister;
import org.lantern.intelligence.NoticeRegisters;
import org.lantern.intelligence.NoticeRow;
import org.lantern.people.ChildSearch;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.lantern.platform.DateRules;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
import org.lantern.platform.ListSearch;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The police serve a child abduction warning notice; the register shows them by month. */
@Controller
class NoticeController {

  private final AbductionNotices notices;
  private final NoticeRegisters registers;
  private final ChildSearch search;
  private final AccessPolicy policy;
  private final Clock clock;
  private final DateRules dates;

  NoticeController(
      AbductionNotices notices,
      NoticeRegisters registers,
      ChildSearch search,
      AccessPolicy policy,
      Clock clock,
      DateRules dates) {
    this.notices = notices;
    this.registers = registers;
    this.search = search;
    this.policy = policy;
    this.clock = clock;
    this.dates = dates;
  }

  @GetMapping("/abduction-notices/new")
  String form(@RequestParam(required = false) @Nullable UUID child, CurrentUser user, Model model) {
    policy.requireRole(user, Permission.SERVE_ABDUCTION_NOTICE);
    if (child == null) {
      return "redirect:/children/find?for=notice";
    }
    NoticeForm form = new NoticeForm();
    form.setChildId(child.toString());
    form.setOfficerName(user.displayName());
    return show(form, null, user, model);
  }

  @PostMapping("/abduction-notices/new")
  String serve(
      @ModelAttribute("notice") NoticeForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String step,
      @RequestParam(required = false) @Nullable UUID chosen,
      @RequestParam(required = false) @Nullable UUID remove,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.SERVE_ABDUCTION_NOTICE);
    UUID childId = Texts.uuid(form.getChildId());
    if (childId == null) {
      return "redirect:/children/find?for=notice";
    }
    List<UUID> others = otherChildren(form);
    if (chosen != null || remove != null) {
      others.remove(remove);
      if (chosen != null && !chosen.equals(childId) && !others.contains(chosen)) {
        others.add(chosen);
      }
      form.setOtherChildIds(others.stream().map(UUID::toString).toList());
      form.setPick(new ChildPick());
      return show(form, null, user, model);
    }
    if ("search".equals(step)) {
      List<ChildSummary> found =
          form.getPick()
              .search(search, user, errors, clock, "serve a child abduction warning notice");
      return show(form, found, user, model);
    }
    NoticeForm.Checked checked = form.validate(errors, dates);
    List<UUID> named = new ArrayList<>(List.of(childId));
    named.addAll(others);
    if (checked != null) {
      for (NhsNumber n : checked.otherChildren()) {
        List<UUID> withNumber = notices.childrenWithNhsNumber(user, n);
        if (withNumber.isEmpty()) {
          errors.rejectValue(
              "otherChildren", "notice.otherChildren.unknown", new Object[] {n.formatted()}, null);
          break;
        }
        named.addAll(withNumber);
      }
    }
    if (checked == null || errors.hasErrors()) {
      return show(form, null, user, model);
    }
    notices.serve(
        user,
        new NoticeDetails(
            new AdultDetails(
                Texts.clean(form.getAdult().getGivenName()),
                Texts.clean(form.getAdult().getFamilyName()),
                checked.adultBorn()),
            named.stream().distinct().toList(),
            Texts.clean(form.getOfficerName()),
            checked.servedOn(),
            checked.expiresOn(),
            Texts.clean(form.getCircumstances())));
    redirect.addFlashAttribute("served", named.stream().distinct().count());
    return "redirect:/abduction-notices?year=" + FinancialQuarter.of(checked.servedOn()).year();
  }

  /** The year's register; its notices a page at a time, searched and sorted as the address says. */
  @GetMapping("/abduction-notices")
  String register(
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    int y = year(year);
    NoticeRegisters.Query query =
        new NoticeRegisters.Query(
            QueryParams.page(page),
            ListSearch.of(search).isBlank() ? null : search.strip(),
            NoticeRegisters.Query.sort(sort));
    model.addAttribute("register", registers.register(user, y, query));
    model.addAttribute("today", today());
    model.addAttribute("canServe", policy.roleAllows(user, Permission.SERVE_ABDUCTION_NOTICE));
    model.addAttribute("previousYear", y > dates.financialYear(y - 1) ? null : y - 1);
    model.addAttribute("nextYear", y < FinancialQuarter.of(today()).year() ? y + 1 : null);
    return "intelligence/register";
  }

  @GetMapping("/abduction-notices.csv")
  void csv(
      @RequestParam(required = false) @Nullable Integer year,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
    int y = year(year);
    NoticeRegister register = registers.register(user, y, NoticeRegisters.Query.first());
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"abduction-notices-" + y + ".csv\"");
    try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
      csv.printRecord("month", "quarter", "notices", "children_named");
      for (NoticeRegister.Month m : register.months()) {
        csv.printRecord(
            m.month(), FinancialQuarter.of(m.month().atDay(1)).code(), m.notices(), m.children());
      }
      csv.println();
      csv.printRecord(
          "served_on",
          "quarter",
          "adult_served",
          "children_named",
          "expires_on",
          "expired",
          "officer");
      for (NoticeRow n : registers.every(user, y)) {
        csv.printRecord(
            n.servedOn(),
            FinancialQuarter.of(n.servedOn()).code(),
            Texts.spreadsheetSafe(n.adultName()),
            n.children(),
            n.expiresOn(),
            n.expiredOn(today()) ? "yes" : "no",
            Texts.spreadsheetSafe(n.officerName()));
      }
    }
    response.flushBuffer();
  }

  private String show(
      NoticeForm form, @Nullable List<ChildSummary> found, CurrentUser user, Model model) {
    String purpose = "serve a child abduction warning notice";
    model.addAttribute("notice", form);
    model.addAttribute("child", search.chosen(user, Texts.uuid(form.getChildId()), purpose));
    model.addAttribute(
        "others",
        otherChildren(form).stream().map(id -> search.chosen(user, id, purpose)).toList());
    model.addAttribute("results", found);
    return "intelligence/notice-form";
  }

  /** The other children chosen so far (ids that do not parse are dropped). */
  private static List<UUID> otherChildren(NoticeForm form) {
    List<UUID> ids = new ArrayList<>();
    for (String id : form.getOtherChildIds()) {
      UUID parsed = Texts.uuid(id);
      if (parsed != null && !ids.contains(parsed)) {
        ids.add(parsed);
      }
    }
    return ids;
  }

  /** The financial year asked for, within the years a notice can be in; this one if none. */
  private int year(@Nullable Integer asked) {
    return asked == null ? FinancialQuarter.of(today()).year() : dates.financialYear(asked);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }
}
