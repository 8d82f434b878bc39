package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.access.Permission.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lantern.casework.Cases;
import org.lantern.casework.NetworkRole;
import org.lantern.casework.ProfessionalNetwork;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.Adults;
import org.lantern.lists.ListCrossReference;
import org.lantern.lists.ListKind;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.lantern.notify.Inbox;
import org.lantern.notify.NotificationKind;
import org.lantern.panel.EscalationReview;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.NewAction;
import org.lantern.panel.PanelActions;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.people.PersonIndex;
import org.lantern.people.PersonLinkQueue;
import org.lantern.people.PersonLinking;
import org.lantern.people.PersonRecordInput;
import org.lantern.platform.LanternTime;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.risk.CommissionedService;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.strategy.ChildMeetings;
import org.lantern.strategy.MeetingKind;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every refusal is audited, whatever the path: every controller mapping and API operation is called
 * by someone whose role may not use it, and must answer with a refusal (403, or 404 where a record
 * stays hidden) and leave a REFUSED row in the audit log for that person and that attempt. Then the
 * refusals that depend on the record rather than the role (a chair's minutes, another system's
 * concern, an episode another agency recorded) are tried one by one.
 *
 * <p>Who may use a mapping is written in {@link #MAPPINGS} as the permissions that open it; the
 * person refused is one whose role holds none of them, read from each {@link Role}'s list. A
 * mapping nobody has written down fails {@link #everyMappingIsWrittenDown}; one written down
 * without a guard in the code fails its own case below.
 */
@IntegrationTest
class EveryRefusalIsAuditedIntegrationTests {

  /** How a mapping may be used: by whom, and what it needs sent to reach its guard. */
  record Use(
      Set<Permission> anyOf,
      boolean partnerSystemsOnly,
      @Nullable String openBecause,
      @Nullable Role refused,
      Map<String, String> params) {

    Use with(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(params);
      more.put(name, value);
      return new Use(anyOf, partnerSystemsOnly, openBecause, refused, more);
    }

    /** Tried as this role (the brief's own examples), rather than the one picked. */
    Use refusing(Role role) {
      return new Use(anyOf, partnerSystemsOnly, openBecause, role, params);
    }

    /** The people (not partner systems) whose role may not use it. */
    List<Role> refusedRoles() {
      if (openBecause != null) {
        return List.of();
      }
      return Arrays.stream(Role.values())
          .filter(r -> r != Role.PARTNER_SYSTEM)
          .filter(r -> partnerSystemsOnly || anyOf.stream().noneMatch(r::permits))
          .toList();
    }
  }

  static Use needs(Permission... anyOf) {
    return new Use(EnumSet.copyOf(List.of(anyOf)), false, null, null, Map.of());
  }

  /** The partner API: partner systems only (the address rules refuse anyone else). */
  static Use partnerSystems() {
    return new Use(EnumSet.noneOf(Permission.class), true, null, null, Map.of());
  }

  static Use open(String because) {
    return new Use(EnumSet.noneOf(Permission.class), false, because, null, Map.of());
  }

  /**
   * Every mapping, as "METHOD /pattern" ("ANY" when it takes every method), and who may use it.
   * Values in braces in a parameter are ids from the fixture.
   */
  static final Map<String, Use> MAPPINGS =
      new TreeMap<>(
          Map.ofEntries(
              // public: no one signed in is needed, so nobody is refused
              Map.entry("GET /sign-in", open("the sign-in page")),
              Map.entry("GET /accessibility", open("the accessibility statement, for everyone")),
              Map.entry("ANY /error", open("the error page, shown to whoever met an error")),
              Map.entry(
                  "ANY /form-not-sent",
                  open(
                      "says a form was not sent (expired session or page): the sender's own text")),
              Map.entry("GET /api/openapi", open("the API's description: no personal data")),
              Map.entry("GET /api/openapi.yaml", open("the API's description: no personal data")),
              Map.entry("GET /api/openapi/swagger-config", open("the API page's settings")),
              Map.entry("GET /api/docs", open("the API reference page: no personal data")),
              // open to everyone signed in: each shows only the person's own things
              Map.entry("GET /", open("home: what is waiting for this person")),
              Map.entry("GET /inbox", open("a person's own inbox")),
              Map.entry(
                  "GET /casework",
                  open("a group of navigation links: only the person's own; each page checks")),
              Map.entry(
                  "GET /concerns",
                  open("a group of navigation links: only the person's own; each page checks")),
              Map.entry(
                  "GET /children",
                  open("a group of navigation links: only the person's own; each page checks")),
              Map.entry(
                  "GET /missing",
                  open("a group of navigation links: only the person's own; each page checks")),
              Map.entry(
                  "GET /panel-work",
                  open("a group of navigation links: only the person's own; each page checks")),
              Map.entry(
                  "GET /intelligence",
                  open("a group of navigation links: only the person's own; each page checks")),
              Map.entry(
                  "GET /reports",
                  open("a group of navigation links: only the person's own; each page checks")),
              Map.entry(
                  "POST /inbox/{notificationId}",
                  open("opens one's own notice; another's is refused (a record case below)")),
              Map.entry(
                  "POST /inbox/alerts/{alertId}",
                  open("opens one's own alert; another's is refused (AlertsIntegrationTests)")),
              Map.entry(
                  "GET /panel-actions",
                  open("one's own panel actions: anyone may be given one to do")),
              // access
              Map.entry("GET /audit", needs(EXPORT_AUDIT_LOG)),
              // admin
              Map.entry("GET /admin/accounts", needs(MANAGE_ACCOUNTS)),
              Map.entry("GET /admin/accounts/new", needs(MANAGE_ACCOUNTS)),
              Map.entry("POST /admin/accounts/new", needs(MANAGE_ACCOUNTS)),
              Map.entry("GET /admin/accounts/{accountId}", needs(MANAGE_ACCOUNTS)),
              Map.entry("POST /admin/accounts/{accountId}", needs(MANAGE_ACCOUNTS)),
              Map.entry("POST /admin/accounts/{accountId}/unlock", needs(MANAGE_ACCOUNTS)),
              Map.entry("POST /admin/accounts/{accountId}/close", needs(MANAGE_ACCOUNTS)),
              Map.entry("POST /admin/accounts/{accountId}/invitation", needs(MANAGE_ACCOUNTS)),
              Map.entry("GET /admin/accounts/bulk", needs(MANAGE_ACCOUNTS)),
              Map.entry("POST /admin/accounts/bulk", needs(MANAGE_ACCOUNTS)),
              Map.entry(
                  "POST /admin/accounts/bulk/apply", needs(MANAGE_ACCOUNTS).with("csv", "email")),
              Map.entry("GET /admin/structure", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("GET /service-teams", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("POST /service-teams", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("GET /service-teams/{teamId}", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("POST /service-teams/{teamId}", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("POST /service-teams/{teamId}/close", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("GET /admin/single-sign-on", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "GET /admin/single-sign-on/mappings/new", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "POST /admin/single-sign-on/mappings/new",
                  needs(MANAGE_PARTNERSHIP_STRUCTURE).with("value", "g-staff")),
              Map.entry(
                  "GET /admin/single-sign-on/mappings/{mappingId}",
                  needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "POST /admin/single-sign-on/mappings/{mappingId}",
                  needs(MANAGE_PARTNERSHIP_STRUCTURE).with("value", "g-staff")),
              Map.entry(
                  "POST /admin/single-sign-on/mappings/{mappingId}/remove",
                  needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("GET /admin/single-sign-on/accounts", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "POST /admin/single-sign-on/accounts",
                  needs(MANAGE_PARTNERSHIP_STRUCTURE).with("accounts", "CREATE")),
              Map.entry("GET /admin/partner-systems", needs(MANAGE_PARTNER_SYSTEMS)),
              Map.entry("GET /admin/partner-systems/new", needs(MANAGE_PARTNER_SYSTEMS)),
              Map.entry("POST /admin/partner-systems/new", needs(MANAGE_PARTNER_SYSTEMS)),
              Map.entry("GET /admin/partner-systems/{clientId}", needs(MANAGE_PARTNER_SYSTEMS)),
              Map.entry(
                  "POST /admin/partner-systems/{clientId}/rotate",
                  needs(MANAGE_PARTNER_SYSTEMS).with("overlapHours", "24")),
              Map.entry(
                  "POST /admin/partner-systems/{clientId}/revoke", needs(MANAGE_PARTNER_SYSTEMS)),
              Map.entry(
                  "POST /admin/partner-systems/{clientId}/source-system",
                  needs(MANAGE_PARTNER_SYSTEMS).with("sourceSystem", "RENAMED")),
              Map.entry("GET /governance/agreements", needs(MANAGE_SHARING_AGREEMENTS)),
              Map.entry("GET /governance/agreements/new", needs(MANAGE_SHARING_AGREEMENTS)),
              Map.entry("POST /governance/agreements/new", needs(MANAGE_SHARING_AGREEMENTS)),
              Map.entry(
                  "GET /governance/agreements/{agreementId}", needs(MANAGE_SHARING_AGREEMENTS)),
              Map.entry(
                  "POST /governance/agreements/{agreementId}", needs(MANAGE_SHARING_AGREEMENTS)),
              Map.entry(
                  "POST /governance/agreements/{agreementId}/end",
                  needs(MANAGE_SHARING_AGREEMENTS)),
              Map.entry("GET /governance/retention", needs(MANAGE_RETENTION)),
              Map.entry("POST /governance/retention/check", needs(MANAGE_RETENTION)),
              Map.entry(
                  "POST /governance/retention/rules/{recordKind}",
                  needs(MANAGE_RETENTION).with("months", "12")),
              Map.entry(
                  "POST /governance/retention/reviews/{reviewId}/delete", needs(MANAGE_RETENTION)),
              Map.entry("GET /governance/children/{childId}", needs(MANAGE_RETENTION)),
              Map.entry(
                  "POST /governance/children/{childId}/holds",
                  needs(MANAGE_RETENTION).with("reason", "Inquiry")),
              Map.entry(
                  "POST /governance/children/{childId}/holds/{holdId}/lift",
                  needs(MANAGE_RETENTION).with("reason", "Inquiry over")),
              Map.entry(
                  "POST /governance/children/{childId}/subject-access",
                  needs(EXPORT_SUBJECT_ACCESS).with("format", "JSON")),
              Map.entry("GET /governance/adults", needs(EXPORT_SUBJECT_ACCESS)),
              Map.entry("GET /governance/adults/{adultId}", needs(EXPORT_SUBJECT_ACCESS)),
              Map.entry(
                  "POST /governance/adults/{adultId}/subject-access",
                  needs(EXPORT_SUBJECT_ACCESS).with("format", "JSON")),
              Map.entry("GET /admin/structure/{kind}", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry("POST /admin/structure/{kind}", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "GET /admin/structure/{kind}/{unitId}", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "POST /admin/structure/{kind}/{unitId}", needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "POST /admin/structure/{kind}/{unitId}/close",
                  needs(MANAGE_PARTNERSHIP_STRUCTURE)),
              Map.entry(
                  "GET /invitation/{token}",
                  open("a new person's invitation link: the token is the key, checked by admin")),
              Map.entry(
                  "POST /invitation/{token}",
                  open("sets the password of the invitation's own account, once, with its token")),
              Map.entry(
                  "GET /first-run",
                  open("an empty install's first run: not found once a partnership exists")),
              Map.entry(
                  "POST /first-run",
                  open("an empty install's first run: needs the set-up code from the log")),
              Map.entry(
                  "GET /audit/export",
                  needs(EXPORT_AUDIT_LOG)
                      .refusing(Role.PARTNERSHIP_ADMIN)
                      .with("from.day", "1")
                      .with("from.month", "1")
                      .with("from.year", "2026")
                      .with("to.day", "2")
                      .with("to.month", "1")
                      .with("to.year", "2026")),
              Map.entry("GET /audit/break-glass", needs(REVIEW_BREAK_GLASS)),
              Map.entry("GET /audit/break-glass/reviewed", needs(REVIEW_BREAK_GLASS)),
              Map.entry(
                  "POST /audit/break-glass/{grantId}",
                  needs(REVIEW_BREAK_GLASS).with("outcome", "APPROPRIATE").with("version", "0")),
              Map.entry("GET /break-glass/{childId}", needs(VIEW_CHILD_RECORD)),
              Map.entry(
                  "POST /break-glass/{childId}",
                  needs(VIEW_CHILD_RECORD).with("reason", "Trying to read a record")),
              // people
              Map.entry("GET /children/find", needs(VIEW_CHILD_RECORD)),
              // flags: the check from unscheduled care
              Map.entry("GET /flags/setting", needs(CHECK_FLAGS)),
              Map.entry("POST /flags/setting", needs(CHECK_FLAGS).with("setting", "Ward 9")),
              Map.entry("GET /flags/check", needs(CHECK_FLAGS)),
              Map.entry("POST /flags/check", needs(CHECK_FLAGS).with("nhsNumber", "9434765919")),
              Map.entry("GET /children/{childId}", needs(VIEW_CHILD_RECORD)),
              Map.entry("GET /children/{childId}/file.pdf", needs(VIEW_CHILD_RECORD)),
              Map.entry("GET /children/{childId}/audit", needs(VIEW_CHILD_AUDIT)),
              Map.entry("GET /children/{childId}/placement", needs(RECORD_PLACEMENT)),
              Map.entry(
                  "POST /children/{childId}/placement",
                  needs(RECORD_PLACEMENT).with("placement", "HOME")),
              Map.entry(
                  "POST /children/{childId}/placement/end",
                  needs(RECORD_PLACEMENT).with("endedOn.day", "1")),
              Map.entry("GET /person-index/review", needs(REVIEW_PERSON_LINKS)),
              Map.entry("GET /person-index/pairs/{linkId}", needs(REVIEW_PERSON_LINKS)),
              Map.entry(
                  "POST /person-index/pairs/{linkId}/decision",
                  needs(REVIEW_PERSON_LINKS).with("decision", "CONFIRM").with("version", "0")),
              Map.entry("GET /person-index/upload", needs(UPLOAD_PERSON_RECORDS)),
              Map.entry("POST /person-index/upload", needs(UPLOAD_PERSON_RECORDS)),
              Map.entry("POST /api/v1/person-records", partnerSystems()),
              Map.entry("GET /possible-matches", needs(RESOLVE_POSSIBLE_MATCH)),
              Map.entry("GET /possible-matches/{id}", needs(RESOLVE_POSSIBLE_MATCH)),
              Map.entry(
                  "POST /possible-matches/{id}",
                  needs(RESOLVE_POSSIBLE_MATCH).with("decision", "KEEP_APART")),
              Map.entry("GET /concerns/{concernId}/move", needs(RESOLVE_POSSIBLE_MATCH)),
              Map.entry("POST /concerns/{concernId}/move", needs(RESOLVE_POSSIBLE_MATCH)),
              Map.entry("GET /missing/episodes/{episodeId}/move", needs(RESOLVE_POSSIBLE_MATCH)),
              Map.entry("POST /missing/episodes/{episodeId}/move", needs(RESOLVE_POSSIBLE_MATCH)),
              // referral
              Map.entry("GET /concerns/new", needs(RAISE_CONCERN)),
              Map.entry("POST /concerns/new", needs(RAISE_CONCERN)),
              Map.entry("GET /concerns/{concernId}", needs(VIEW_CHILD_RECORD)),
              Map.entry("GET /concerns/{concernId}/submitted", needs(VIEW_OWN_REFERRAL)),
              Map.entry("GET /front-door", needs(DECIDE_CONCERN)),
              Map.entry("GET /front-door/concerns/{concernId}", needs(DECIDE_CONCERN)),
              Map.entry(
                  "POST /front-door/concerns/{concernId}/decision",
                  needs(DECIDE_CONCERN)
                      .refusing(Role.PRACTITIONER)
                      .with("decision", "NO_FURTHER_ACTION")
                      .with("reasons", "A teacher trying to decide")
                      .with("version", "0")),
              Map.entry(
                  "POST /front-door/concerns/{concernId}/confirmation",
                  needs(RECORD_VERBAL_REFERRAL)),
              Map.entry("POST /front-door/concerns/{concernId}/pick-up", needs(DECIDE_CONCERN)),
              Map.entry("POST /front-door/concerns/{concernId}/put-down", needs(DECIDE_CONCERN)),
              Map.entry("GET /front-door/verbal/new", needs(RECORD_VERBAL_REFERRAL)),
              Map.entry("POST /front-door/verbal/new", needs(RECORD_VERBAL_REFERRAL)),
              Map.entry("GET /referrals", needs(VIEW_OWN_REFERRAL)),
              Map.entry("GET /referrals/{concernId}", needs(VIEW_OWN_REFERRAL)),
              Map.entry("GET /referrals/{concernId}/confirm", needs(VIEW_OWN_REFERRAL)),
              Map.entry("POST /referrals/{concernId}/confirm", needs(VIEW_OWN_REFERRAL)),
              Map.entry("POST /api/v1/concerns", partnerSystems()),
              Map.entry("GET /api/v1/concerns/{concernId}", partnerSystems()),
              // risk
              Map.entry("GET /screenings", needs(COMPLETE_SCREENING)),
              Map.entry(
                  "POST /children/{childId}/screenings",
                  needs(COMPLETE_SCREENING).with("tool", "panel-screening")),
              Map.entry("GET /screenings/{id}", needs(VIEW_CHILD_RECORD)),
              Map.entry("GET /screenings/{id}/answers", needs(COMPLETE_SCREENING)),
              Map.entry("POST /screenings/{id}/answers", needs(COMPLETE_SCREENING)),
              Map.entry("GET /screenings/{id}/check", needs(COMPLETE_SCREENING)),
              Map.entry("POST /screenings/{id}/submit", needs(COMPLETE_SCREENING)),
              Map.entry("POST /screenings/{id}/sign-off", needs(SIGN_OFF_SCREENING)),
              Map.entry("GET /service-referrals", needs(ACCEPT_SERVICE_REFERRAL)),
              Map.entry("GET /service-referrals/{id}", needs(ACCEPT_SERVICE_REFERRAL)),
              Map.entry(
                  "POST /service-referrals/{id}/decide",
                  needs(ACCEPT_SERVICE_REFERRAL).with("version", "0")),
              Map.entry(
                  "POST /service-referrals/{id}/close",
                  needs(ACCEPT_SERVICE_REFERRAL).with("version", "0")),
              Map.entry("GET /service-referrals/figures", needs(VIEW_MISSING_FIGURES)),
              Map.entry("GET /service-referrals/figures.csv", needs(VIEW_MISSING_FIGURES)),
              Map.entry("GET /screening-tools", needs(MANAGE_SCREENING_TOOLS)),
              Map.entry("GET /screening-tools/new", needs(MANAGE_SCREENING_TOOLS)),
              Map.entry("GET /screening-tools/{key}", needs(MANAGE_SCREENING_TOOLS)),
              Map.entry("POST /screening-tools", needs(MANAGE_SCREENING_TOOLS)),
              Map.entry("POST /screening-tools/example", needs(MANAGE_SCREENING_TOOLS)),
              Map.entry("GET /tracker", needs(VIEW_TRACKER)),
              Map.entry(
                  "GET /tracker/export.csv", needs(VIEW_TRACKER).refusing(Role.STRATEGIC_LEAD)),
              Map.entry("GET /tracker/compliance", needs(VIEW_COMPLIANCE)),
              // missing
              Map.entry("GET /missing/episodes/new", needs(RECORD_MISSING_EPISODE)),
              Map.entry("POST /missing/episodes/new", needs(RECORD_MISSING_EPISODE)),
              Map.entry("GET /missing/episodes/{episodeId}", needs(RECORD_MISSING_EPISODE)),
              Map.entry("GET /missing/episodes/upload", needs(UPLOAD_MISSING_EPISODES)),
              Map.entry("POST /missing/episodes/upload", needs(UPLOAD_MISSING_EPISODES)),
              Map.entry("GET /missing/interviews", needs(RECORD_RETURN_INTERVIEW)),
              Map.entry("GET /missing/interviews/{episodeId}", needs(RECORD_RETURN_INTERVIEW)),
              Map.entry("POST /missing/interviews/{episodeId}", needs(RECORD_RETURN_INTERVIEW)),
              Map.entry("GET /missing/figures", needs(VIEW_MISSING_FIGURES)),
              Map.entry("GET /missing/figures.csv", needs(VIEW_MISSING_FIGURES)),
              Map.entry("POST /api/v1/missing-episodes", partnerSystems()),
              // intelligence
              Map.entry("GET /adults", needs(VIEW_INTELLIGENCE_LINKS)),
              Map.entry("GET /adults/{adultId}", needs(VIEW_INTELLIGENCE_LINKS)),
              Map.entry("GET /intelligence-links/new", needs(RECORD_INTELLIGENCE_LINK)),
              Map.entry(
                  "POST /intelligence-links/new",
                  needs(RECORD_INTELLIGENCE_LINK).with("adultId", "{adultId}")),
              Map.entry("GET /abduction-notices/new", needs(SERVE_ABDUCTION_NOTICE)),
              Map.entry("POST /abduction-notices/new", needs(SERVE_ABDUCTION_NOTICE)),
              Map.entry("GET /abduction-notices", needs(VIEW_ABDUCTION_NOTICES)),
              Map.entry("GET /abduction-notices.csv", needs(VIEW_ABDUCTION_NOTICES)),
              // panel
              Map.entry("GET /panels", needs(MANAGE_PANELS, RUN_PANEL)),
              Map.entry("GET /panels/{panelId}", needs(MANAGE_PANELS, RUN_PANEL)),
              Map.entry("POST /panels/{panelId}", needs(MANAGE_PANELS)),
              Map.entry("POST /panels/{panelId}/meetings", needs(RUN_PANEL)),
              Map.entry("GET /panels/new", needs(MANAGE_PANELS, RUN_PANEL)),
              Map.entry("POST /panels/new", needs(MANAGE_PANELS)),
              Map.entry("GET /panels/{panelId}/reviews", needs(MANAGE_PANELS, RUN_PANEL)),
              Map.entry("POST /panels/{panelId}/reviews", needs(MANAGE_PANELS)),
              Map.entry("GET /panels/county-managers", needs(MANAGE_PANELS, RUN_PANEL)),
              Map.entry("POST /panels/county-managers", needs(MANAGE_PANELS)),
              Map.entry("GET /panel-referrals/new", needs(RUN_PANEL)),
              Map.entry("POST /panel-referrals", needs(RUN_PANEL).with("childId", "{childId}")),
              Map.entry("GET /panel-referrals", needs(RUN_PANEL)),
              Map.entry("POST /panel-referrals/{id}/accept", needs(RUN_PANEL)),
              Map.entry("GET /panel-referrals/{id}/decline", needs(RUN_PANEL)),
              Map.entry("POST /panel-referrals/{id}/decline", needs(RUN_PANEL)),
              Map.entry("GET /panel-meetings/{id}", needs(RUN_PANEL)),
              Map.entry("POST /panel-meetings/{id}/build", needs(RUN_PANEL)),
              Map.entry("POST /panel-meetings/{id}/agree", needs(RUN_PANEL).with("version", "0")),
              Map.entry(
                  "POST /panel-meetings/{id}/add",
                  needs(RUN_PANEL).with("childId", "{childId}").with("reason", "Added")),
              Map.entry("GET /panel-meetings/{id}/children/{childId}/remove", needs(RUN_PANEL)),
              Map.entry(
                  "POST /panel-meetings/{id}/children/{childId}/remove",
                  needs(RUN_PANEL).with("reason", "Taken off")),
              Map.entry(
                  "POST /panel-meetings/{id}/children/{childId}/noting",
                  needs(RUN_PANEL).with("noting", "true")),
              Map.entry(
                  "GET /panel-meetings/{id}/minutes", needs(RUN_PANEL, APPROVE_PANEL_MINUTES)),
              Map.entry("POST /panel-meetings/{id}/attendance", needs(RUN_PANEL)),
              Map.entry(
                  "POST /panel-meetings/{id}/approve",
                  needs(APPROVE_PANEL_MINUTES).refusing(Role.PANEL_MEMBER).with("version", "0")),
              Map.entry(
                  "GET /panel-meetings/{id}/children/{childId}",
                  needs(RUN_PANEL, APPROVE_PANEL_MINUTES)),
              Map.entry(
                  "POST /panel-meetings/{id}/children/{childId}",
                  needs(RUN_PANEL, APPROVE_PANEL_MINUTES).with("decision", "CONTINUE")),
              Map.entry(
                  "POST /panel-meetings/{id}/actions/{actionId}/remove",
                  needs(RUN_PANEL).with("childId", "{childId}")),
              Map.entry(
                  "POST /panel-meetings/{meetingId}/actions/{id}/status",
                  needs(UPDATE_PANEL_ACTION).with("version", "0").with("status", "CANCELLED")),
              Map.entry(
                  "POST /panel-actions/{id}/done", needs(UPDATE_PANEL_ACTION).with("version", "0")),
              Map.entry("GET /panel-packs", needs(VIEW_PANEL_PACK)),
              Map.entry("GET /panel-meetings/{id}/pack", needs(VIEW_PANEL_PACK)),
              Map.entry("GET /panel-meetings/{id}/pack.pdf", needs(VIEW_PANEL_PACK)),
              Map.entry("GET /escalations", needs(REVIEW_ESCALATION, RUN_PANEL)),
              Map.entry("GET /escalations/{id}", needs(REVIEW_ESCALATION, RUN_PANEL)),
              Map.entry(
                  "POST /escalations/{id}",
                  needs(REVIEW_ESCALATION).with("version", "0").with("decision", "Keep going")),
              Map.entry("GET /panels/lists", needs(CROSS_REFERENCE_LISTS)),
              Map.entry("POST /panels/lists", needs(CROSS_REFERENCE_LISTS)),
              Map.entry("GET /panels/lists/{listId}", needs(CROSS_REFERENCE_LISTS)),
              Map.entry(
                  "POST /panels/lists/{listId}/rows/{rowId}",
                  needs(CROSS_REFERENCE_LISTS).with("choice", "NONE")),
              Map.entry(
                  "GET /panels/report-cards", needs(VIEW_REPORT_CARD, VIEW_PUBLISHED_REPORT_CARD)),
              Map.entry(
                  "GET /panels/report-cards/{meetingId}",
                  needs(VIEW_REPORT_CARD, VIEW_PUBLISHED_REPORT_CARD)),
              Map.entry(
                  "GET /panels/report-cards/{meetingId}/pdf",
                  needs(VIEW_REPORT_CARD, VIEW_PUBLISHED_REPORT_CARD)),
              Map.entry("GET /panels/report-cards/{meetingId}/text", needs(WRITE_REPORT_CARD)),
              Map.entry("POST /panels/report-cards/{meetingId}/text", needs(WRITE_REPORT_CARD)),
              // the period data report
              Map.entry(
                  "GET /reports/period",
                  needs(
                      VIEW_PERIOD_REPORT,
                      VIEW_PARTNERS_PERIOD_REPORT,
                      VIEW_PUBLISHED_PERIOD_REPORT,
                      VIEW_EXEMPT_PERIOD_REPORT)),
              Map.entry(
                  "GET /reports/period.csv",
                  needs(VIEW_PERIOD_REPORT)
                      .with("from", "2026-01-01")
                      .with("to", "2026-01-31")
                      .with("audience", "INTERNAL")),
              Map.entry(
                  "GET /reports/period.pdf",
                  needs(VIEW_PERIOD_REPORT)
                      .with("from", "2026-01-01")
                      .with("to", "2026-01-31")
                      .with("audience", "INTERNAL")),
              Map.entry("GET /reports/thresholds", needs(MANAGE_REPORT_THRESHOLDS)),
              Map.entry("POST /reports/thresholds", needs(MANAGE_REPORT_THRESHOLDS)),
              // scrutiny: the outcomes framework, KPIs, the work programme and packs
              Map.entry("GET /scrutiny/indicators", needs(DEFINE_INDICATORS)),
              Map.entry("GET /scrutiny/indicators/new", needs(DEFINE_INDICATORS)),
              Map.entry("POST /scrutiny/indicators", needs(DEFINE_INDICATORS)),
              Map.entry("GET /scrutiny/indicators/{indicatorId}/change", needs(DEFINE_INDICATORS)),
              Map.entry("POST /scrutiny/indicators/{indicatorId}/change", needs(DEFINE_INDICATORS)),
              Map.entry("POST /scrutiny/indicators/{indicatorId}/key", needs(DEFINE_INDICATORS)),
              Map.entry(
                  "POST /scrutiny/quarters/close",
                  needs(DEFINE_INDICATORS).with("quarter", "2025-Q1")),
              Map.entry("GET /scrutiny/returns", needs(ENTER_INDICATOR_RETURN)),
              Map.entry("POST /scrutiny/returns", needs(ENTER_INDICATOR_RETURN)),
              Map.entry("GET /scrutiny/framework", needs(VIEW_OUTCOMES)),
              Map.entry("GET /scrutiny/framework/csv", needs(VIEW_OUTCOMES)),
              Map.entry("GET /scrutiny/framework/pdf", needs(VIEW_OUTCOMES)),
              Map.entry("GET /scrutiny/kpis", needs(VIEW_OUTCOMES)),
              Map.entry(
                  "GET /scrutiny/committees", needs(MANAGE_WORK_PROGRAMME, READ_COMMITTEE_PAPERS)),
              Map.entry("POST /scrutiny/committees", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "GET /scrutiny/committees/{committeeId}",
                  needs(MANAGE_WORK_PROGRAMME, READ_COMMITTEE_PAPERS)),
              Map.entry(
                  "GET /scrutiny/committees/{committeeId}/members", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "POST /scrutiny/committees/{committeeId}/members", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "GET /scrutiny/committees/{committeeId}/meetings/new",
                  needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "POST /scrutiny/committees/{committeeId}/meetings", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "GET /scrutiny/committees/{committeeId}/items/new", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "POST /scrutiny/committees/{committeeId}/items", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "GET /scrutiny/items/{itemId}",
                  needs(MANAGE_WORK_PROGRAMME, READ_COMMITTEE_PAPERS)),
              Map.entry("POST /scrutiny/items/{itemId}", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "GET /scrutiny/meetings/{meetingId}/packs/new", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry("POST /scrutiny/meetings/{meetingId}/packs", needs(MANAGE_WORK_PROGRAMME)),
              Map.entry(
                  "GET /scrutiny/packs/{packId}",
                  needs(MANAGE_WORK_PROGRAMME, READ_COMMITTEE_PAPERS)),
              Map.entry(
                  "GET /scrutiny/packs/{packId}/pdf",
                  needs(MANAGE_WORK_PROGRAMME, READ_COMMITTEE_PAPERS)),
              Map.entry("POST /scrutiny/packs/{packId}/publish", needs(MANAGE_WORK_PROGRAMME)),
              // casework
              Map.entry("GET /casework/queue", needs(VIEW_TEAM_QUEUE)),
              Map.entry("GET /casework/team", needs(VIEW_TEAM_QUEUE)),
              Map.entry("GET /my-children", needs(HOLD_CASES)),
              Map.entry("GET /children/{childId}/network", needs(VIEW_CHILD_RECORD)),
              Map.entry(
                  "POST /children/{childId}/network",
                  needs(RECORD_NETWORK)
                      .with("role", "GP")
                      .with("name", "Dr A")
                      .with("agency", "GP")),
              Map.entry(
                  "POST /children/{childId}/network/{memberId}/end",
                  needs(RECORD_NETWORK).with("version", "0")),
              Map.entry("GET /cases/{caseId}", needs(VIEW_CHILD_RECORD)),
              // strategy
              Map.entry("GET /children/{childId}/strategy/new", needs(RECORD_MEETINGS)),
              Map.entry("POST /children/{childId}/strategy", needs(RECORD_MEETINGS)),
              Map.entry("GET /strategy/meetings/{strategyMeetingId}", needs(VIEW_CHILD_RECORD)),
              Map.entry(
                  "GET /strategy/meetings/{strategyMeetingId}/record", needs(RECORD_MEETINGS)),
              Map.entry(
                  "POST /strategy/meetings/{strategyMeetingId}/record",
                  needs(RECORD_MEETINGS).with("version", "0")),
              Map.entry("GET /children/{childId}/conferences/new", needs(RECORD_MEETINGS)),
              Map.entry("POST /children/{childId}/conferences", needs(RECORD_MEETINGS)),
              Map.entry("GET /cases/{caseId}/allocate", needs(ALLOCATE_CASE)),
              Map.entry("POST /cases/{caseId}/allocate", needs(ALLOCATE_CASE).with("version", "0")),
              Map.entry(
                  "POST /cases/{caseId}/reference",
                  needs(CLOSE_CASE).with("version", "0").with("reference", "X1")),
              Map.entry(
                  "POST /cases/{caseId}/transfer",
                  needs(TRANSFER_CASE).with("version", "0").with("to", "AUTHORITY")),
              Map.entry(
                  "POST /cases/{caseId}/close",
                  needs(CLOSE_CASE).with("version", "0").with("reason", "Done"))));

  private static final LocalDate FIRST = LocalDate.of(2026, 1, 14);
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private static TestPartnership p;
  private static Map<String, String> ids;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired PanelActions panelActions;
  @Autowired EscalationReview escalations;
  @Autowired CommissionedService service;
  @Autowired Episodes episodes;
  @Autowired Inbox inbox;
  @Autowired BreakGlass breakGlass;
  @Autowired BreakGlassReviews reviews;
  @Autowired ListCrossReference lists;
  @Autowired PersonIndex personIndex;
  @Autowired PersonLinking linking;
  @Autowired PersonLinkQueue linkQueue;
  @Autowired Adults adults;
  @Autowired MutableClock clock;
  @Autowired FrontDoor frontDoor;
  @Autowired Cases cases;
  @Autowired ProfessionalNetwork network;
  @Autowired ChildMeetings strategyMeetings;
  @Autowired Relationships relationships;

  @BeforeEach
  void setUp() {
    if (p == null) {
      build();
    }
    clock.reset();
  }

  @Test
  void everyMappingIsWrittenDown() {
    Set<String> mapped = new TreeSet<>();
    mappings().forEach(m -> mapped.add(m.key()));
    assertThat(mapped)
        .as("mappings with no line in MAPPINGS: say who may use them")
        .isSubsetOf(MAPPINGS.keySet());
    assertThat(MAPPINGS.keySet())
        .as("lines in MAPPINGS for mappings that are gone")
        .isSubsetOf(mapped);
  }

  @Test
  void everyGuardedMappingRefusesSomeone() {
    MAPPINGS.forEach(
        (key, use) -> {
          if (use.openBecause() == null) {
            assertThat(use.refusedRoles()).as(key + ": some role must be refused").isNotEmpty();
          }
          if (use.refused() != null) {
            assertThat(use.refusedRoles()).as(key).contains(use.refused());
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> everyMappingRefusesARoleThatMayNotUseItAndAuditsTheRefusal() {
    List<DynamicTest> tests = new ArrayList<>();
    int n = 0;
    for (Mapping m : mappings()) {
      Use use = MAPPINGS.get(m.key());
      if (use == null || use.openBecause() != null) {
        continue;
      }
      List<Role> refused = use.refusedRoles();
      Role role = use.refused() != null ? use.refused() : refused.get(n++ % refused.size());
      tests.add(
          DynamicTest.dynamicTest(
              m.key() + (m.consumes() == null ? "" : " (" + m.consumes() + ")") + " as " + role,
              () -> assertRefusedAndAudited(m, use, role)));
    }
    return tests.stream();
  }

  // Refusals that depend on the record, not the role: each audited with the record and why.

  @Test
  void aTeamManagerWhoDoesNotChairThePanelCannotApproveItsMinutes() throws Exception {
    String other = person(Role.TEAM_MANAGER, p.councilId(), p.teamId());
    MvcResult result =
        perform(
            HttpMethod.POST,
            "/panel-meetings/" + ids.get("meeting") + "/approve",
            other,
            Map.of("version", "0"),
            null);
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    assertRefusalRow(other, "APPROVE_PANEL_MINUTES", ids.get("meeting"), "NOT_CHAIR");
  }

  @Test
  void aPanelMemberOfAnAgencyNotOnThePanelCannotReadItsPack() throws Exception {
    String outsider = person(Role.PANEL_MEMBER, p.charityId(), null);
    MvcResult result =
        perform(
            HttpMethod.GET,
            "/panel-meetings/" + ids.get("meeting") + "/pack",
            outsider,
            Map.of(),
            null);
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    assertRefusalRow(outsider, "VIEW_PANEL_PACK", ids.get("meeting"), "NOT_CHAIR_OR_MEMBER_AGENCY");
  }

  @Test
  void aTeamManagerWhoIsNotACountyManagerCannotDecideAnEscalation() throws Exception {
    String other = person(Role.TEAM_MANAGER, p.councilId(), p.teamId());
    MvcResult result =
        perform(
            HttpMethod.POST,
            "/escalations/" + ids.get("escalation"),
            other,
            Map.of("version", "0", "decision", "Keep going"),
            null);
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    assertRefusalRow(other, "REVIEW_ESCALATION", ids.get("escalation"), "NOT_COUNTY_MANAGER");
  }

  @Test
  void someoneWhoDoesNotOwnAPanelActionCannotMarkItDone() throws Exception {
    String police = p.username(Role.POLICE);
    MvcResult result =
        perform(
            HttpMethod.POST,
            "/panel-actions/" + ids.get("action") + "/done",
            police,
            Map.of("version", "0"),
            null);
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    assertRefusalRow(police, "UPDATE_PANEL_ACTION", ids.get("action"), "NOT_ACTION_OWNER");
  }

  @Test
  void anEpisodeAnotherAgencyRecordedIsNotFoundAndTheAttemptIsAudited() throws Exception {
    String school = p.username(Role.PRACTITIONER);
    MvcResult result =
        perform(HttpMethod.GET, "/missing/episodes/" + ids.get("episode"), school, Map.of(), null);
    assertThat(result.getResponse().getStatus()).isEqualTo(404);
    assertRefusalRow(
        school, "RECORD_MISSING_EPISODE", ids.get("episode"), "NOT_RECORDED_BY_AGENCY");
  }

  @Test
  void someoneElsesNoticeIsNotFoundAndTheAttemptIsAudited() throws Exception {
    String police = p.username(Role.POLICE);
    MvcResult result =
        perform(HttpMethod.POST, "/inbox/" + ids.get("notification"), police, Map.of(), null);
    assertThat(result.getResponse().getStatus()).isEqualTo(404);
    assertRefusalRow(police, "READ_INBOX", ids.get("notification"), "NOT_RECIPIENT");
  }

  @Test
  void aPartnerSystemAskingForAnotherSystemsConcernIsToldItIsNotFoundAndAudited() throws Exception {
    ApiClientCredentials gp =
        directory.createApiClient(p.trustId(), "gp-" + p.suffix(), "GP system", "GP-" + p.suffix());
    MvcResult result =
        mvc.perform(
                MockMvcRequestBuilders.get("/api/v1/concerns/{id}", ids.get("concern"))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + gp.bearerToken())
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(404);
    assertRefusalRow(
        "api:gp-" + p.suffix(), "VIEW_OWN_REFERRAL", ids.get("concern"), "OTHER_SOURCE_SYSTEM");
  }

  @Test
  void aPartnerSystemThatIsNotThePoliceCannotNotifyAMissingEpisodeAndIsAudited() throws Exception {
    ApiClientCredentials ed =
        directory.createApiClient(p.trustId(), "ed-" + p.suffix(), "ED system", "ED-" + p.suffix());
    MvcResult result =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/missing-episodes")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .content("{}"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    assertRefusalRow(
        "api:ed-" + p.suffix(),
        "RECORD_ANY_MISSING_EPISODE",
        "POST /api/v1/missing-episodes",
        "NOT_POLICE");
  }

  // the walk

  /** One path pattern and method of a handler, with what it consumes if it says. */
  record Mapping(String method, String pattern, @Nullable String consumes) {
    String key() {
      return method + " " + pattern;
    }
  }

  private List<Mapping> mappings() {
    List<Mapping> all = new ArrayList<>();
    for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
      Set<String> methods = new TreeSet<>();
      info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
      if (methods.isEmpty()) {
        methods.add("ANY");
      }
      Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
      String consumed = consumes.isEmpty() ? null : consumes.iterator().next().toString();
      for (String pattern : info.getPatternValues()) {
        for (String method : methods) {
          all.add(new Mapping(method, pattern, consumed));
        }
      }
    }
    all.sort((a, b) -> (a.key() + a.consumes()).compareTo(b.key() + String.valueOf(b.consumes())));
    return all;
  }

  private void assertRefusedAndAudited(Mapping m, Use use, Role role) throws Exception {
    String path = fill(m.pattern());
    Map<String, String> params = new LinkedHashMap<>();
    use.params().forEach((k, v) -> params.put(k, fill(v)));
    long before = lastAuditId();

    MvcResult result =
        perform(HttpMethod.valueOf(m.method()), path, p.username(role), params, m.consumes());

    int status = result.getResponse().getStatus();
    assertThat(status).as("%s %s as %s: a refusal", m.method(), path, role).isIn(403, 404);
    CurrentUser user = p.user(role);
    List<Map<String, Object>> rows =
        jdbc.sql(
                "select action, record_type, record_id, child_id, basis from audit_event"
                    + " where user_id = :user and outcome = 'REFUSED' and id > :before")
            .param("user", user.id())
            .param("before", before)
            .query()
            .listOfRows();
    Set<String> attempt = new TreeSet<>();
    String asked = m.method() + " " + path;
    attempt.add(asked.length() > 100 ? asked.substring(0, 100) : asked);
    attempt.add(user.partnershipId().toString());
    Matcher ids = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}").matcher(path + params.values());
    while (ids.find()) {
      attempt.add(ids.group());
    }
    assertThat(rows)
        .as("%s %s as %s: a REFUSED audit row about this attempt", m.method(), path, role)
        .anySatisfy(
            row ->
                assertThat(
                        attempt.contains(String.valueOf(row.get("record_id")))
                            || attempt.contains(String.valueOf(row.get("child_id"))))
                    .as("record %s of %s", row.get("record_id"), row)
                    .isTrue());
  }

  private MvcResult perform(
      HttpMethod method,
      String path,
      String username,
      Map<String, String> params,
      @Nullable String consumes)
      throws Exception {
    HttpMethod sent = method.name().equals("ANY") ? HttpMethod.GET : method;
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(sent, path)
            .with(Pages.signedInAs(users, username))
            .with(csrf());
    params.forEach(request::param);
    if (path.startsWith("/api/")) {
      request
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .contentType(consumes == null ? MediaType.APPLICATION_JSON_VALUE : consumes)
          .content(
              "text/csv".equals(consumes)
                  ? "source_id,given_name\n".getBytes(StandardCharsets.UTF_8)
                  : (path.equals("/api/v1/person-records") ? "[]" : "{}")
                      .getBytes(StandardCharsets.UTF_8));
    }
    return mvc.perform(request).andReturn();
  }

  /** The refusal row this person's attempt left: what, which record, why. */
  private void assertRefusalRow(String username, String action, String recordId, String basis) {
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where username = :username"
                        + " and outcome = 'REFUSED' and action = :action and record_id = :record"
                        + " and basis = :basis")
                .param("username", username)
                .param("action", action)
                .param("record", recordId)
                .param("basis", basis)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  private long lastAuditId() {
    return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
  }

  /** The pattern's variables (and braces in a parameter) filled with the fixture's ids. */
  private static String fill(String pattern) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(id(m.group(1), pattern)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String id(String variable, String pattern) {
    String first = pattern.startsWith("/") ? pattern.split("/")[1] : "";
    String key =
        switch (variable) {
          case "id" ->
              pattern.contains("/actions/{id}")
                  ? "action"
                  : switch (first) {
                    case "panel-meetings" -> "meeting";
                    case "escalations" -> "escalation";
                    case "screenings" -> "screening";
                    case "service-referrals" -> "serviceReferral";
                    case "panel-actions" -> "action";
                    // refused on the role before the referral is looked up
                    case "panel-referrals" -> "child";
                    // refused on the role before the pair is looked up
                    case "possible-matches" -> "child";
                    default -> throw new IllegalArgumentException("{id} in " + pattern);
                  };
          case "meetingId" ->
              pattern.startsWith("/panels/report-cards")
                  ? "approved"
                  : pattern.startsWith("/scrutiny") ? "scrutiny" : "meeting";
          case "childId" -> "child";
          case "accountId" -> "account";
          case "kind" -> "unitKind";
          case "unitId" -> "unit";
          // refused on the role before the partner system is looked up
          case "clientId" -> "unit";
          // refused on the role before the service team is looked up
          case "teamId" -> "unit";
          // refused on the role before the mapping is looked up
          case "mappingId" -> "unit";
          case "agreementId" -> "agreement";
          case "recordKind" -> "retentionKind";
          case "reviewId" -> "retentionReview";
          case "holdId" -> "legalHold";
          case "concernId" -> "concern";
          case "caseId" -> "case";
          case "memberId" -> "member";
          case "strategyMeetingId" -> "strategyMeeting";
          case "episodeId" -> "episode";
          case "grantId" -> "grant";
          case "notificationId" -> "notification";
          case "listId" -> "list";
          case "rowId" -> "row";
          case "districtId" -> "district";
          case "panelId" -> "panel";
          case "linkId" -> "link";
          case "adultId" -> "adult";
          case "actionId" -> "action";
          case "key" -> "tool";
          // refused on the role before the record is looked up
          case "indicatorId", "committeeId", "itemId", "packId" -> "scrutiny";
          default -> throw new IllegalArgumentException("No fixture id for {" + variable + "}");
        };
    return ids.get(key);
  }

  // the fixture: one partnership with one of every record a mapping names

  private void build() {
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(FIRST.minusMonths(1));
    p = s.start();
    Map<String, String> made = new LinkedHashMap<>();
    ChildSummary child = fixtures.child(p);
    made.put("child", child.id().toString());
    made.put(
        "strategyMeeting",
        strategyMeetings
            .start(p.user(Role.FRONT_DOOR), MeetingKind.RISK_MANAGEMENT, List.of(child.id()))
            .toString());
    made.put("district", p.districtId().toString());
    made.put("panel", s.panelId().toString());
    made.put("tool", "panel-screening");
    made.put("scrutiny", UUID.randomUUID().toString());

    s.round(FIRST, Map.of(child, RiskLevel.MEDIUM));
    s.round(FIRST.plusMonths(2), Map.of(child, RiskLevel.HIGH));
    UUID approved = s.round(FIRST.plusMonths(4), Map.of(child, RiskLevel.HIGH));
    made.put("approved", approved.toString());
    made.put("escalation", escalations.list(s.chair()).getFirst().id().toString());
    // A signed-off screening refers the child into the service.
    ChildSummary referred = fixtures.child(p);
    relationships.linkTeam(referred.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    UUID screening = screenings.start(s.coordinator(), referred.id(), "panel-screening");
    screenings.save(
        s.coordinator(),
        screening,
        screenings.open(s.coordinator(), screening).version(),
        Map.of("a", "YES", "b", "NO", "grave", "NO"));
    screenings.submit(
        s.coordinator(),
        screening,
        screenings.open(s.coordinator(), screening).version(),
        null,
        null);
    screenings.signOff(
        p.user(Role.TEAM_MANAGER),
        screening,
        screenings.open(s.coordinator(), screening).version(),
        true,
        null);
    made.put(
        "serviceReferral",
        service.queue(p.user(Role.MISSING_SERVICE_WORKER)).getFirst().id().toString());

    UUID meeting = s.plannedMeeting(FIRST.plusMonths(6));
    if (views.agenda(s.coordinator(), meeting).entries().stream()
        .noneMatch(e -> e.childId().equals(child.id()))) {
      meetings.add(s.coordinator(), meeting, child.id(), "Back for the test.");
    }
    s.agree(meeting);
    s.record(
        meeting,
        child.id(),
        "Discussed at panel.",
        PanelDecision.CONTINUE,
        new NewAction(
            "Visit school",
            p.user(Role.PRACTITIONER).id(),
            null,
            null,
            FIRST.plusMonths(6).plusDays(7)));
    made.put("meeting", meeting.toString());
    made.put(
        "action", panelActions.mine(p.user(Role.PRACTITIONER)).getFirst().action().id().toString());
    made.put(
        "screening", screenings.start(s.coordinator(), child.id(), "panel-screening").toString());
    clock.reset();

    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child);
    made.put("concern", concern.toString());
    ChildSummary routed = fixtures.child(p);
    UUID routedConcern = fixtures.concern(p.user(Role.PRACTITIONER), routed);
    frontDoor.decide(
        p.user(Role.FRONT_DOOR),
        routedConcern,
        frontDoor.open(p.user(Role.FRONT_DOOR), routedConcern).concern().version(),
        ThresholdDecision.EXPLOITATION_PATHWAY,
        "Routed for the test.",
        null);
    made.put("case", String.valueOf(cases.caseOf(routed.id())));
    made.put(
        "member",
        network
            .add(
                p.user(Role.FRONT_DOOR),
                routed.id(),
                new ProfessionalNetwork.NewMember(
                    NetworkRole.GP, null, "Dr Ash", "Riverside Surgery", "01632 960000", null))
            .toString());
    inbox.raise(p.user(Role.PRACTITIONER).id(), NotificationKind.REFERRAL_DECIDED, concern);
    made.put(
        "notification",
        jdbc.sql("select id from notification where concern_id = :concern")
            .param("concern", concern)
            .query(UUID.class)
            .single()
            .toString());

    Instant missing = clock.instant().minusSeconds(3 * 24 * 3600);
    made.put(
        "episode",
        episodes
            .record(
                p.user(Role.POLICE),
                null,
                new EpisodeDetails(
                    child.id(),
                    "REF-" + p.suffix(),
                    MissingFrom.HOME,
                    missing,
                    "Home address",
                    missing.plusSeconds(12 * 3600),
                    "Town centre",
                    null,
                    null,
                    RiskGrading.MEDIUM))
            .episodeId()
            .toString());

    breakGlass.grant(
        p.user(Role.HEALTH_SAFEGUARDING_LEAD), child.ref(), "Found at night, checking who to call");
    made.put(
        "grant", awaitingReview(p.user(Role.INFORMATION_GOVERNANCE)).getFirst().id().toString());

    UUID list =
        lists
            .upload(
                s.coordinator(),
                ListKind.MISSING_FROM_HOME,
                LocalDate.now(clock.withZone(LanternTime.ZONE)),
                "Forename,Surname,DOB,Gender,Postcode\nJess,Marchbanks,2011-04-11,F,\n"
                    .getBytes(StandardCharsets.UTF_8))
            .listId();
    made.put("list", list.toString());
    made.put(
        "row",
        lists
            .list(s.coordinator(), list, ListCrossReference.Query.first())
            .rows()
            .getFirst()
            .id()
            .toString());

    CurrentUser system =
        new CurrentUser(
            UUID.randomUUID(),
            "api:fixture-" + p.suffix(),
            "Fixture system",
            Role.PARTNER_SYSTEM,
            p.trustId(),
            "Trust " + p.suffix(),
            p.id(),
            null);
    personIndex.importRecords(
        system, "POLICE-" + p.suffix(), List.of(personRecord("P1", "Amelia")));
    personIndex.importRecords(
        system, "SCHOOL-" + p.suffix(), List.of(personRecord("S1", "Olivia")));
    made.put(
        "link",
        linkQueue
            .page(p.user(Role.FRONT_DOOR), PersonLinkQueue.Query.all())
            .pairs()
            .rows()
            .getFirst()
            .link()
            .id()
            .toString());

    made.put(
        "adult",
        adults
            .findOrCreate(p.id(), new AdultDetails("Lee", "Carter", LocalDate.of(1990, 5, 1)))
            .toString());
    made.put("account", p.user(Role.PRACTITIONER).id().toString());
    made.put("unitKind", "agencies");
    made.put("unit", p.schoolId().toString());
    made.put(
        "agreement",
        jdbc.sql("select id from sharing_agreement where agency_id = :agency")
            .param("agency", p.schoolId())
            .query(UUID.class)
            .single()
            .toString());
    made.put("retentionKind", "CONCERN_NO_FURTHER_ACTION");
    // refused on the role before either is looked up, so neither need exist
    made.put("retentionReview", UUID.randomUUID().toString());
    made.put("legalHold", UUID.randomUUID().toString());
    ids = made;
  }

  private static PersonRecordInput personRecord(String sourceId, String given) {
    return PersonRecordInput.builder()
        .sourceId(sourceId)
        .givenName(given)
        .familyName("Quennell")
        .dateOfBirth("2012-03-04")
        .build();
  }

  /** Another person in the partnership, in this role and agency; their username. */
  private String person(Role role, UUID agency, @Nullable UUID team) {
    String username = role.name().toLowerCase().replace('_', '-') + "-x" + UUID.randomUUID();
    username = username.substring(0, Math.min(username.length(), 60));
    directory.createUser(
        new NewUser(
            username,
            "Another " + role.name().toLowerCase(),
            username + "@test.invalid",
            TestPartnership.PASSWORD,
            role,
            agency,
            team));
    return username;
  }

  /** The first page of uses awaiting review, as the reviewer's page reads them. */
  private List<BreakGlassGrant> awaitingReview(CurrentUser reviewer) {
    return reviews.awaiting(reviewer, BreakGlassReviews.Query.first()).rows();
  }
}
