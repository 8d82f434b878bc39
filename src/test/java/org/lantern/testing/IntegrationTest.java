package org.lantern.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on PostgreSQL. All such tests share one context; each makes
 * its own partnership, so they never see each other's data. {@code MockMvc} (with every filter:
 * security, sessions) is part of that one context, so tests of pages and the API do not start
 * another. The server listens on a random port, as it does for the browser journeys and the tests
 * over the wire ({@code BrowserJourney}, {@code OverTheWireIntegrationTests}, {@code
 * FhirFlagIntegrationTests}), which declare the same and so share this context: each JVM of the
 * suite starts Lantern once for all of them, not once for {@code MockMvc} and again for a port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupport.class)
public @interface IntegrationTest {}
