package org.lantern.panel.web;

import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.panel.ActionStatus;
import org.lantern.panel.PanelActions;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The panel actions a person owns, and marking one done. */
@Controller
class ActionsController {

  private final PanelActions actions;

  ActionsController(PanelActions actions) {
    this.actions = actions;
  }

  @GetMapping("/panel-actions")
  String mine(CurrentUser user, Model model) {
    model.addAttribute("actions", actions.mine(user));
    return "panel/actions";
  }

  @PostMapping("/panel-actions/{id}/done")
  String done(
      @PathVariable UUID id,
      @RequestParam long version,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      actions.setStatus(user, id, version, ActionStatus.DONE);
      redirect.addFlashAttribute("done", true);
    } catch (ObjectOptimisticLockingFailureException changed) {
      redirect.addFlashAttribute("changed", true);
    }
    return "redirect:/panel-actions";
  }

  /** The coordinator marks an action from the minutes done or cancelled. */
  @PostMapping("/panel-meetings/{meetingId}/actions/{id}/status")
  String status(
      @PathVariable UUID meetingId,
      @PathVariable UUID id,
      @RequestParam long version,
      @RequestParam String status,
      CurrentUser user,
      RedirectAttributes redirect) {
    ActionStatus chosen = "CANCELLED".equals(status) ? ActionStatus.CANCELLED : ActionStatus.DONE;
    try {
      actions.setStatus(user, id, version, chosen);
    } catch (ObjectOptimisticLockingFailureException changed) {
      redirect.addFlashAttribute("changed", true);
    }
    return "redirect:/panel-meetings/" + meetingId + "/minutes";
  }
}
