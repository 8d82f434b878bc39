package org.lantern.referral.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.people.ChildSearch;
import org.lantern.people.Sex;
import org.lantern.platform.Texts;
import org.lantern.referral.ReferrerKind;
import org.lantern.referral.RiskIndicator;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the concern form needs besides the form: the child chosen, the lists to choose from. */
@Component
class ConcernFormPage {

  static final String VIEW = "referral/concern-form";

  private final ChildSearch search;
  private final Directory directory;

  ConcernFormPage(ChildSearch search, Directory directory) {
    this.search = search;
    this.directory = directory;
  }

  String show(ConcernForm form, CurrentUser user, Model model, boolean verbal) {
    model.addAttribute("concern", form);
    model.addAttribute("verbal", verbal);
    model.addAttribute("action", verbal ? "/front-door/verbal/new" : "/concerns/new");
    model.addAttribute("indicators", RiskIndicator.values());
    model.addAttribute("sexes", Sex.values());
    if (form.isNewChild()) {
      model.addAttribute("districts", directory.districts(user.partnershipId()));
    } else {
      UUID childId = Texts.uuid(form.getChildId());
      model.addAttribute(
          "child",
          search.chosen(user, childId, verbal ? "record a phone referral" : "raise a concern"));
    }
    if (verbal) {
      Map<String, List<UserView>> referrers =
          directory.referrers(user.partnershipId()).stream()
              .collect(
                  Collectors.groupingBy(UserView::agencyName, TreeMap::new, Collectors.toList()));
      model.addAttribute("referrers", referrers);
      model.addAttribute("referrerKinds", ReferrerKind.values());
    }
    return VIEW;
  }

  /** No district chosen, or one of this person's partnership. */
  boolean isDistrictOf(CurrentUser user, @Nullable String districtId) {
    UUID id = Texts.uuid(districtId);
    return districtId == null
        || districtId.isBlank()
        || (id != null
            && directory.districts(user.partnershipId()).stream().anyMatch(d -> d.id().equals(id)));
  }

  static ConcernForm blank(UUID child, boolean newChild) {
    ConcernForm form = new ConcernForm();
    form.setToken(UUID.randomUUID().toString());
    form.setNewChild(newChild || child == null);
    if (child != null && !newChild) {
      form.setChildId(child.toString());
    }
    return form;
  }
}
