package org.lantern.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessSettings;
import org.lantern.access.security.CurrentUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: password sign-in, and single sign-on where it is configured. */
@Controller
class SignInController {

  private static final String LAST_USERNAME = "lantern.signIn.username";

  private final AccessSettings settings;
  private final Duration sessionTimeout;
  private final List<String> oidcRegistrations;

  SignInController(
      AccessSettings settings,
      @Value("${lantern.security.session-timeout:30m}") Duration sessionTimeout,
      ObjectProvider<ClientRegistrationRepository> registrations) {
    this.settings = settings;
    this.sessionTimeout = sessionTimeout;
    this.oidcRegistrations = new ArrayList<>();
    if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository repo) {
      repo.forEach(r -> oidcRegistrations.add(registrationId(r)));
    }
  }

  private static String registrationId(ClientRegistration registration) {
    return registration.getRegistrationId();
  }

  @GetMapping("/sign-in")
  String signIn(HttpServletRequest request, Model model) {
    if (CurrentUsers.current().isPresent()) {
      return "redirect:/";
    }
    boolean locked = request.getParameter("locked") != null;
    boolean failed = locked || request.getParameter("error") != null;
    model.addAttribute("failed", failed);
    model.addAttribute("pageHasErrors", failed);
    model.addAttribute("locked", locked);
    model.addAttribute("timeout", request.getParameter("timeout") != null);
    model.addAttribute("signedOut", request.getParameter("signedOut") != null);
    model.addAttribute("oidcError", request.getParameter("oidcError") != null);
    model.addAttribute("lockoutMinutes", settings.lockout().toMinutes());
    model.addAttribute("timeoutMinutes", sessionTimeout.toMinutes());
    model.addAttribute("oidcRegistrations", oidcRegistrations);
    HttpSession session = request.getSession(false);
    if (session != null && failed) {
      model.addAttribute("username", session.getAttribute(LAST_USERNAME));
      session.removeAttribute(LAST_USERNAME);
    }
    return "access/sign-in";
  }
}
