package org.lantern.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo county.
 *
 * @param enabled generate it when the database is empty (the embedded default only)
 * @param seed makes the county the same every time
 * @param children how many children to generate
 * @param password every demo account's password
 */
@ConfigurationProperties("lantern.demo")
public record DemoSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("20261123") long seed,
    @DefaultValue("2400") int children,
    @DefaultValue("Lantern-demo-1") String password) {}
