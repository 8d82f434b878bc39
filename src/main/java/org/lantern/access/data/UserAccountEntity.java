package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Role;
import org.lantern.platform.NewRecord;

/** A person who signs in to Lantern. Guards its own lockout and single sign-on binding. */
@Entity
@Table(name = "user_account")
public class UserAccountEntity extends NewRecord {

  @Id private UUID id;
  private String username;
  private String displayName;
  private @Nullable String email;
  private @Nullable String passwordHash;

  @Enumerated(EnumType.STRING)
  private Role role;

  private UUID agencyId;
  private @Nullable UUID teamId;
  private boolean enabled;
  private int failedAttempts;
  private @Nullable Instant lastFailedSignInAt;
  private @Nullable Instant lockedUntil;
  private @Nullable String oidcIssuer;
  private @Nullable String oidcSubject;
  private Instant createdAt;
  private @Nullable Instant closedAt;
  @Version private long version;

  protected UserAccountEntity() {}

  public UserAccountEntity(
      UUID id,
      String username,
      String displayName,
      @Nullable String email,
      @Nullable String passwordHash,
      Role role,
      UUID agencyId,
      @Nullable UUID teamId,
      Instant createdAt) {
    this.id = id;
    this.username = normalise(username);
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.role = role;
    this.agencyId = agencyId;
    this.teamId = teamId;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  /**
   * How a username is kept and looked up: without surrounding white space, in lower case. Two
   * accounts whose names differ only in capitals cannot both exist.
   */
  public static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  public boolean isLockedAt(Instant now) {
    return failures().lockedAt(now);
  }

  /**
   * Counts a wrong password: the {@code max}th in a row (a run broken by {@code window} without
   * one) locks the account for {@code lockout}. True when this one locked it.
   */
  public boolean failedSignIn(Instant now, int max, Duration lockout, Duration window) {
    FailedSignIns before = failures();
    FailedSignIns after = before.failed(now, max, lockout, window);
    failedAttempts = after.count();
    lastFailedSignInAt = after.lastFailedAt();
    lockedUntil = after.lockedUntil();
    return before.locks(after, now);
  }

  public void signedIn() {
    failedAttempts = 0;
    lastFailedSignInAt = null;
    lockedUntil = null;
  }

  /**
   * Binds the account to the identity provider's person (issuer and subject), on its first single
   * sign-on. From then on only that person signs in to it; binding it again is refused.
   */
  public void bindSingleSignOn(String issuer, String subject) {
    if (oidcSubject != null) {
      throw new IllegalStateException("Account " + id + " is already bound to a single sign-on");
    }
    this.oidcIssuer = issuer;
    this.oidcSubject = subject;
  }

  /** Whether single sign-on has been bound to this account, to anyone. */
  public boolean singleSignOnBound() {
    return oidcSubject != null;
  }

  /** Whether single sign-on has been bound to this account for this person. */
  public boolean singleSignOnBoundTo(String issuer, String subject) {
    return issuer.equals(oidcIssuer) && subject.equals(oidcSubject);
  }

  /** Gives the account another role, agency or team (the caller ends its sessions). */
  public void move(Role role, UUID agencyId, @Nullable UUID teamId) {
    requireOpen();
    this.role = role;
    this.agencyId = agencyId;
    this.teamId = teamId;
  }

  /** Ends a lockout by wrong passwords at once. */
  public void unlock() {
    signedIn();
  }

  /** Closes the account: nobody signs in to it again; its history stays. */
  public void close(Instant at) {
    requireOpen();
    this.enabled = false;
    this.closedAt = at;
  }

  /** Sets the password the person chose (already hashed), as through their invitation. */
  /**
   * Removes the name and e-mail address of a closed account at the end of its retention; the
   * username stays, as the audit log's rows name it.
   */
  public void erasePersonalDetails(String replacementName) {
    if (closedAt == null) {
      throw new IllegalStateException("Only a closed account is erased");
    }
    this.displayName = replacementName;
    this.email = null;
    this.passwordHash = null;
  }

  public void setPasswordHash(String hash) {
    requireOpen();
    this.passwordHash = hash;
    signedIn();
  }

  public @Nullable Instant closedAt() {
    return closedAt;
  }

  private void requireOpen() {
    if (closedAt != null) {
      throw new IllegalStateException("Account " + id + " is closed");
    }
  }

  private FailedSignIns failures() {
    return new FailedSignIns(failedAttempts, lastFailedSignInAt, lockedUntil);
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public @Nullable String email() {
    return email;
  }

  public @Nullable String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public UUID agencyId() {
    return agencyId;
  }

  public @Nullable UUID teamId() {
    return teamId;
  }

  public boolean enabled() {
    return enabled;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public @Nullable Instant lastFailedSignInAt() {
    return lastFailedSignInAt;
  }

  public @Nullable Instant lockedUntil() {
    return lockedUntil;
  }

  public @Nullable String oidcIssuer() {
    return oidcIssuer;
  }

  public @Nullable String oidcSubject() {
    return oidcSubject;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
