package org.lantern.admin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.admin.AccountRuleBroken;
import org.lantern.admin.BulkAccounts;
import org.lantern.admin.BulkAccounts.Plan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file of people to add, change or close: uploaded, shown as a dry run (what each row would do,
 * what is wrong), then applied whole from the dry run's page, which carries the file's text.
 */
@Controller
class BulkAccountsController {

  /** A bigger file is more than {@link BulkAccounts#MAX_ROWS} rows of people. */
  static final int MAX_BYTES = 1024 * 1024;

  private final AccessPolicy policy;
  private final BulkAccounts bulk;
  private final MessageSource messages;
  private final String baseUrl;

  BulkAccountsController(
      AccessPolicy policy,
      BulkAccounts bulk,
      MessageSource messages,
      @Value("${lantern.base-url:http://localhost:8080}") String baseUrl) {
    this.policy = policy;
    this.bulk = bulk;
    this.messages = messages;
    this.baseUrl = baseUrl;
  }

  @GetMapping("/admin/accounts/bulk")
  String form(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.MANAGE_ACCOUNTS);
    model.addAttribute("columns", BulkAccounts.COLUMNS);
    return "admin/bulk";
  }

  @PostMapping("/admin/accounts/bulk")
  String dryRun(
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      CurrentUser user,
      Model model)
      throws IOException {
    policy.requireRole(user, Permission.MANAGE_ACCOUNTS);
    model.addAttribute("columns", BulkAccounts.COLUMNS);
    if (file == null || file.isEmpty()) {
      return problem(model, "admin.bulk.file.choose");
    }
    if (file.getSize() > MAX_BYTES) {
      return problem(model, "admin.bulk.file.tooLarge");
    }
    byte[] bytes = file.getBytes();
    Plan plan = bulk.plan(user, bytes);
    if (plan.fileProblem() != null) {
      model.addAttribute("fileProblem", plan.fileProblem());
      model.addAttribute("pageHasErrors", true);
      return "admin/bulk";
    }
    return shown(plan, new String(bytes, StandardCharsets.UTF_8), model);
  }

  @PostMapping("/admin/accounts/bulk/apply")
  String apply(
      @RequestParam(name = "csv", required = false) @Nullable String csv,
      CurrentUser user,
      Model model) {
    policy.requireRole(user, Permission.MANAGE_ACCOUNTS);
    model.addAttribute("columns", BulkAccounts.COLUMNS);
    byte[] bytes = (csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8);
    try {
      model.addAttribute("applied", bulk.apply(user, bytes));
      model.addAttribute("baseUrl", baseUrl);
      return "admin/bulk-done";
    } catch (AccountRuleBroken broken) {
      // Nothing was applied: show the dry run again as it reads now, or why it cannot be.
      Plan plan = bulk.plan(user, bytes);
      if (plan.fileProblem() != null) {
        model.addAttribute("fileProblem", plan.fileProblem());
        model.addAttribute("pageHasErrors", true);
        return "admin/bulk";
      }
      model.addAttribute("notApplied", messages.getMessage(broken.messageKey(), null, Locale.UK));
      model.addAttribute("pageHasErrors", true);
      return shown(plan, csv == null ? "" : csv, model);
    }
  }

  private String shown(Plan plan, String csv, Model model) {
    model.addAttribute("plan", plan);
    model.addAttribute("csv", csv);
    model.addAttribute("pageHasErrors", !plan.applicable());
    return "admin/bulk-plan";
  }

  private String problem(Model model, String key) {
    model.addAttribute("fileProblem", messages.getMessage(key, null, Locale.UK));
    model.addAttribute("pageHasErrors", true);
    return "admin/bulk";
  }
}
