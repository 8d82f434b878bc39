package org.lantern.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Information governance settings.
 *
 * @param agreementsRequired refuse a partner system whose agency has no sharing agreement in force
 * @param retentionReviewCron when the daily job lists what has reached its retention date
 */
@ConfigurationProperties("lantern.governance")
public record GovernanceSettings(
    @DefaultValue("true") boolean agreementsRequired,
    @DefaultValue("0 30 2 * * *") String retentionReviewCron) {}
