package org.lantern.platform.durability;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes {@link SyncWriteFileSystem} known to H2 before anything can open the database. */
@Configuration(proxyBeanMethods = false)
class DurabilityConfiguration {

  /** Runs before any bean is made, so before the data source opens its first connection. */
  @Bean
  static BeanFactoryPostProcessor syncWriteFileSystem() {
    return beanFactory -> SyncWriteFileSystem.register();
  }
}
