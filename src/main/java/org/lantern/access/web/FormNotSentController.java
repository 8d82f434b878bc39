package org.lantern.access.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantern.access.security.CsrfFailureHandler;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page for a form that failed its CSRF check ({@link CsrfFailureHandler}): it says what
 * happened, and shows what the person wrote in read-only boxes to copy back into the form. It never
 * fills a form in or sends anything again: a post that failed the check may have come from another
 * site, so its text is shown only when the browser says the post came from Lantern's own page
 * ({@code Sec-Fetch-Site: same-origin}, or an {@code Origin} of Lantern's own), and only as text to
 * copy.
 */
@Controller
class FormNotSentController {

  /** Parameters that are not the person's words: tokens, versions, ids. */
  private static final Set<String> NOT_TEXT = Set.of("_csrf", "token", "version", "then");

  private static final Pattern NOT_WORDS =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
              + "|true|false|[A-Z][A-Z0-9_]*|\\d{1,4}");

  private static final Pattern LOCAL_QUERY = Pattern.compile("[A-Za-z0-9._~=&%+-]*");

  /** One thing the person wrote, with the label of its box. */
  record Text(String id, String label, String value) {}

  private final MessageSource messages;

  FormNotSentController(MessageSource messages) {
    this.messages = messages;
  }

  @RequestMapping(CsrfFailureHandler.PAGE)
  String page(HttpServletRequest request, Model model) {
    Object reason = request.getAttribute(CsrfFailureHandler.REASON);
    boolean fromAFailedForm =
        reason != null && request.getDispatcherType() == DispatcherType.FORWARD;
    boolean sameOrigin = fromLanternsOwnPage(request);
    model.addAttribute("sessionEnded", reason != CsrfFailureHandler.Reason.PAGE_OUT_OF_DATE);
    model.addAttribute("signedIn", request.getUserPrincipal() != null);
    model.addAttribute("back", sameOrigin ? backTo(request) : "/");
    model.addAttribute("texts", fromAFailedForm && sameOrigin ? texts(request) : List.of());
    return "access/form-not-sent";
  }

  private List<Text> texts(HttpServletRequest request) {
    List<Text> texts = new ArrayList<>();
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (NOT_TEXT.contains(name) || lower.contains("password") || lower.contains("secret")) {
        continue;
      }
      for (String value : parameter.getValue()) {
        String v = value.strip();
        if (v.isEmpty() || NOT_WORDS.matcher(v).matches()) {
          continue;
        }
        texts.add(new Text("text-" + (texts.size() + 1), label(name), value));
      }
    }
    return texts;
  }

  private String label(String name) {
    String label = messages.getMessage("formNotSent.field." + name, null, null, Locale.UK);
    return label != null ? label : messages.getMessage("formNotSent.field", null, Locale.UK);
  }

  /** The page the form was on, when it is one of Lantern's own; else the home page. */
  private static String backTo(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return "/";
    }
    try {
      URI uri = new URI(referer);
      String path = uri.getRawPath();
      String query = uri.getRawQuery();
      String context = request.getContextPath();
      if (!ownOrigin(request).equalsIgnoreCase(origin(uri))
          || path == null
          || !path.startsWith(context + "/")
          || !BreakGlassForm.isLocalPath(path.substring(context.length()))
          || (query != null && !LOCAL_QUERY.matcher(query).matches())) {
        return "/";
      }
      return path.substring(context.length()) + (query == null ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return "/";
    }
  }

  /** Whether the browser says the post came from a page of Lantern's own. */
  private static boolean fromLanternsOwnPage(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeader("Origin");
    return origin != null && origin.equalsIgnoreCase(ownOrigin(request));
  }

  private static String ownOrigin(HttpServletRequest request) {
    return origin(request.getScheme(), request.getServerName(), request.getServerPort());
  }

  private static String origin(URI uri) {
    return uri.getScheme() == null || uri.getHost() == null
        ? ""
        : origin(uri.getScheme(), uri.getHost(), uri.getPort());
  }

  private static String origin(String scheme, String host, int port) {
    boolean defaultPort =
        port < 0
            || (scheme.equalsIgnoreCase("http") && port == 80)
            || (scheme.equalsIgnoreCase("https") && port == 443);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}
