package org.lantern.casework.web;

import java.util.List;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.casework.CaseRuleException;
import org.lantern.casework.NetworkRole;
import org.lantern.casework.ProfessionalNetwork;
import org.lantern.people.Children;
import org.lantern.platform.FieldRejections;
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

/** The child's professional network: who is in it, adding a member, ending a membership. */
@Controller
class NetworkController {

  private final ProfessionalNetwork network;
  private final Children children;
  private final AccessPolicy policy;

  NetworkController(ProfessionalNetwork network, Children children, AccessPolicy policy) {
    this.network = network;
    this.children = children;
    this.policy = policy;
  }

  @GetMapping("/children/{childId}/network")
  String page(@PathVariable UUID childId, CurrentUser user, Model model) {
    return show(childId, new NetworkForm(), user, model);
  }

  @PostMapping("/children/{childId}/network")
  String add(
      @PathVariable UUID childId,
      @ModelAttribute("member") NetworkForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    if (form.personNotAnId()) {
      errors.rejectValue("person", "casework.network.person.unknown");
    } else {
      try {
        network.add(user, childId, form.member());
        redirect.addFlashAttribute("added", true);
        return "redirect:/children/" + childId + "/network";
      } catch (CaseRuleException refused) {
        FieldRejections.add(errors, refused);
      }
    }
    return show(childId, form, user, model);
  }

  @PostMapping("/children/{childId}/network/{memberId}/end")
  String end(
      @PathVariable UUID childId,
      @PathVariable UUID memberId,
      @RequestParam(defaultValue = "-1") long version,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      network.end(user, childId, memberId, version);
      redirect.addFlashAttribute("ended", true);
    } catch (CaseRuleException | ObjectOptimisticLockingFailureException changed) {
      redirect.addFlashAttribute("changed", true);
    }
    return "redirect:/children/" + childId + "/network";
  }

  private String show(UUID childId, NetworkForm form, CurrentUser user, Model model) {
    model.addAttribute("members", network.of(user, childId));
    model.addAttribute("child", children.summary(childId));
    model.addAttribute("member", form);
    model.addAttribute("roles", NetworkRole.values());
    boolean mayRecord =
        policy.decide(user, Permission.RECORD_NETWORK, children.ref(childId)).allowed();
    model.addAttribute("mayRecord", mayRecord);
    model.addAttribute("people", mayRecord ? network.people(user) : List.of());
    return "casework/network";
  }
}
