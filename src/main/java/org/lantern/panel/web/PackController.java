package org.lantern.panel.web;

import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.panel.PanelPack;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Panel packs: the meetings a person may read the pack of, and one pack. */
@Controller
class PackController {

  private final PanelPack packs;

  PackController(PanelPack packs) {
    this.packs = packs;
  }

  @GetMapping("/panel-packs")
  String list(CurrentUser user, Model model) {
    model.addAttribute("meetings", packs.readable(user));
    return "panel/packs";
  }

  @GetMapping("/panel-meetings/{id}/pack")
  String pack(@PathVariable UUID id, CurrentUser user, Model model) {
    model.addAttribute("pack", packs.pack(user, id));
    model.addAttribute("mayOpenMinutes", packs.mayOpenMinutes(user, id));
    return "panel/pack";
  }
}
