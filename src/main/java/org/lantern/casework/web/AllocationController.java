package org.lantern.casework.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.casework.Allocation;
import org.lantern.casework.CaseChangedException;
import org.lantern.casework.CaseList;
import org.lantern.casework.CaseRuleException;
import org.lantern.casework.CaseView;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team manager's queue of children waiting for a worker, and allocating one. */
@Controller
class AllocationController {

  private final Allocation allocation;

  AllocationController(Allocation allocation) {
    this.allocation = allocation;
  }

  /** The queue a page at a time; the search and the sort stay in the address. */
  @GetMapping("/casework/queue")
  String queue(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    CaseList query = CaseloadController.query(page, search, CaseList.queueSort(sort));
    model.addAttribute("queue", allocation.queue(user, query));
    model.addAttribute("waiting", allocation.waiting(user));
    model.addAttribute("query", query);
    return "casework/queue";
  }

  @GetMapping("/cases/{caseId}/allocate")
  String form(@PathVariable UUID caseId, CurrentUser user, Model model) {
    CaseView c = allocation.toAllocate(user, caseId);
    AllocationForm form = new AllocationForm();
    form.setVersion(c.version());
    return show(c, form, user, model);
  }

  @PostMapping("/cases/{caseId}/allocate")
  String allocate(
      @PathVariable UUID caseId,
      @ModelAttribute("allocation") AllocationForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      allocation.allocate(user, caseId, form.getVersion(), form.workerId());
      redirect.addFlashAttribute("allocated", true);
      return "redirect:/casework/queue";
    } catch (CaseRuleException refused) {
      errors.rejectValue(
          "worker",
          refused.code().endsWith(".required") && form.sentSomething()
              ? "casework.allocate.worker.notInTeam"
              : refused.code());
    } catch (CaseChangedException | ObjectOptimisticLockingFailureException changed) {
      CaseView now = allocation.toAllocate(user, caseId);
      if (now.allocatedByName() != null) {
        errors.reject(
            "casework.allocate.conflict.allocated",
            new Object[] {now.allocatedByName(), now.workerName()},
            null);
      } else {
        errors.reject("casework.allocate.conflict.changed");
      }
      form.setVersion(now.version());
      return show(now, form, user, model);
    }
    return show(allocation.toAllocate(user, caseId), form, user, model);
  }

  private String show(CaseView c, AllocationForm form, CurrentUser user, Model model) {
    model.addAttribute("case", c);
    model.addAttribute("allocation", form);
    model.addAttribute("workers", allocation.workers(user.partnershipId(), c.teamId()));
    return "casework/allocate";
  }
}
