package org.lantern.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lists a form's errors in its error summary in the order their fields appear on the page, as the
 * GOV.UK error summary pattern asks, whatever order the checks found them in.
 *
 * <p>A form's errors come from its own checks, Bean Validation (which has no order) and the rules
 * of the module behind it, so the order they reach the page in is an accident of the code; several
 * forms listed a later field first. Only a page whose form has errors is touched ({@link
 * PageErrorsInterceptor} marks the request before the view renders): its rendered HTML is held, the
 * summary's items put in page order (messages for no field first, as they were; a link to no
 * element on the page last) and the rest of the page written as rendered. Any other response passes
 * straight through.
 */
final class ErrorSummaryOrder extends OncePerRequestFilter {

  /** Request attribute that {@link PageErrorsInterceptor} sets when the page has form errors. */
  static final String PAGE_HAS_ERRORS = ErrorSummaryOrder.class.getName() + ".pageHasErrors";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Holding holding = new Holding(request, response);
    chain.doFilter(request, holding);
    holding.finish();
  }

  /** The page with its error summary's items in the order of their fields on it. */
  static String inPageOrder(String html) {
    if (!html.contains("govuk-error-summary__list")) {
      return html;
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document page = parser.parseInput(html, "");
    Element list = page.selectFirst("ul.govuk-error-summary__list");
    if (list == null || list.childrenSize() < 2) {
      return html;
    }
    Map<Element, Integer> position = new HashMap<>();
    int at = 0;
    for (Element e : page.getAllElements()) {
      position.put(e, at++);
    }
    List<Element> items = new ArrayList<>(list.children());
    List<Element> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(item -> place(item, page, position)));
    if (sorted.equals(items)) {
      return html;
    }
    int start = items.getFirst().sourceRange().startPos();
    int end = items.getLast().endSourceRange().endPos();
    if (start < 0 || end <= start) {
      return html;
    }
    String between =
        items.size() > 1
            ? html.substring(
                items.get(0).endSourceRange().endPos(), items.get(1).sourceRange().startPos())
            : "";
    StringBuilder out = new StringBuilder(html.length());
    out.append(html, 0, start);
    for (int i = 0; i < sorted.size(); i++) {
      Element item = sorted.get(i);
      if (i > 0) {
        out.append(between);
      }
      out.append(html, item.sourceRange().startPos(), item.endSourceRange().endPos());
    }
    out.append(html, end, html.length());
    return out.toString();
  }

  /** A message for no field first, then each by its field's place, then links to nothing. */
  private static int place(Element item, Document page, Map<Element, Integer> position) {
    Element link = item.selectFirst("a[href^=#]");
    if (link == null) {
      return -1;
    }
    Element target = page.getElementById(link.attr("href").substring(1));
    return target == null ? Integer.MAX_VALUE : position.getOrDefault(target, Integer.MAX_VALUE);
  }

  /** Holds what the view writes when the page has form errors; otherwise passes it through. */
  private static final class Holding extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private @Nullable StringWriter held;
    private @Nullable PrintWriter writer;

    Holding(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer != null) {
        return writer;
      }
      if (request.getAttribute(PAGE_HAS_ERRORS) != null && isHtml()) {
        held = new StringWriter(16_384);
        writer = new PrintWriter(held);
        return writer;
      }
      writer = super.getWriter();
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (held == null) {
        super.flushBuffer();
      }
    }

    @Override
    public void setContentLength(int len) {
      if (held == null) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (held == null) {
        super.setContentLengthLong(len);
      }
    }

    private boolean isHtml() {
      String type = getContentType();
      return type != null && type.startsWith("text/html");
    }

    void finish() throws IOException {
      if (held == null || writer == null) {
        return;
      }
      writer.flush();
      PrintWriter out = super.getWriter();
      out.write(inPageOrder(held.toString()));
      out.flush();
    }
  }
}
