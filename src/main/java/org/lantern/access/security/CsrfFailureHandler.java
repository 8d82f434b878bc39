package org.lantern.access.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/**
 * A form whose CSRF token did not match: the session it came from has ended (signed out after a
 * while, or Lantern restarted), or the page was from before the person signed in again. This is not
 * a refusal of their role, so they are told what happened, on the page at {@link #PAGE}, with what
 * they wrote shown to copy (see {@code FormNotSentController}). Nothing is submitted again.
 *
 * <p>Signing in with an expired page, and signing out of a session that has ended, go as before to
 * the sign-in page, which says the session timed out.
 */
public class CsrfFailureHandler implements AccessDeniedHandler {

  /** Where the page is, forwarded to with the post's parameters. */
  public static final String PAGE = "/form-not-sent";

  /** Request attribute: {@link Reason} the form was not sent. */
  public static final String REASON = CsrfFailureHandler.class.getName() + ".reason";

  /** Why the form was not sent. */
  public enum Reason {
    /** No session any more: signed out, or it expired. */
    SESSION_ENDED,
    /** The session is there but the page was from before (signed in again in another tab). */
    PAGE_OUT_OF_DATE
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean sessionEnded = refused instanceof MissingCsrfTokenException;
    if (path.equals("/sign-in") || (path.equals("/sign-out") && sessionEnded)) {
      // Never a page that would show the password back; signing out of a session that has
      // already ended has nothing left to do.
      response.sendRedirect(request.getContextPath() + "/sign-in?timeout");
      return;
    }
    request.setAttribute(REASON, sessionEnded ? Reason.SESSION_ENDED : Reason.PAGE_OUT_OF_DATE);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher(PAGE).forward(request, response);
  }
}
