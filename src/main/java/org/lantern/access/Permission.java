package org.lantern.access;

/**
 * Things a person may do. Each {@link Role} lists its permissions; {@link AccessPolicy} answers
 * from that list, and every refusal is written to the audit log. Some are scopes: they widen what a
 * person sees (every child, every team, every kind of missing episode).
 */
public enum Permission {
  /** See the few details that identify a child in search results (name, date of birth, area). */
  FIND_CHILD,
  /** Open the child's record: details and the chronology across agencies. */
  VIEW_CHILD_RECORD,
  /** Raise a concern about the child. */
  RAISE_CONCERN,
  /** Record a phone referral on a referrer's behalf. */
  RECORD_VERBAL_REFERRAL,
  /** Make the front door's threshold decision on a concern. */
  DECIDE_CONCERN,
  /** See who has looked at the child's record. */
  VIEW_CHILD_AUDIT,
  /**
   * See a referral one made oneself, and confirm it in writing: what was referred, not the rest of
   * the child's record (the referral module checks the person is its referrer).
   */
  VIEW_OWN_REFERRAL,
  /** Record a missing episode (police, or a school for missing from education) or its return. */
  RECORD_MISSING_EPISODE,
  /** Offer and record a return interview after a missing episode. */
  RECORD_RETURN_INTERVIEW,
  /** See the missing service's figures: counts only, no child named. */
  VIEW_MISSING_FIGURES,
  /** Serve a child abduction warning notice naming the child. */
  SERVE_ABDUCTION_NOTICE,
  /** See the register of child abduction warning notices: the adults served and when. */
  VIEW_ABDUCTION_NOTICES,
  /** Record intelligence linking an adult of concern to the child (police, coordinator). */
  RECORD_INTELLIGENCE_LINK,
  /** See the adults of concern linked to the child, and each adult's linked children. */
  VIEW_INTELLIGENCE_LINKS,
  /** Complete (draft, submit) a risk screening; needs the same access as the record. */
  COMPLETE_SCREENING,
  /** A team manager's sign-off of a screening (agree or return); needs access to the record. */
  SIGN_OFF_SCREENING,
  /** See the tracker: every child at low, medium or high risk (team managers: their team's). */
  VIEW_TRACKER,
  /** The commissioned exploitation and missing service accepts a referral from a screening. */
  ACCEPT_SERVICE_REFERRAL,
  /** Publish the partnership's screening tools (not a child's record: a partnership setting). */
  MANAGE_SCREENING_TOOLS,
  /** See screening compliance per team: numbers only, no child named. */
  VIEW_COMPLIANCE,
  /** Record where a child lives (placement type); needs access to the record. */
  RECORD_PLACEMENT,
  /** Send person records from a partner system to the person index. */
  IMPORT_PERSON_RECORDS,
  /** See pairs of person records the index weighed, why, and confirm or reject them. */
  REVIEW_PERSON_LINKS,
  /**
   * Upload a partner's person records as a CSV file on the partner's behalf (the same import as
   * {@link #IMPORT_PERSON_RECORDS}, by a person who reviews the index).
   */
  UPLOAD_PERSON_RECORDS,
  /** Configure the district panels: chair, member agencies, schedule, county managers. */
  MANAGE_PANELS,
  /**
   * Run a district panel: record partners' referrals to it, build its agendas and record its
   * meetings (the exploitation coordinator).
   */
  RUN_PANEL,
  /**
   * Read a panel pack: what the panel needs about each child on the agenda (the panel module also
   * checks the person's agency is a member of that panel, or they chair it).
   */
  VIEW_PANEL_PACK,
  /** Approve a panel meeting's minutes (the panel module checks the person chairs that panel). */
  APPROVE_PANEL_MINUTES,
  /**
   * Review a child escalated after three panels without a reduction in risk, and record a decision
   * (the panel module checks the person is one of the partnership's county managers).
   */
  REVIEW_ESCALATION,
  /**
   * Upload another agency's list (missing from home, missing from education, re-offending panel),
   * see which children its rows may be, and confirm or reject each match (the coordinator).
   */
  CROSS_REFERENCE_LISTS,
  /** Read a district's report card with every count (the panel and senior managers). */
  VIEW_REPORT_CARD,
  /** Read the wider-circulation report card: small counts suppressed, no child named. */
  VIEW_PUBLISHED_REPORT_CARD,
  /** Write a round's report card text: locality, good practice, issues for strategic oversight. */
  WRITE_REPORT_CARD,
  /**
   * Open any child's record in the partnership without a relationship or break-glass (the front
   * door and exploitation coordinators, whose job is every child).
   */
  VIEW_ANY_CHILD_RECORD,
  /**
   * Record a missing episode of any kind (from home, care or school); without it, a school records
   * only missing from education.
   */
  RECORD_ANY_MISSING_EPISODE,
  /** Upload a file of missing notifications (the police). */
  UPLOAD_MISSING_EPISODES,
  /**
   * See the full missing figures, small counts included; without it, the wider-circulation version
   * with small counts hidden.
   */
  VIEW_FULL_MISSING_FIGURES,
  /**
   * On the tracker and compliance, see every team's children; without it (team managers), one's own
   * team's.
   */
  VIEW_EVERY_TEAM,
  /**
   * Read the pack of any panel one's agency is a member of; without it, only packs of panels one
   * runs or chairs.
   */
  VIEW_MEMBER_AGENCY_PACKS,
  /**
   * Mark a panel action one owns as done (the panel module checks the person owns it, or runs the
   * panel).
   */
  UPDATE_PANEL_ACTION,
  /** Review uses of emergency (break-glass) access. */
  REVIEW_BREAK_GLASS,
  /** Export the partnership's audit log. */
  EXPORT_AUDIT_LOG,
  /** Read one's own inbox (the notification module checks each notice is the reader's). */
  READ_INBOX,
  /**
   * Resolve where a description of a child belongs: join a new record to the child it may already
   * be, keep the two apart, or move a concern or missing episode to the right child (the front door
   * and the coordinator, who see the whole partnership).
   */
  RESOLVE_POSSIBLE_MATCH,
  /** See one's team's queue of children routed to it and not yet allocated, and its caseloads. */
  VIEW_TEAM_QUEUE,
  /**
   * Allocate a child routed to one's team to a worker of that team (the casework module checks the
   * person manages the team the child was routed to).
   */
  ALLOCATE_CASE,
  /** Hold children's cases: be allocated children and see "My children". */
  HOLD_CASES,
  /** Transfer a child's case to another worker, team or authority; needs access to the record. */
  TRANSFER_CASE,
  /** Close a child's case with a reason, or record the council's own case reference. */
  CLOSE_CASE,
  /** Record who else works with the child (the professional network); needs record access. */
  RECORD_NETWORK,
  /**
   * Start and record strategy discussions, risk-management meetings and child protection
   * conferences about a child; needs record access.
   */
  RECORD_MEETINGS,
  /**
   * Add, change, unlock and close the partnership's accounts (people, not partner systems): invite
   * a new person, change their role, agency or team (which ends their sessions).
   */
  MANAGE_ACCOUNTS,
  /**
   * Add, rename and close the partnership's districts, agencies (with their contact numbers) and
   * teams.
   */
  MANAGE_PARTNERSHIP_STRUCTURE,
  /** Read the partnership's period data report in full (the internal audience): counts only. */
  VIEW_PERIOD_REPORT,
  /** Read the period data report as circulated to partners (their threshold suppresses). */
  VIEW_PARTNERS_PERIOD_REPORT,
  /** Read the period data report as published: the committee's part A, small counts suppressed. */
  VIEW_PUBLISHED_PERIOD_REPORT,
  /** Read the committee's exempt part B: the period data report in full, for named members. */
  VIEW_EXEMPT_PERIOD_REPORT,
  /** Choose the suppression threshold of each audience of the partnership's reports. */
  MANAGE_REPORT_THRESHOLDS,
  /**
   * Register partner agencies' systems as API clients (with their scopes and expiry), rotate their
   * secrets with an overlap, revoke them.
   */
  MANAGE_PARTNER_SYSTEMS,
  /**
   * Record, change and end the partnership's information sharing agreements with each agency (a
   * partner system whose agency has none in force is refused).
   */
  MANAGE_SHARING_AGREEMENTS,
  /**
   * Set retention rules per kind of record, review what has reached its date, confirm its deletion,
   * and place or lift a legal hold on a child.
   */
  MANAGE_RETENTION,
  /** Export everything Lantern holds about one person (a subject access request). */
  EXPORT_SUBJECT_ACCESS,
  /**
   * Check a child's flags from unscheduled care (A&E, urgent care, GP out of hours, sexual health):
   * only the flags, the responsible team and whom to call, and the last checks; no relationship or
   * break-glass needed, every check audited and told to whoever holds the child.
   */
  CHECK_FLAGS,
  /** Send a flag from a partner system (repeat terminations, a SARC attendance), and end it. */
  SEND_PARTNER_FLAGS,
  /**
   * Define the outcomes framework's indicators (and change them from a quarter on), mark the key
   * ones, and close a quarter to returns (the strategic lead).
   */
  DEFINE_INDICATORS,
  /**
   * Enter one's agency's quarterly figure for an indicator it reports (the scrutiny module checks
   * the indicator names the person's agency).
   */
  ENTER_INDICATOR_RETURN,
  /** Read the outcomes framework and the KPI dashboard: figures only, no child named. */
  VIEW_OUTCOMES,
  /**
   * Keep the scrutiny committee's work programme (meetings, items, members and named officers) and
   * assemble and publish its packs.
   */
  MANAGE_WORK_PROGRAMME,
  /**
   * Read the committee's work programme and its published packs (the scrutiny module checks the
   * person is a member or named officer of the committee; exempt items and part B packs are for
   * them only).
   */
  READ_COMMITTEE_PAPERS;

  /** Its name in plain words, for the table of who may do what (docs/access.md). */
  public String messageKey() {
    return "permission." + name();
  }

  /** Acting on the child's record, so the record's own rules (relationship, break-glass) apply. */
  public boolean needsRecordAccess() {
    return this == COMPLETE_SCREENING
        || this == SIGN_OFF_SCREENING
        || this == RECORD_PLACEMENT
        || this == TRANSFER_CASE
        || this == CLOSE_CASE
        || this == RECORD_NETWORK
        || this == RECORD_MEETINGS;
  }
}
