package org.lantern.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement, open to everyone including people not signed in. */
@Controller
class AccessibilityController {

  @GetMapping("/accessibility")
  String statement() {
    return "platform/accessibility";
  }
}
