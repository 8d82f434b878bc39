package org.lantern.access;

import static org.lantern.access.Permission.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a person does in the partnership, and what each role may do: the table is this enum, and
 * {@link AccessPolicy} answers from it (docs/access.md is generated from it). A permission that
 * acts on one child's record still needs access to that record (a relationship, the whole
 * partnership, or break-glass): see {@link AccessPolicy#require}.
 */
public enum Role {
  PRACTITIONER(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      RECORD_MISSING_EPISODE),
  FRONT_DOOR(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      VIEW_ANY_CHILD_RECORD,
      RECORD_VERBAL_REFERRAL,
      DECIDE_CONCERN,
      RECORD_PLACEMENT,
      VIEW_TRACKER,
      VIEW_EVERY_TEAM,
      VIEW_COMPLIANCE,
      REVIEW_PERSON_LINKS,
      UPLOAD_PERSON_RECORDS,
      RESOLVE_POSSIBLE_MATCH,
      RECORD_NETWORK,
      RECORD_MEETINGS),
  SOCIAL_WORKER(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      RECORD_PLACEMENT,
      HOLD_CASES,
      TRANSFER_CASE,
      CLOSE_CASE,
      RECORD_NETWORK,
      RECORD_MEETINGS),
  TEAM_MANAGER(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      SIGN_OFF_SCREENING,
      RECORD_PLACEMENT,
      VIEW_TRACKER,
      VIEW_COMPLIANCE,
      VIEW_MISSING_FIGURES,
      VIEW_FULL_MISSING_FIGURES,
      VIEW_PANEL_PACK,
      APPROVE_PANEL_MINUTES,
      REVIEW_ESCALATION,
      VIEW_REPORT_CARD,
      VIEW_PUBLISHED_REPORT_CARD,
      VIEW_TEAM_QUEUE,
      ALLOCATE_CASE,
      HOLD_CASES,
      TRANSFER_CASE,
      CLOSE_CASE,
      RECORD_NETWORK,
      RECORD_MEETINGS),
  EXPLOITATION_COORDINATOR(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      VIEW_ANY_CHILD_RECORD,
      RECORD_PLACEMENT,
      VIEW_TRACKER,
      VIEW_EVERY_TEAM,
      VIEW_COMPLIANCE,
      REVIEW_PERSON_LINKS,
      UPLOAD_PERSON_RECORDS,
      RESOLVE_POSSIBLE_MATCH,
      VIEW_MISSING_FIGURES,
      VIEW_FULL_MISSING_FIGURES,
      VIEW_ABDUCTION_NOTICES,
      RECORD_INTELLIGENCE_LINK,
      VIEW_INTELLIGENCE_LINKS,
      MANAGE_PANELS,
      RUN_PANEL,
      VIEW_PANEL_PACK,
      CROSS_REFERENCE_LISTS,
      VIEW_REPORT_CARD,
      VIEW_PUBLISHED_REPORT_CARD,
      WRITE_REPORT_CARD,
      RECORD_MEETINGS,
      VIEW_PERIOD_REPORT,
      VIEW_PARTNERS_PERIOD_REPORT,
      VIEW_PUBLISHED_PERIOD_REPORT),
  PANEL_MEMBER(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      VIEW_PANEL_PACK,
      VIEW_MEMBER_AGENCY_PACKS,
      VIEW_REPORT_CARD,
      VIEW_PUBLISHED_REPORT_CARD,
      VIEW_PARTNERS_PERIOD_REPORT),
  MISSING_SERVICE_WORKER(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      RECORD_RETURN_INTERVIEW,
      VIEW_MISSING_FIGURES,
      VIEW_FULL_MISSING_FIGURES,
      ACCEPT_SERVICE_REFERRAL),
  POLICE(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      RECORD_MISSING_EPISODE,
      RECORD_ANY_MISSING_EPISODE,
      UPLOAD_MISSING_EPISODES,
      VIEW_MISSING_FIGURES,
      VIEW_FULL_MISSING_FIGURES,
      SERVE_ABDUCTION_NOTICE,
      VIEW_ABDUCTION_NOTICES,
      RECORD_INTELLIGENCE_LINK,
      VIEW_INTELLIGENCE_LINKS,
      ENTER_INDICATOR_RETURN,
      VIEW_OUTCOMES),
  HEALTH_SAFEGUARDING_LEAD(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_RECORD,
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      COMPLETE_SCREENING,
      UPDATE_PANEL_ACTION,
      ENTER_INDICATOR_RETURN,
      VIEW_OUTCOMES),
  /**
   * An A&E or urgent care clinician, GP out of hours or sexual health: checks a child's flags and
   * nothing else of the record.
   */
  UNSCHEDULED_CARE_CLINICIAN(READ_INBOX, CHECK_FLAGS),
  /** Works from numbers, never a child's record. */
  STRATEGIC_LEAD(
      READ_INBOX,
      VIEW_COMPLIANCE,
      VIEW_EVERY_TEAM,
      VIEW_MISSING_FIGURES,
      VIEW_PUBLISHED_REPORT_CARD,
      VIEW_PERIOD_REPORT,
      VIEW_PARTNERS_PERIOD_REPORT,
      VIEW_PUBLISHED_PERIOD_REPORT,
      VIEW_EXEMPT_PERIOD_REPORT,
      MANAGE_REPORT_THRESHOLDS,
      DEFINE_INDICATORS,
      ENTER_INDICATOR_RETURN,
      VIEW_OUTCOMES,
      MANAGE_WORK_PROGRAMME,
      READ_COMMITTEE_PAPERS),
  /** Reads published reports and papers; the committee's exempt part B as one of its members. */
  COUNCILLOR(
      READ_INBOX,
      VIEW_PUBLISHED_REPORT_CARD,
      VIEW_PUBLISHED_PERIOD_REPORT,
      VIEW_EXEMPT_PERIOD_REPORT,
      READ_COMMITTEE_PAPERS),
  /** Sees who looked at a record, not the record. */
  INFORMATION_GOVERNANCE(
      READ_INBOX,
      FIND_CHILD,
      VIEW_CHILD_AUDIT,
      REVIEW_BREAK_GLASS,
      EXPORT_AUDIT_LOG,
      MANAGE_SHARING_AGREEMENTS,
      MANAGE_RETENTION,
      EXPORT_SUBJECT_ACCESS),
  PARTNERSHIP_ADMIN(
      READ_INBOX,
      MANAGE_SCREENING_TOOLS,
      MANAGE_PANELS,
      MANAGE_ACCOUNTS,
      MANAGE_PARTNERSHIP_STRUCTURE,
      MANAGE_PARTNER_SYSTEMS),
  /**
   * Keeps one agency's accounts (a school's business manager adds the school's staff): only that
   * agency's people, only the roles its kind may hold, never a partnership administrator's.
   */
  AGENCY_ADMINISTRATOR(READ_INBOX, MANAGE_ACCOUNTS),
  /** A partner agency's system calling the REST API. */
  PARTNER_SYSTEM(
      RAISE_CONCERN,
      VIEW_OWN_REFERRAL,
      RECORD_MISSING_EPISODE,
      RECORD_ANY_MISSING_EPISODE,
      IMPORT_PERSON_RECORDS,
      CHECK_FLAGS,
      SEND_PARTNER_FLAGS);

  private final Set<Permission> permissions;

  Role(Permission... permissions) {
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    Collections.addAll(set, permissions);
    this.permissions = Collections.unmodifiableSet(set);
  }

  /** Whether this role may do it (for one child's record, the record's own rules apply too). */
  public boolean permits(Permission permission) {
    return permissions.contains(permission);
  }

  /**
   * Whether people hold this role; a partner system's is given to API clients, never to a person.
   */
  public boolean isForPeople() {
    return this != PARTNER_SYSTEM;
  }

  /** The roles an administrator may give a person, in the order they are declared. */
  public static List<Role> forPeople() {
    return Arrays.stream(values()).filter(Role::isForPeople).toList();
  }

  /** The roles that may do it. */
  public static Set<Role> permitting(Permission permission) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : values()) {
      if (role.permits(permission)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** What this role may do, in the order permissions are declared. */
  public Set<Permission> permissions() {
    return permissions;
  }

  public String messageKey() {
    return "role." + name();
  }

  /** The words on the home page saying what this role can do in Lantern. */
  public String homeKey() {
    return "home.role." + name();
  }
}
