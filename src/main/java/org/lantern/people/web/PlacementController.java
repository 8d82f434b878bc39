package org.lantern.people.web;

import java.time.LocalDate;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildFile;
import org.lantern.people.NewPlacement;
import org.lantern.people.PlacementRefusedException;
import org.lantern.people.PlacementType;
import org.lantern.people.Placements;
import org.lantern.people.Responsibility;
import org.lantern.platform.DateRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a child lives, as history: the placement open now and those before it; a new placement (its
 * type, who holds responsibility, the other authority) or the end of the open one.
 */
@Controller
class PlacementController {

  private final ChildFile files;
  private final Placements placements;
  private final DateRules dates;

  PlacementController(ChildFile files, Placements placements, DateRules dates) {
    this.files = files;
    this.placements = placements;
    this.dates = dates;
  }

  @GetMapping("/children/{childId}/placement")
  String form(@PathVariable UUID childId, CurrentUser user, Model model) {
    return page(model, files.placement(user, childId), new PlacementForm(), new EndPlacementForm());
  }

  @PostMapping("/children/{childId}/placement")
  String start(
      @PathVariable UUID childId,
      @ModelAttribute("placementForm") PlacementForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes flash) {
    ChildFile.Placement current = files.placement(user, childId);
    NewPlacement placement = form.validate(errors, dates);
    if (placement != null) {
      try {
        placements.start(user, childId, placement);
        flash.addFlashAttribute("placementChanged", true);
        return "redirect:/children/" + childId;
      } catch (PlacementRefusedException e) {
        errors.rejectValue("startedOn", "placement.refused." + e.code());
      }
    }
    return page(model, current, form, new EndPlacementForm());
  }

  @PostMapping("/children/{childId}/placement/end")
  String end(
      @PathVariable UUID childId,
      @ModelAttribute("endPlacementForm") EndPlacementForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes flash) {
    ChildFile.Placement current = files.placement(user, childId);
    LocalDate endedOn = form.validate(errors, dates);
    if (endedOn != null) {
      try {
        placements.end(user, childId, endedOn);
        flash.addFlashAttribute("placementChanged", true);
        return "redirect:/children/" + childId;
      } catch (PlacementRefusedException e) {
        errors.rejectValue("endedOn", "placement.refused." + e.code());
      }
    }
    return page(model, current, new PlacementForm(), form);
  }

  private String page(
      Model model, ChildFile.Placement current, PlacementForm form, EndPlacementForm end) {
    model.addAttribute("child", current.child());
    model.addAttribute("current", current);
    model.addAttribute("placementForm", form);
    model.addAttribute("endPlacementForm", end);
    model.addAttribute("placements", PlacementType.values());
    model.addAttribute("responsibilities", Responsibility.values());
    return "people/placement";
  }
}
