package org.lantern.access.web;

import jakarta.servlet.http.HttpServletRequest;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page behind a group's one link in the navigation bar ("Reports", "Missing"): the person's
 * links of that group. It shows only links; each page it leads to asks the access policy itself.
 */
@Controller
class NavGroupController {

  private final PageUser pageUser;

  NavGroupController(PageUser pageUser) {
    this.pageUser = pageUser;
  }

  @GetMapping({
    "/casework",
    "/concerns",
    "/children",
    "/missing",
    "/panel-work",
    "/intelligence",
    "/reports"
  })
  String group(CurrentUser user, HttpServletRequest request, Model model) {
    NavGroup group =
        NavGroup.at(request.getServletPath())
            .orElseThrow(() -> new RecordNotFoundException("page", request.getServletPath()));
    model.addAttribute("group", group);
    model.addAttribute("links", pageUser.group(group));
    return "access/nav-group";
  }
}
