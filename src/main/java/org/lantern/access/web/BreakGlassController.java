package org.lantern.access.web;

import java.util.UUID;
import org.lantern.access.AccessSettings;
import org.lantern.access.BreakGlass;
import org.lantern.access.ChildDirectory;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Asking for emergency access to one child's record, with a reason. */
@Controller
class BreakGlassController {

  private final BreakGlass breakGlass;
  private final ChildDirectory children;
  private final AccessSettings settings;

  BreakGlassController(BreakGlass breakGlass, ChildDirectory children, AccessSettings settings) {
    this.breakGlass = breakGlass;
    this.children = children;
    this.settings = settings;
  }

  @GetMapping("/break-glass/{childId}")
  String form(
      @PathVariable UUID childId,
      @ModelAttribute("breakGlass") BreakGlassForm form,
      CurrentUser user,
      Model model) {
    breakGlass.requireAvailable(user, child(childId), null);
    model.addAttribute("childId", childId);
    model.addAttribute("hours", settings.breakGlassDuration().toHours());
    return "access/break-glass";
  }

  @PostMapping("/break-glass/{childId}")
  String grant(
      @PathVariable UUID childId,
      @ModelAttribute("breakGlass") BreakGlassForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    ChildRef child = child(childId);
    breakGlass.requireAvailable(user, child, Texts.clean(form.reason()));
    form.validate(errors);
    if (errors.hasErrors()) {
      model.addAttribute("childId", childId);
      model.addAttribute("hours", settings.breakGlassDuration().toHours());
      return "access/break-glass";
    }
    String then = form.safeThen("/children/" + childId);
    breakGlass.grant(user, child, Texts.clean(form.reason()));
    return "redirect:" + then;
  }

  private ChildRef child(UUID childId) {
    return children.ref(childId).orElseThrow(() -> new RecordNotFoundException("child", childId));
  }
}
