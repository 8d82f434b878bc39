package org.lantern.people.web;

import java.util.Objects;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildFile;
import org.lantern.people.PlacementType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a child lives: family home, foster or residential care, placed by another authority... */
@Controller
class PlacementController {

  private final ChildFile files;

  PlacementController(ChildFile files) {
    this.files = files;
  }

  @GetMapping("/children/{childId}/placement")
  String form(@PathVariable UUID childId, CurrentUser user, Model model) {
    ChildFile.Placement current = files.placement(user, childId);
    PlacementForm form = new PlacementForm();
    if (current.placement() != null) {
      form.setPlacement(current.placement().name());
    }
    form.fill(current.crossBorder());
    return page(model, current, form);
  }

  @PostMapping("/children/{childId}/placement")
  String change(
      @PathVariable UUID childId,
      @ModelAttribute("placementForm") PlacementForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes flash) {
    form.validate(errors);
    if (errors.hasErrors()) {
      return page(model, files.placement(user, childId), form);
    }
    files.changePlacement(user, childId, Objects.requireNonNull(form.chosen()), form.crossBorder());
    flash.addFlashAttribute("placementChanged", true);
    return "redirect:/children/" + childId;
  }

  private String page(Model model, ChildFile.Placement current, PlacementForm form) {
    model.addAttribute("child", current.child());
    model.addAttribute("placementForm", form);
    model.addAttribute("placements", PlacementType.values());
    return "people/placement";
  }
}
