package org.lantern.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page, keeping the username typed and saying whether
 * the account is locked. Wrong username and wrong password get the same message.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

  static final String LAST_USERNAME = "lantern.signIn.username";

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String username = request.getParameter("username");
    if (username != null && username.length() <= 100) {
      request.getSession().setAttribute(LAST_USERNAME, username.strip());
    }
    String outcome = exception instanceof LockedException ? "locked" : "error";
    response.sendRedirect(request.getContextPath() + "/sign-in?" + outcome);
  }
}
