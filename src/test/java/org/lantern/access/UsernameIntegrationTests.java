package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Usernames are kept trimmed and in lower case, so that one name cannot belong to two accounts that
 * differ only in capitals (every sign-in looks names up ignoring case).
 */
@IntegrationTest
class UsernameIntegrationTests {

  private static TestPartnership p;

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void aUsernameIsKeptTrimmedAndInLowerCase() {
    String name = unique();

    UUID id = create("  " + name.toUpperCase() + " ");

    assertThat(directory.user(id).orElseThrow().username()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%s", "%S", " %s ", "\t%S"})
  void aSecondAccountWithTheSameNameInAnyCaseIsRefusedClearly(String spelling) {
    String name = unique();
    create(name);

    assertThatThrownBy(() -> create(spelling.formatted(name)))
        .isInstanceOfSatisfying(
            UsernameTakenException.class, e -> assertThat(e.username()).isEqualTo(name))
        .hasMessageContaining(name);

    assertThat(
            jdbc.sql("select count(*) from user_account where lower(username) = :name")
                .param("name", name)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "two words", "tab\tinside"})
  void aBlankUsernameOrOneWithSpacesInsideIsRefused(String username) {
    assertThatThrownBy(() -> create(username)).isInstanceOf(IllegalArgumentException.class);
  }

  private UUID create(String username) {
    return directory.createUser(
        new NewUser(
            username,
            "Username test",
            null,
            TestPartnership.PASSWORD,
            Role.PRACTITIONER,
            p.schoolId(),
            null));
  }

  private static String unique() {
    return "name-" + UUID.randomUUID().toString().substring(0, 12);
  }
}
