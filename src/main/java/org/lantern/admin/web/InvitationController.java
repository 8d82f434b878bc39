package org.lantern.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.lantern.admin.AccountInvitations;
import org.lantern.admin.AccountInvitations.Invited;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page a new person opens from their invitation link to choose a password (no one signed in). A
 * link used, expired or never made says so, and says whom to ask.
 */
@Controller
class InvitationController {

  private final AccountInvitations invitations;

  InvitationController(AccountInvitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/invitation/{token}")
  String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
    model.addAttribute("token", token);
    return show(invitations.invited(token), new PasswordForm(), model, response);
  }

  @PostMapping("/invitation/{token}")
  String accept(
      @PathVariable String token,
      @ModelAttribute("password") PasswordForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("token", token);
    Optional<Invited> invited = invitations.invited(token);
    if (invited.isEmpty()) {
      return show(invited, form, model, response);
    }
    form.validate(errors, invited.get().username());
    if (errors.hasErrors()) {
      return show(invited, form, model, response);
    }
    if (!invitations.accept(token, form.getPassword())) {
      return show(Optional.empty(), form, model, response);
    }
    return "redirect:/sign-in?passwordSet";
  }

  private static String show(
      Optional<Invited> invited, PasswordForm form, Model model, HttpServletResponse response) {
    if (invited.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "admin/invitation-gone";
    }
    model.addAttribute("invited", invited.get());
    model.addAttribute("password", form);
    return "admin/invitation";
  }
}
