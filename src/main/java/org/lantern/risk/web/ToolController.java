package org.lantern.risk.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.InvalidToolException;
import org.lantern.risk.PublishedTool;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.ToolChangedException;
import org.lantern.risk.ToolProblem;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partnership administrator's screening tools: the list, publishing the example, importing a new
 * definition, and editing one in the browser. A definition with problems is shown back with each
 * problem's line and field; nothing is published.
 */
@Controller
class ToolController {

  private final ScreeningTools tools;
  private final MessageSource messages;
  private final AccessPolicy policy;

  ToolController(ScreeningTools tools, MessageSource messages, AccessPolicy policy) {
    this.tools = tools;
    this.messages = messages;
    this.policy = policy;
  }

  @GetMapping("/screening-tools")
  String list(CurrentUser user, Model model) {
    requireManager(user);
    model.addAttribute("tools", tools.current(user.partnershipId()));
    return "risk/tools";
  }

  @PostMapping("/screening-tools/example")
  String publishExample(CurrentUser user, RedirectAttributes redirect) {
    requireManager(user);
    PublishedTool published = tools.publishExample(user);
    redirect.addFlashAttribute("published", published.number());
    return "redirect:/screening-tools/" + published.key();
  }

  @GetMapping("/screening-tools/new")
  String importForm(CurrentUser user, Model model) {
    requireManager(user);
    return edit(null, new ToolForm(), List.of(), false, model);
  }

  @GetMapping("/screening-tools/{key}")
  String editForm(@PathVariable String key, CurrentUser user, Model model) {
    requireManager(user);
    PublishedTool current = current(user, key);
    ToolForm form = new ToolForm();
    form.setSource(current.source());
    form.setBasedOn(current.number());
    model.addAttribute("history", tools.history(user.partnershipId(), key));
    return edit(current, form, List.of(), false, model);
  }

  @PostMapping("/screening-tools")
  String publish(
      @ModelAttribute("form") ToolForm form,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    requireManager(user);
    String source = form.getSource() == null ? "" : form.getSource().replace("\r\n", "\n");
    try {
      PublishedTool published = tools.publish(user, source, form.getBasedOn());
      redirect.addFlashAttribute("published", published.number());
      return "redirect:/screening-tools/" + published.key();
    } catch (InvalidToolException invalid) {
      return edit(null, form, invalid.problems(), false, model);
    } catch (ToolChangedException | DataIntegrityViolationException changed) {
      return edit(null, form, List.of(), true, model);
    }
  }

  private String edit(
      @Nullable PublishedTool current,
      ToolForm form,
      List<ToolProblem> problems,
      boolean conflict,
      Model model) {
    model.addAttribute("current", current);
    model.addAttribute("form", form);
    model.addAttribute(
        "problems",
        problems.stream()
            .map(
                p ->
                    messages.getMessage(
                        p.field().isEmpty() ? "tool.problem.atLine" : "tool.problem.atField",
                        new Object[] {
                          p.line(),
                          p.field(),
                          messages.getMessage(p.messageKey(), p.messageArguments(), Locale.UK)
                        },
                        Locale.UK))
            .toList());
    model.addAttribute("conflict", conflict);
    model.addAttribute("pageHasErrors", conflict || !problems.isEmpty());
    return "risk/tool";
  }

  private PublishedTool current(CurrentUser user, String key) {
    return tools
        .current(user.partnershipId(), key)
        .orElseThrow(() -> new RecordNotFoundException("tool " + key, user.partnershipId()));
  }

  private void requireManager(CurrentUser user) {
    policy.requireRole(user, Permission.MANAGE_SCREENING_TOOLS);
  }
}
