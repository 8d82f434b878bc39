package org.lantern;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.GenericTypeResolver;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One naming rule for what sits in a module's {@code data} package (docs/architecture.md, "Inside a
 * module"):
 *
 * <ul>
 *   <li>{@code <Thing>Entity}: a JPA entity;
 *   <li>{@code <Things>}: the Spring Data repository of {@code <Thing>Entity}, or {@code
 *       <Thing>Records} where the plural already names the module's public service ({@code
 *       panel.Meetings} and {@code panel.data.MeetingRecords});
 *   <li>{@code <Thing>Rows}: plain SQL through JDBC.
 * </ul>
 */
class DataPackageNamesTests {

  @Test
  void dataPackagesFollowOneNamingRule() throws ClassNotFoundException {
    List<String> wrong = new ArrayList<>();
    for (Class<?> type : dataPackageTypes()) {
      String name = type.getSimpleName();
      if (type.isAnnotationPresent(Entity.class) && !name.endsWith("Entity")) {
        wrong.add(type.getName() + ": a JPA entity is named <Thing>Entity");
      }
      if (name.endsWith("Entity") && !type.isAnnotationPresent(Entity.class)) {
        wrong.add(type.getName() + ": only a JPA entity is named <Thing>Entity");
      }
      if (type.isInterface() && Repository.class.isAssignableFrom(type)) {
        Class<?>[] arguments = GenericTypeResolver.resolveTypeArguments(type, Repository.class);
        String thing =
            arguments == null ? "" : arguments[0].getSimpleName().replaceFirst("Entity$", "");
        if (!name.equals(thing + "Records") && !pluralOf(thing).contains(name)) {
          wrong.add(
              type.getName()
                  + ": the repository of "
                  + thing
                  + "Entity is named "
                  + pluralOf(thing)
                  + " or "
                  + thing
                  + "Records");
        }
      }
      if (!type.isInterface()
          && !Modifier.isAbstract(type.getModifiers())
          && usesJdbc(type)
          && !name.endsWith("Rows")) {
        wrong.add(type.getName() + ": plain SQL through JDBC is named <Thing>Rows");
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static List<String> pluralOf(String thing) {
    List<String> plurals = new ArrayList<>(List.of(thing + "s", thing + "es"));
    if (thing.endsWith("y")) {
      plurals.add(thing.substring(0, thing.length() - 1) + "ies");
    }
    return plurals;
  }

  private static boolean usesJdbc(Class<?> type) {
    for (var field : type.getDeclaredFields()) {
      Class<?> t = field.getType();
      if (t == JdbcTemplate.class
          || t == NamedParameterJdbcTemplate.class
          || t == JdbcClient.class) {
        return true;
      }
    }
    return false;
  }

  private static List<Class<?>> dataPackageTypes() throws ClassNotFoundException {
    var scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return true;
          }
        };
    scanner.addIncludeFilter(
        new RegexPatternTypeFilter(Pattern.compile("org\\.lantern\\..*\\.data\\.[^.]+")));
    List<Class<?>> types = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.lantern")) {
      Class<?> type = Class.forName(definition.getBeanClassName());
      if (!type.getSimpleName().equals("package-info") && type.getEnclosingClass() == null) {
        types.add(type);
      }
    }
    assertThat(types).hasSizeGreaterThan(50);
    return types;
  }
}
