package org.lantern.flags.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessRefusedException;
import org.lantern.flags.PartnerFlagRejected;
import org.lantern.platform.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HAPI FHIR's plain server at {@code /fhir/*}: the Flag resource and the CapabilityStatement
 * ({@code /fhir/metadata}, open to all). Every other request must come from a partner system, as
 * the {@code /api/v1} API does; every error answers an OperationOutcome with its status, never a
 * stack trace.
 */
@Configuration(proxyBeanMethods = false)
class FhirServer {

  private static final Logger log = LoggerFactory.getLogger(FhirServer.class);

  @Bean
  ServletRegistrationBean<RestfulServer> fhirServlet(
      FlagResourceProvider flags, MessageSource messages) {
    RestfulServer server = new RestfulServer(context());
    server.setServerName("Lantern");
    server.setImplementationDescription("Lantern flags for unscheduled care");
    server.setDefaultResponseEncoding(EncodingEnum.JSON);
    server.setResourceProviders(flags);
    server.registerInterceptor(new Guard(messages));
    ServletRegistrationBean<RestfulServer> registration =
        new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }

  /**
   * The server's own FHIR context, made once (never per request): HAPI's model scanned at start,
   * and its parser told not to search every resource it writes for referenced resources that have
   * no id, to put them in {@code contained} — Lantern's Flag puts its one contained Organization
   * there itself, so that search (a walk of every element of every resource written) is work for
   * nothing on every check. Apart from the context the clients and tests use ({@code forR4Cached}),
   * so this choice is the server's alone. No narrative is generated (no generator is set), and
   * responses are not pretty-printed unless asked.
   */
  static FhirContext context() {
    FhirContext context = FhirContext.forR4();
    context.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
    context.setNarrativeGenerator(null);
    return context;
  }

  /** Who may call, and every failure as an OperationOutcome with the right status. */
  @Interceptor
  static final class Guard {

    private final MessageSource messages;

    Guard(MessageSource messages) {
      this.messages = messages;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean authenticated(RequestDetails request) {
      if (request.getRestOperationType() != RestOperationTypeEnum.METADATA) {
        FhirCaller.current();
      }
      return true;
    }

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException outgoing(
        RequestDetails request,
        Throwable thrown,
        HttpServletRequest servletRequest,
        HttpServletResponse servletResponse) {
      Throwable cause = thrown;
      while (cause != null) {
        switch (cause) {
          case PartnerFlagRejected r -> {
            String text = text(r.messageKey());
            return switch (r.reason()) {
              case INVALID -> new InvalidRequestException(text);
              case NOT_ALLOWED -> new ForbiddenOperationException(text);
              case NOT_FOUND -> new ResourceNotFoundException(text);
              case UNPROCESSABLE -> new UnprocessableEntityException(text);
            };
          }
          case AccessDeniedForRole d -> {
            return new ForbiddenOperationException(text("flags.fhir.forbidden"));
          }
          case AccessRefusedException d -> {
            return new ResourceNotFoundException(text("flags.fhir.notFound"));
          }
          case RecordNotFoundException d -> {
            return new ResourceNotFoundException(text("flags.fhir.notFound"));
          }
          case BaseServerResponseException known
              when !(known instanceof InternalErrorException) -> {
            return known;
          }
          default -> {}
        }
        cause = cause.getCause() == cause ? null : cause.getCause();
      }
      log.error(
          "FHIR request failed: {} {}",
          servletRequest.getMethod(),
          servletRequest.getRequestURI(),
          thrown);
      return new InternalErrorException(text("flags.fhir.internal"));
    }

    private String text(String key) {
      return messages.getMessage(key, null, Locale.UK);
    }
  }
}
