package org.lantern.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;

/**
 * Each role's home page says what that role can do in Lantern; a role added without its words fails
 * here rather than showing a message key to the person who holds it.
 */
class RoleDescriptionsTests {

  @Test
  void everyRoleSaysWhatItCanDo() throws IOException {
    Properties words = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/messages/lantern.properties"), StandardCharsets.UTF_8)) {
      words.load(in);
    }
    List<Role> missing = new ArrayList<>();
    for (Role role : Role.values()) {
      String text = words.getProperty("home.role." + role.name());
      if (text == null || text.isBlank() || text.contains("not yet part")) {
        missing.add(role);
      }
    }
    assertThat(missing).as("roles without a home-page description").isEmpty();
  }
}
