package org.lantern.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings.
 *
 * @param breakGlassDuration how long emergency access to one child lasts once granted
 * @param maxFailedSignIns wrong passwords in a row before the account locks
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("lantern.access")
public record AccessSettings(
    @DefaultValue("8h") Duration breakGlassDuration,
    @DefaultValue("5") int maxFailedSignIns,
    @DefaultValue("15m") Duration lockout) {}
