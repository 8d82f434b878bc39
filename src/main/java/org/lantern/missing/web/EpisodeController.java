package org.lantern.missing.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.missing.EpisodeRejectedException;
import org.lantern.missing.EpisodeRules;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.MissingSettings;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildSearch;
import org.lantern.people.ChildSummary;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The police record a missing episode by hand, or its return (the same police reference again). The
 * child is found first with the people module's search.
 */
@Controller
class EpisodeController {

  private final Episodes episodes;
  private final ChildSearch search;
  private final MissingSettings settings;
  private final DateRules dates;

  EpisodeController(
      Episodes episodes, ChildSearch search, MissingSettings settings, DateRules dates) {
    this.episodes = episodes;
    this.search = search;
    this.settings = settings;
    this.dates = dates;
  }

  @GetMapping("/missing/episodes/new")
  String form(@RequestParam(required = false) @Nullable UUID child, CurrentUser user, Model model) {
    if (child == null) {
      return "redirect:/children/find?for=missing";
    }
    EpisodeForm form = new EpisodeForm();
    form.setChildId(child.toString());
    return show(form, user, model);
  }

  @PostMapping("/missing/episodes/new")
  String record(
      @ModelAttribute("episode") EpisodeForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    UUID childId = Texts.uuid(form.getChildId());
    if (childId == null) {
      return "redirect:/children/find?for=missing";
    }
    EpisodeRules.Fields fields = form.validate(errors, settings, dates);
    if (fields == null) {
      return show(form, user, model);
    }
    Episodes.Recorded recorded;
    try {
      recorded = episodes.record(user, null, EpisodeRules.details(childId, fields));
    } catch (EpisodeRejectedException rejected) {
      errors.rejectValue(rejected.field(), rejected.code(), rejected.arguments(), null);
      return show(form, user, model);
    }
    redirect.addFlashAttribute("created", recorded.created());
    return "redirect:/missing/episodes/" + recorded.episodeId();
  }

  @GetMapping("/missing/episodes/{episodeId}")
  String recorded(@PathVariable UUID episodeId, CurrentUser user, Model model) {
    model.addAttribute("episode", episodes.view(user, episodeId));
    model.addAttribute("canUpload", user.role() == org.lantern.access.Role.POLICE);
    return "missing/episode-recorded";
  }

  private String show(EpisodeForm form, CurrentUser user, Model model) {
    UUID childId = Texts.uuid(form.getChildId());
    ChildSummary child = search.chosen(user, childId, "record a missing episode");
    model.addAttribute("episode", form);
    model.addAttribute("child", child);
    model.addAttribute("places", MissingFrom.values());
    model.addAttribute("gradings", RiskGrading.values());
    model.addAttribute("canUpload", user.role() == org.lantern.access.Role.POLICE);
    model.addAttribute("example", settings.policeReferenceExample());
    return "missing/episode-form";
  }
}
