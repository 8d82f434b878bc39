package org.lantern.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.lantern.access.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a module test ({@code @ApplicationModuleTest}, one module started alone) gets: the movable
 * clock, and the rows of other modules that its own rows refer to (a partnership, a user, a child,
 * a concern), written straight to the database because the modules that own them are not started.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestSupport {

  @Bean
  MutableClock testClock() {
    return new MutableClock();
  }

  @Bean
  Rows moduleTestRows(JdbcTemplate jdbc) {
    return new Rows(jdbc);
  }

  /** A partnership with one district and one agency in it. */
  public record Partnership(UUID id, UUID districtId, UUID agencyId) {}

  /** Other modules' rows, written with SQL: only the columns that must have a value. */
  public static class Rows {

    private final JdbcTemplate jdbc;

    Rows(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    public Partnership partnership() {
      Partnership p = new Partnership(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
      String name = "Module test " + p.id();
      jdbc.update(
          "insert into partnership (id, name, created_at) values (?, ?, ?)", p.id(), name, now());
      UUID authority = UUID.randomUUID();
      jdbc.update(
          "insert into local_authority (id, partnership_id, name) values (?, ?, ?)",
          authority,
          p.id(),
          "Council of " + name);
      jdbc.update(
          "insert into district (id, partnership_id, name, local_authority_id) values (?, ?, ?, ?)",
          p.districtId(),
          p.id(),
          "District of " + name,
          authority);
      jdbc.update(
          "insert into agency (id, partnership_id, name, kind) values (?, ?, ?, 'COUNCIL')",
          p.agencyId(),
          p.id(),
          "Council of " + name);
      return p;
    }

    public UUID user(Partnership p, Role role) {
      UUID id = UUID.randomUUID();
      jdbc.update(
          """
          insert into user_account (id, username, display_name, role, agency_id, enabled,
            failed_attempts, created_at, version)
          values (?, ?, ?, ?, ?, true, 0, ?, 0)""",
          id,
          "module-test-" + id,
          "Module Test " + role.name(),
          role.name(),
          p.agencyId(),
          now());
      return id;
    }

    public UUID child(Partnership p) {
      UUID id = UUID.randomUUID();
      jdbc.update(
          """
          insert into child (id, partnership_id, given_name, family_name, sex, district_id,
            created_at, updated_at, version)
          values (?, ?, 'Alex', 'Example', 'NOT_KNOWN', ?, ?, ?, 0)""",
          id,
          p.id(),
          p.districtId(),
          now(),
          now());
      return id;
    }

    public UUID concern(Partnership p, UUID childId) {
      UUID id = UUID.randomUUID();
      jdbc.update(
          """
          insert into concern (id, partnership_id, reference, child_id, channel,
            referrer_agency_id, referrer_name, what_happened, immediate_danger, submitted_at,
            status, version)
          values (?, ?, ?, ?, 'WRITTEN', ?, 'A. Referrer', 'Seen with older adults.', false, ?,
            'NEW', 0)""",
          id,
          p.id(),
          "MT-" + id.toString().substring(0, 8),
          childId,
          p.agencyId(),
          now());
      return id;
    }

    private static OffsetDateTime now() {
      return OffsetDateTime.now(ZoneOffset.UTC);
    }
  }
}
