package org.lantern.missing.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.missing.EpisodeMoves;
import org.lantern.missing.EpisodeRejectedException;
import org.lantern.people.WhichChildForm;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front door moves a missing episode that was put on the wrong child to the right one: a child
 * the police's description may be, or a new record made from it.
 */
@Controller
class EpisodeMoveController {

  private final EpisodeMoves moves;
  private final MessageSource messages;

  EpisodeMoveController(EpisodeMoves moves, MessageSource messages) {
    this.moves = moves;
    this.messages = messages;
  }

  @GetMapping("/missing/episodes/{episodeId}/move")
  String form(@PathVariable UUID episodeId, CurrentUser user, Model model) {
    EpisodeMoves.Options options = moves.options(user, episodeId);
    WhichChildForm form = new WhichChildForm();
    form.setVersion(options.episode().version());
    return page(options, form, model);
  }

  @PostMapping("/missing/episodes/{episodeId}/move")
  String move(
      @PathVariable UUID episodeId,
      @ModelAttribute("move") WhichChildForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes flash) {
    EpisodeMoves.Options options = moves.options(user, episodeId);
    form.validate(
        errors,
        id -> options.choices().candidates().stream().anyMatch(o -> o.child().id().equals(id)),
        options.choices().mayMakeNewRecord());
    if (!errors.hasErrors()) {
      try {
        UUID now =
            moves.move(
                user,
                episodeId,
                form.getVersion(),
                form.child(),
                Objects.requireNonNull(Texts.clean(form.getReason())));
        flash.addFlashAttribute("episodeMoved", options.episode().policeReference());
        return "redirect:/children/" + now;
      } catch (EpisodeRejectedException rejected) {
        errors.reject(
            "move.refused",
            new Object[] {messages.getMessage(rejected.code(), rejected.arguments(), Locale.UK)},
            null);
      } catch (ObjectOptimisticLockingFailureException changed) {
        errors.reject("move.changed");
      }
      form.setVersion(moves.options(user, episodeId).episode().version());
    }
    return page(options, form, model);
  }

  private static String page(EpisodeMoves.Options options, WhichChildForm form, Model model) {
    model.addAttribute("options", options);
    model.addAttribute("move", form);
    return "missing/move";
  }
}
