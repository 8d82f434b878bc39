package org.lantern.access.security;

import java.time.Clock;
import java.util.List;
import org.lantern.access.ApiClientGate;
import org.lantern.access.AuditLog;
import org.lantern.access.FhirRefusals;
import org.lantern.access.Role;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.ApiClients;
import org.lantern.platform.ApiProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Three filter chains: static assets (public, no session), the partner API (bearer credentials,
 * stateless, problem responses) and the pages (sign-in form or OIDC, CSRF, strict headers).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** No inline script or style anywhere; everything comes from Lantern itself. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The OpenAPI page's own scripts set inline styles; it holds no personal data. */
  static final String API_DOCS_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

  private static final String[] PUBLIC_PAGES = {
    "/sign-in",
    "/error",
    "/accessibility",
    "/actuator/health/**",
    "/favicon.ico",
    // a new person's invitation link to set their password (the admin module checks the token)
    "/invitation/*",
    // the first run of an empty install (the admin module closes it once a partnership exists)
    "/first-run",
    CsrfFailureHandler.PAGE
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain assets(HttpSecurity http) throws Exception {
    return http.securityMatcher("/assets/**", "/govuk/**", "/moj/**", "/static/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .sessionManagement(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiClients clients,
      Agencies agencies,
      PlatformTransactionManager transactions,
      ApiProblems problems,
      AuditLog audit,
      Clock clock,
      ObjectProvider<ApiClientGate> gates,
      AcceptedTokens accepted)
      throws Exception {
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    TransactionTemplate writes = new TransactionTemplate(transactions);
    return http.securityMatcher("/api/v1/**")
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.PARTNER_SYSTEM.name()))
        .addFilterBefore(
            new ApiClientAuthenticationFilter(clients, agencies, accepted, readOnly, writes, clock),
            BasicAuthenticationFilter.class)
        .addFilterAfter(
            new ApiClientGateFilter(gates, audit, ApiClientGateFilter.problems(problems)),
            BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new ApiAuthenticationEntryPoint(problems))
                    .accessDeniedHandler(
                        new AuditingAccessDeniedHandler(
                            audit,
                            (request, response, ex) ->
                                ProblemResponses.write(
                                    response,
                                    HttpStatus.FORBIDDEN,
                                    "This client may not use this operation."))))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
        .build();
  }

  /**
   * FHIR R4 for clinical systems ({@code flags.fhir}): the same partner-system credentials as the
   * API, stateless. The CapabilityStatement ({@code /fhir/metadata}) is open; everything else needs
   * a partner system given the {@link org.lantern.access.ApiScope#FLAGS} scope whose gates let it
   * in. Each refusal is audited as on the API and answered, as clinical systems expect, with a FHIR
   * OperationOutcome ({@link FhirRefusals}, written by the FHIR module), not a problem document.
   */
  @Bean
  @Order(2)
  SecurityFilterChain fhir(
      HttpSecurity http,
      ApiClients clients,
      Agencies agencies,
      PlatformTransactionManager transactions,
      ApiProblems problems,
      AuditLog audit,
      Clock clock,
      ObjectProvider<ApiClientGate> gates,
      FhirRefusals fhir,
      AcceptedTokens accepted)
      throws Exception {
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    TransactionTemplate writes = new TransactionTemplate(transactions);
    return http.securityMatcher("/fhir/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/fhir/metadata")
                    .permitAll()
                    .anyRequest()
                    .hasRole(Role.PARTNER_SYSTEM.name()))
        .addFilterBefore(
            new ApiClientAuthenticationFilter(clients, agencies, accepted, readOnly, writes, clock),
            BasicAuthenticationFilter.class)
        .addFilterAfter(
            new ApiClientGateFilter(
                gates,
                audit,
                (response, r) -> fhir.write(response, HttpStatus.FORBIDDEN.value(), r.detail())),
            BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new FhirAuthenticationEntryPoint(problems, fhir))
                    .accessDeniedHandler(
                        new AuditingAccessDeniedHandler(
                            audit,
                            (request, response, ex) ->
                                fhir.write(
                                    response,
                                    HttpStatus.FORBIDDEN.value(),
                                    problems.text("api.fhir.outOfScope")))))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            "/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**", "/api/swagger-ui/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .sessionManagement(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_DOCS_POLICY)))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain pages(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidc,
      OidcAccounts accounts,
      AuditLog audit)
      throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(PUBLIC_PAGES)
                    .permitAll()
                    .requestMatchers("/front-door/**")
                    .hasRole(Role.FRONT_DOOR.name())
                    .requestMatchers("/audit/**")
                    .hasRole(Role.INFORMATION_GOVERNANCE.name())
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    new AuditingAccessDeniedHandler(audit, new AccessDeniedHandlerImpl())))
        .formLogin(
            f ->
                f.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .failureHandler(new SignInFailureHandler())
                    .defaultSuccessUrl("/", true)
                    .permitAll())
        .logout(
            l ->
                l.logoutUrl("/sign-out")
                    .logoutSuccessUrl("/sign-in?signedOut")
                    .deleteCookies("LANTERN_SESSION"))
        .sessionManagement(
            s -> s.invalidSessionUrl("/sign-in?timeout").sessionFixation(f -> f.changeSessionId()))
        // A form that fails its CSRF check (the session ended, or the page is from before the
        // person signed in again) is told as that, with their words to copy: not "your role does
        // not allow this".
        .csrf(c -> c.withObjectPostProcessor(csrfFailurePage()))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(f -> f.deny())
                    .permissionsPolicyHeader(
                        p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(
          o ->
              o.loginPage("/sign-in")
                  .userInfoEndpoint(u -> u.oidcUserService(accounts))
                  .failureUrl("/sign-in?oidcError")
                  .defaultSuccessUrl("/", true));
    }
    return http.build();
  }

  private static ObjectPostProcessor<CsrfFilter> csrfFailurePage() {
    return new ObjectPostProcessor<>() {
      @Override
      public <O extends CsrfFilter> O postProcess(O filter) {
        filter.setAccessDeniedHandler(new CsrfFailureHandler());
        return filter;
      }
    };
  }

  @Bean
  WebMvcConfigurer currentUserResolver() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
      }
    };
  }
}
