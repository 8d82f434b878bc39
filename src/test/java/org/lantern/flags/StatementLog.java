package org.lantern.flags;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL statements the application prepares, as they are prepared, on chosen threads only: a test
 * counts what one check runs (a count, never a time). The application's data source is wrapped so
 * that every connection it hands out tells this log each statement it prepares.
 */
final class StatementLog {

  private static final Pattern READS_CHILD =
      Pattern.compile("\\b(from|join)\\s+child\\b", Pattern.CASE_INSENSITIVE);

  private final List<String> statements = new ArrayList<>();
  private volatile Set<String> threads = Set.of();

  /**
   * Starts logging the statements of the threads whose names begin with one of these (the rest are
   * not logged).
   */
  synchronized void start(Set<String> threadNames) {
    statements.clear();
    threads = Set.copyOf(threadNames);
  }

  /** Stops logging: what was logged since {@link #start}, in order. */
  synchronized List<String> stop() {
    threads = Set.of();
    return List.copyOf(statements);
  }

  private void prepared(String sql) {
    String name = Thread.currentThread().getName();
    if (threads.stream().anyMatch(name::startsWith)) {
      synchronized (this) {
        statements.add(sql.replaceAll("\\s+", " ").strip());
      }
    }
  }

  private static final Pattern READS_HELD =
      Pattern.compile("\\bfrom\\s+(agency|team)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Whether the statement reads what a check holds for seconds once read (the partnership's
   * agencies and teams), which a check reads only when the hold has passed.
   */
  static boolean readsHeld(String sql) {
    return READS_HELD.matcher(sql).find();
  }

  /** Whether the statement reads the {@code child} table. */
  static boolean readsChild(String sql) {
    return READS_CHILD.matcher(sql).find();
  }

  /** The log, and the application's data source wrapped to tell it every statement. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Wiring {

    @Bean
    static StatementLog statementLog() {
      return new StatementLog();
    }

    @Bean
    static BeanPostProcessor loggingDataSource(
        org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource)) {
            return new Logging(ds, log.getObject());
          }
          return bean;
        }
      };
    }
  }

  private static final class Logging extends DelegatingDataSource {

    private final StatementLog log;

    Logging(DataSource target, StatementLog log) {
      super(target);
      this.log = log;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
      InvocationHandler handler =
          (Object proxy, Method method, Object[] args) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall"))
                && args != null
                && args.length > 0
                && args[0] instanceof String sql) {
              log.prepared(sql);
            }
            try {
              return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }
  }
}
