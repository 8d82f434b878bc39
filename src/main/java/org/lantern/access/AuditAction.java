package org.lantern.access;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What happened, as the audit log records it. */
public enum AuditAction {
  FIND_CHILD,
  VIEW_CHILD_RECORD,
  RAISE_CONCERN,
  RECORD_VERBAL_REFERRAL,
  DECIDE_CONCERN,
  VIEW_CHILD_AUDIT,
  VIEW_OWN_REFERRAL,
  VIEW_WORKLIST,
  CONFIRM_REFERRAL,
  REGISTER_CHILD,
  BREAK_GLASS_GRANTED,
  BREAK_GLASS_REVIEWED,
  AUDIT_EXPORTED,
  SIGNED_IN,
  SIGN_IN_FAILED,
  ACCOUNT_LOCKED,
  SINGLE_SIGN_ON_BOUND,
  RECORD_MISSING_EPISODE,
  RECORD_RETURN_INTERVIEW,
  VIEW_MISSING_FIGURES,
  SERVE_ABDUCTION_NOTICE,
  VIEW_ABDUCTION_NOTICES,
  RECORD_INTELLIGENCE_LINK,
  VIEW_INTELLIGENCE_LINKS,
  COMPLETE_SCREENING,
  SIGN_OFF_SCREENING,
  VIEW_TRACKER,
  ACCEPT_SERVICE_REFERRAL,
  MANAGE_SCREENING_TOOLS,
  TRACKER_EXPORTED,
  VIEW_COMPLIANCE,
  RECORD_PLACEMENT,
  IMPORT_PERSON_RECORDS,
  REVIEW_PERSON_LINKS,
  UPLOAD_PERSON_RECORDS,
  VIEW_PERSON_LINK,
  LINK_PERSON_RECORDS,
  CONFIRM_PERSON_LINK,
  REJECT_PERSON_LINK,
  MANAGE_PANELS,
  RUN_PANEL,
  VIEW_PANEL_PACK,
  APPROVE_PANEL_MINUTES,
  REVIEW_ESCALATION,
  CROSS_REFERENCE_LISTS,
  UPLOAD_PANEL_LIST,
  DECIDE_LIST_MATCH,
  VIEW_REPORT_CARD,
  VIEW_PUBLISHED_REPORT_CARD,
  WRITE_REPORT_CARD,
  VIEW_PERIOD_REPORT,
  VIEW_PARTNERS_PERIOD_REPORT,
  VIEW_PUBLISHED_PERIOD_REPORT,
  VIEW_EXEMPT_PERIOD_REPORT,
  MANAGE_REPORT_THRESHOLDS,
  VIEW_ANY_CHILD_RECORD,
  RECORD_ANY_MISSING_EPISODE,
  UPLOAD_MISSING_EPISODES,
  VIEW_FULL_MISSING_FIGURES,
  VIEW_EVERY_TEAM,
  VIEW_MEMBER_AGENCY_PACKS,
  UPDATE_PANEL_ACTION,
  REVIEW_BREAK_GLASS,
  EXPORT_AUDIT_LOG,
  READ_INBOX,
  /** A page or API operation asked for, refused by the address rules before any page ran. */
  REQUEST,
  RESOLVE_POSSIBLE_MATCH,
  /** A new record joined to the child it was found to be: everything on it moved across. */
  JOIN_CHILD_RECORDS,
  /** Two records found to be different children, and kept apart. */
  KEEP_CHILD_RECORDS_APART,
  /** A concern or missing episode moved from the child it was put on to the right one. */
  MOVE_TO_ANOTHER_CHILD,
  /** A working relationship with a child ended (its basis moved to another child). */
  END_RELATIONSHIP,
  /** A front-door worker said they are looking at a waiting concern. */
  PICK_UP_CONCERN,
  /** A front-door worker stopped looking at a waiting concern (or took it from another). */
  PUT_DOWN_CONCERN,
  VIEW_TEAM_QUEUE,
  ALLOCATE_CASE,
  HOLD_CASES,
  TRANSFER_CASE,
  CLOSE_CASE,
  RECORD_NETWORK,
  RECORD_MEETINGS,
  /** The council's own case-system reference recorded on a child's case. */
  RECORD_CASE_REFERENCE,
  /** A section of a child's file shown to someone, with the basis that allowed it. */
  VIEW_FILE_SECTION,
  /** An administrator's page about accounts, asked for (a refusal is recorded under this). */
  MANAGE_ACCOUNTS,
  /** An administrator added an account and made its invitation link. */
  ACCOUNT_CREATED,
  /** An administrator changed an account's role, agency or team (its sessions ended). */
  ACCOUNT_CHANGED,
  /** An administrator unlocked an account locked by wrong passwords. */
  ACCOUNT_UNLOCKED,
  /** An administrator closed an account (its sessions ended; its history kept). */
  ACCOUNT_CLOSED,
  /** An administrator made a new invitation link for an account (earlier ones stop working). */
  INVITATION_RENEWED,
  /** A person set their password through their invitation link. */
  INVITATION_ACCEPTED,
  /** An administrator's page about the partnership's structure, asked for. */
  MANAGE_PARTNERSHIP_STRUCTURE,
  /** An administrator added a district, agency or team. */
  STRUCTURE_ADDED,
  /** An administrator renamed a district, agency or team, or changed an agency's numbers. */
  STRUCTURE_CHANGED,
  /** An administrator closed a district, agency or team from a date. */
  STRUCTURE_CLOSED,
  /** A partnership administrator added one of the partnership's single sign-on mappings. */
  SINGLE_SIGN_ON_MAPPING_ADDED,
  /** A partnership administrator changed one (what it reads or gives, or its place). */
  SINGLE_SIGN_ON_MAPPING_CHANGED,
  /** A partnership administrator removed one. */
  SINGLE_SIGN_ON_MAPPING_REMOVED,
  /**
   * A partnership administrator changed whether single sign-on makes accounts at a person's first
   * sign-on or they must be added beforehand.
   */
  SINGLE_SIGN_ON_ACCOUNTS_CHANGED,
  /** An administrator's page about partner systems, asked for. */
  MANAGE_PARTNER_SYSTEMS,
  /** An administrator registered a partner system (its secret shown once). */
  PARTNER_SYSTEM_REGISTERED,
  /** An administrator gave a partner system a new secret (the old one valid until a moment). */
  PARTNER_SYSTEM_ROTATED,
  /** An administrator revoked a partner system (refused at once). */
  PARTNER_SYSTEM_REVOKED,
  MANAGE_SHARING_AGREEMENTS,
  SHARING_AGREEMENT_ADDED,
  SHARING_AGREEMENT_CHANGED,
  SHARING_AGREEMENT_ENDED,
  MANAGE_RETENTION,
  RETENTION_RULE_SET,
  RETENTION_REVIEW_LISTED,
  RECORD_ERASED,
  LEGAL_HOLD_PLACED,
  LEGAL_HOLD_LIFTED,
  EXPORT_SUBJECT_ACCESS,
  SUBJECT_ACCESS_EXPORTED,
  /** A child's flags checked from unscheduled care (the web check or a clinical system). */
  CHECK_FLAGS,
  /** A partner system sent a flag, or ended one. */
  SEND_PARTNER_FLAGS,
  DEFINE_INDICATORS,
  ENTER_INDICATOR_RETURN,
  VIEW_OUTCOMES,
  MANAGE_WORK_PROGRAMME,
  READ_COMMITTEE_PAPERS,
  /** A committee pack published to the councillors' view. */
  PUBLISH_COMMITTEE_PACK,
  /**
   * An empty install made its partnership and first administrator (the first-run page or config).
   */
  FIRST_RUN,
  /** Single sign-on made an account from the provider's claims, by the partnership's mapping. */
  SINGLE_SIGN_ON_ACCOUNT_CREATED,
  /** An administrator changed a partner system's source system name. */
  PARTNER_SYSTEM_CHANGED,
  /**
   * An administrator applied a CSV file of accounts (after its dry run); each change is its own.
   */
  ACCOUNTS_FILE_APPLIED;

  /**
   * The administrative changes the information governance officer exports on their own: accounts,
   * the partnership's structure, partner systems, single sign-on, sharing agreements, retention and
   * holds, and the first run.
   */
  private static final Set<AuditAction> ADMINISTRATIVE =
      EnumSet.of(
          FIRST_RUN,
          ACCOUNT_CREATED,
          ACCOUNT_CHANGED,
          ACCOUNT_UNLOCKED,
          ACCOUNT_CLOSED,
          INVITATION_RENEWED,
          INVITATION_ACCEPTED,
          SINGLE_SIGN_ON_BOUND,
          SINGLE_SIGN_ON_ACCOUNT_CREATED,
          MANAGE_ACCOUNTS,
          ACCOUNTS_FILE_APPLIED,
          STRUCTURE_ADDED,
          STRUCTURE_CHANGED,
          STRUCTURE_CLOSED,
          SINGLE_SIGN_ON_MAPPING_ADDED,
          SINGLE_SIGN_ON_MAPPING_CHANGED,
          SINGLE_SIGN_ON_MAPPING_REMOVED,
          SINGLE_SIGN_ON_ACCOUNTS_CHANGED,
          MANAGE_PARTNERSHIP_STRUCTURE,
          PARTNER_SYSTEM_REGISTERED,
          PARTNER_SYSTEM_ROTATED,
          PARTNER_SYSTEM_REVOKED,
          PARTNER_SYSTEM_CHANGED,
          MANAGE_PARTNER_SYSTEMS,
          SHARING_AGREEMENT_ADDED,
          SHARING_AGREEMENT_CHANGED,
          SHARING_AGREEMENT_ENDED,
          MANAGE_SHARING_AGREEMENTS,
          RETENTION_RULE_SET,
          LEGAL_HOLD_PLACED,
          LEGAL_HOLD_LIFTED,
          MANAGE_RETENTION);

  /** Whether it is an administrative change (or an attempt at one that was refused). */
  public boolean administrative() {
    return ADMINISTRATIVE.contains(this);
  }

  static AuditAction of(Permission permission) {
    return valueOf(permission.name());
  }

  public String messageKey() {
    return "auditAction." + name();
  }

  /**
   * The words for only reading a record under this permission (null when it is never used to read):
   * {@link AccessPolicy#requireToRead} records such a read.
   */
  public @Nullable String readKey() {
    return switch (this) {
      case RECORD_RETURN_INTERVIEW,
          RECORD_MISSING_EPISODE,
          RECORD_PLACEMENT,
          ACCEPT_SERVICE_REFERRAL,
          RUN_PANEL,
          APPROVE_PANEL_MINUTES ->
          "auditRead." + name();
      default -> null;
    };
  }
}
