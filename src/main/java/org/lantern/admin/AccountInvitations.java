package org.lantern.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.AccountView;
import org.lantern.access.Accounts;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.admin.data.InvitationEntity;
import org.lantern.admin.data.Invitations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation links: a new person sets their own password through one, once, before it expires. Only
 * the token's SHA-256 hash is kept; the link is shown to the administrator once.
 */
@Service
public class AccountInvitations {

  /** Shortest password a person may choose. */
  public static final int MIN_PASSWORD = 12;

  public static final int MAX_PASSWORD = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Invitations invitations;
  private final Accounts accounts;
  private final AuditLog audit;
  private final AdministrationSettings settings;
  private final Clock clock;

  AccountInvitations(
      Invitations invitations,
      Accounts accounts,
      AuditLog audit,
      AdministrationSettings settings,
      Clock clock) {
    this.invitations = invitations;
    this.accounts = accounts;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** A link's token and when it stops working. */
  public record Invitation(UUID accountId, String token, Instant expiresAt) {}

  /** Whom a working link is for. */
  public record Invited(UUID accountId, String displayName, String username) {}

  /** Makes a new link for the account; any earlier link stops working. */
  @Transactional(propagation = Propagation.MANDATORY)
  Invitation issue(CurrentUser by, UUID accountId) {
    Instant now = clock.instant();
    invitations.findByUserId(accountId).forEach(i -> i.withdraw(now));
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = now.plus(settings.invitationValidFor());
    invitations.save(
        new InvitationEntity(UUID.randomUUID(), accountId, hash(token), by.id(), now, expires));
    return new Invitation(accountId, token, expires);
  }

  /** Whom the link is for, while it still works. */
  @Transactional(readOnly = true)
  public Optional<Invited> invited(String token) {
    Instant now = clock.instant();
    return invitations
        .findByTokenHash(hash(token))
        .filter(i -> i.usableAt(now))
        .flatMap(i -> accounts.account(i.userId()))
        .filter(a -> !a.closed())
        .map(a -> new Invited(a.id(), a.displayName(), a.username()));
  }

  /**
   * Sets the person's password and uses the link up. False, with nothing changed, when the link
   * does not work (never issued, used, expired, or its account closed).
   */
  @Transactional
  public boolean accept(String token, String password) {
    Instant now = clock.instant();
    Optional<InvitationEntity> found =
        invitations.lockByTokenHash(hash(token)).filter(i -> i.usableAt(now));
    if (found.isEmpty()) {
      return false;
    }
    InvitationEntity invitation = found.get();
    AccountView account = accounts.account(invitation.userId()).orElseThrow();
    if (account.closed()) {
      return false;
    }
    invitation.use(now);
    accounts.setPassword(account.id(), password);
    CurrentUser person =
        new CurrentUser(
            account.id(),
            account.username(),
            account.displayName(),
            account.role(),
            account.agency().id(),
            account.agency().name(),
            account.agency().partnershipId(),
            account.team() == null ? null : account.team().id());
    audit.record(
        person,
        AuditAction.INVITATION_ACCEPTED,
        null,
        RecordRef.of("USER_ACCOUNT", account.id()),
        null,
        "password set through the invitation link");
    return true;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
