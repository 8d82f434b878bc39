package org.lantern.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document partner systems build against, served at /api/openapi. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI lanternApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Lantern partner API")
                .version("v1")
                .description(
                    "For partner agencies' systems (police, NHS, schools) to raise concerns about"
                        + " children with the partnership's front door. Every request is"
                        + " authenticated per agency client and audited. Errors are RFC 9457"
                        + " problem responses.")
                .license(new License().name("Apache-2.0")))
        // Relative, so the document never repeats whatever Host header a request carried.
        .servers(List.of(new Server().url("/")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "partnerClient",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "Bearer <client id>.<secret>, issued per agency system by the"
                                + " partnership administrator.")));
  }
}
