package org.lantern.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each partner API takes. A larger one is answered 413 with a problem
 * document, before Lantern reads it.
 *
 * @param concerns {@code POST /api/v1/concerns}: one concern of at most 10,000 characters of text
 * @param missingEpisodes {@code POST /api/v1/missing-episodes}: one notification
 * @param personRecordsCsv {@code POST /api/v1/person-records} as CSV: as much as the person-index
 *     upload page takes
 * @param personRecordsJson the same as JSON, which spells every field name on every row
 * @param other anything else under /api/v1
 */
@ConfigurationProperties("lantern.api.max-request-size")
public record ApiLimits(
    @DefaultValue("256KB") DataSize concerns,
    @DefaultValue("256KB") DataSize missingEpisodes,
    @DefaultValue("5MB") DataSize personRecordsCsv,
    @DefaultValue("10MB") DataSize personRecordsJson,
    @DefaultValue("64KB") DataSize other) {

  /** The limit for a request to this path (within the application) with this content type. */
  DataSize forRequest(String path, String contentType) {
    if (path.startsWith("/api/v1/concerns")) {
      return concerns;
    }
    if (path.startsWith("/api/v1/missing-episodes")) {
      return missingEpisodes;
    }
    if (path.startsWith("/api/v1/person-records")) {
      return isCsv(contentType) ? personRecordsCsv : personRecordsJson;
    }
    return other;
  }

  private static boolean isCsv(String contentType) {
    try {
      return MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.valueOf("text/csv"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
