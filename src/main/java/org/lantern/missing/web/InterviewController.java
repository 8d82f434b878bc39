package org.lantern.missing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.missing.InterviewOutcome;
import org.lantern.missing.InterviewStatus;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.MissingSettings;
import org.lantern.missing.ReturnInterviewQueue;
import org.lantern.missing.ReturnInterviews;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.QueryParams;
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

/** The missing service's queue of return interviews, and recording one. */
@Controller
class InterviewController {

  private final ReturnInterviews interviews;
  private final ReturnInterviewQueue queue;
  private final MissingSettings settings;
  private final Clock clock;

  InterviewController(
      ReturnInterviews interviews,
      ReturnInterviewQueue queue,
      MissingSettings settings,
      Clock clock) {
    this.interviews = interviews;
    this.queue = queue;
    this.settings = settings;
    this.clock = clock;
  }

  @GetMapping("/missing/interviews")
  String queue(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    ReturnInterviewQueue.Query query =
        new ReturnInterviewQueue.Query(
            QueryParams.page(page),
            search,
            QueryParams.oneOf(InterviewStatus.class, status),
            QueryParams.oneOf(MissingFrom.class, from),
            ReturnInterviewQueue.Query.sort(sort));
    model.addAttribute("queue", queue.page(user, query));
    model.addAttribute("statuses", List.of(InterviewStatus.TO_OFFER, InterviewStatus.OFFERED));
    model.addAttribute(
        "places", Arrays.stream(MissingFrom.values()).filter(m -> !m.isEducation()).toList());
    model.addAttribute("windowHours", settings.interviewWindow().toHours());
    return "missing/queue";
  }

  @GetMapping("/missing/interviews/{episodeId}")
  String open(@PathVariable UUID episodeId, CurrentUser user, Model model) {
    ReturnInterviewQueue.Row row = interviews.open(user, episodeId);
    InterviewForm form = new InterviewForm();
    form.setVersion(row.episode().version());
    form.setAt(new DateInput(LocalDate.now(clock.withZone(LanternTime.ZONE))));
    return show(row, form, model);
  }

  @PostMapping("/missing/interviews/{episodeId}")
  String record(
      @PathVariable UUID episodeId,
      @ModelAttribute("interview") InterviewForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    ReturnInterviewQueue.Row row = interviews.open(user, episodeId);
    TimeOfDay.Read when = form.validate(errors);
    if (!form.getFactors().stream().allMatch(settings::isFactor)) {
      errors.rejectValue("factors", "missing.interview.factors.required");
    }
    if (when.at() != null && when.at().isAfter(clock.instant())) {
      errors.rejectValue("at", "missing.interview.at.future");
    } else if (when.at() != null && when.at().isBefore(row.episode().returnedAt())) {
      errors.rejectValue("at", "missing.interview.at.beforeReturn");
    }
    if (errors.hasErrors()) {
      return show(row, form, model);
    }
    try {
      interviews.record(
          user,
          episodeId,
          form.getVersion(),
          form.outcome(),
          when.at(),
          new LinkedHashSet<>(form.getFactors()),
          Texts.clean(form.getPeople()),
          Texts.clean(form.getPlaces()),
          Texts.clean(form.getNotes()));
    } catch (ReturnInterviews.InterviewChangedException changed) {
      errors.reject("missing.interview.changed");
      ReturnInterviewQueue.Row now = interviews.open(user, episodeId);
      form.setVersion(now.episode().version());
      return show(now, form, model);
    }
    redirect.addFlashAttribute("recorded", row.child().name());
    return "redirect:/missing/interviews";
  }

  private String show(ReturnInterviewQueue.Row row, InterviewForm form, Model model) {
    model.addAttribute("row", row);
    model.addAttribute("interview", form);
    model.addAttribute("outcomes", InterviewOutcome.values());
    model.addAttribute("factors", settings.factors());
    return "missing/interview";
  }
}
