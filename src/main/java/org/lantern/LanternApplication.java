package org.lantern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Lantern: one place for a safeguarding partnership to find, share and act on concerns. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class LanternApplication {

  public static void main(String[] args) {
    SpringApplication.run(LanternApplication.class, args);
  }
}
