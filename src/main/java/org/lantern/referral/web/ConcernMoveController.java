package org.lantern.referral.web;

import java.util.Objects;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.people.WhichChildForm;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernChangedException;
import org.lantern.referral.ConcernMoves;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front door moves a concern that was put on the wrong child to the right one: a child the
 * referrer's description may be, or a new record made from it.
 */
@Controller
class ConcernMoveController {

  private final ConcernMoves moves;
  private final AccessPolicy policy;

  ConcernMoveController(ConcernMoves moves, AccessPolicy policy) {
    this.moves = moves;
    this.policy = policy;
  }

  @GetMapping("/concerns/{concernId}/move")
  String form(@PathVariable UUID concernId, CurrentUser user, Model model) {
    ConcernMoves.Options options = moves.options(user, concernId);
    WhichChildForm form = new WhichChildForm();
    form.setVersion(options.concern().version());
    return page(user, options, form, model);
  }

  @PostMapping("/concerns/{concernId}/move")
  String move(
      @PathVariable UUID concernId,
      @ModelAttribute("move") WhichChildForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes flash) {
    ConcernMoves.Options options = moves.options(user, concernId);
    form.validate(
        errors,
        id -> options.choices().candidates().stream().anyMatch(o -> o.child().id().equals(id)),
        options.choices().mayMakeNewRecord());
    if (!errors.hasErrors()) {
      try {
        moves.move(
            user,
            concernId,
            form.getVersion(),
            form.child(),
            Objects.requireNonNull(Texts.clean(form.getReason())));
        flash.addFlashAttribute("moved", true);
        return "redirect:" + concernPage(user, concernId);
      } catch (ConcernChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("move.changed");
        form.setVersion(moves.options(user, concernId).concern().version());
      }
    }
    return page(user, options, form, model);
  }

  private String page(
      CurrentUser user, ConcernMoves.Options options, WhichChildForm form, Model model) {
    model.addAttribute("options", options);
    model.addAttribute("move", form);
    model.addAttribute("concernPage", concernPage(user, options.concern().id()));
    return "referral/move";
  }

  /** The front door's view of the concern for the front door; the concern's page for others. */
  private String concernPage(CurrentUser user, UUID concernId) {
    return policy.roleAllows(user, Permission.DECIDE_CONCERN)
        ? "/front-door/concerns/" + concernId
        : "/concerns/" + concernId;
  }
}
