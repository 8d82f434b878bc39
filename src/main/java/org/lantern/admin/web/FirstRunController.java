package org.lantern.admin.web;

import org.lantern.admin.AccountInvitations.Invitation;
import org.lantern.admin.AccountRuleBroken;
import org.lantern.admin.FirstRun;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The first-run page of an empty install (no one signed in: there is no one yet). It asks for the
 * set-up code from the server's log, the partnership, its council and the first administrator, and
 * answers with the administrator's invitation link, once. Once a partnership exists it is "not
 * found".
 */
@Controller
class FirstRunController {

  static final String PAGE = "/first-run";

  private final FirstRun firstRun;
  private final String baseUrl;

  FirstRunController(
      FirstRun firstRun, @Value("${lantern.base-url:http://localhost:8080}") String baseUrl) {
    this.firstRun = firstRun;
    this.baseUrl = baseUrl;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    closedOnceDone();
    model.addAttribute("setUp", new FirstRunForm());
    return "admin/first-run";
  }

  @PostMapping(PAGE)
  String establish(@ModelAttribute("setUp") FirstRunForm form, BindingResult errors, Model model) {
    closedOnceDone();
    FirstRun.Details details = form.validate(errors, firstRun);
    if (details == null) {
      return "admin/first-run";
    }
    Invitation invitation;
    try {
      invitation = firstRun.establish(details, FirstRun.Means.PAGE);
    } catch (AccountRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return "admin/first-run";
    }
    model.addAttribute("partnershipName", details.partnershipName());
    model.addAttribute("username", details.administratorUsername());
    model.addAttribute("invitationLink", baseUrl + "/invitation/" + invitation.token());
    model.addAttribute("invitationExpires", invitation.expiresAt());
    return "admin/first-run-done";
  }

  private void closedOnceDone() {
    if (!firstRun.waiting()) {
      throw new RecordNotFoundException("first run", "done");
    }
  }
}
