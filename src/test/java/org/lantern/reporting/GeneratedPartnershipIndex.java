package org.lantern.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The search index of the benchmarks that time a generated partnership: without it the index would
 * catch up with the million generated children in the background (the tests' index does so every 2
 * s) while the reports, which never read it, are timed. It is kept between runs in one folder, so
 * that a reusing run indexes the children once, as it starts, before anything is timed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(
    properties = {
      "lantern.search.sync-interval=6h",
      "lantern.search.index-dir=${java.io.tmpdir}/lantern-period-report-bench-index"
    })
@interface GeneratedPartnershipIndex {}
