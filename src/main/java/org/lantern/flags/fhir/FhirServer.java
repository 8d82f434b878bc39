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
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
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
    RestfulServer server = new Server(context());
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

  /**
   * HAPI's plain server, naming each request (the {@code X-Request-ID} it answers with, when the
   * caller sent none) from a fast random source: HAPI's own draws from {@code SecureRandom}, about
   * a fiftieth of a flag check's CPU, for a name that correlates logs and guards nothing.
   */
  static final class Server extends RestfulServer {

    private static final String ALPHANUMERIC =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    Server(FhirContext context) {
      super(context);
    }

    /**
     * Serves the request with its headers read once each: HAPI asks for the same headers (Accept,
     * the pretty-print and Prefer headers, X-Request-ID) several times a request, and Spring
     * Security's firewall, which wraps the request, checks a header's name and values against its
     * patterns on every read. Each header is still checked by the firewall, on its first read. The
     * answer is written as the servlet container buffers it, not flushed value by value ({@link
     * WrittenAtClose}).
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      super.service(new HeadersReadOnce(request), new WrittenAtClose(response));
    }

    @Override
    protected String newRequestId(int length) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      char[] id = new char[length];
      for (int i = 0; i < length; i++) {
        id[i] = ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
      }
      return new String(id);
    }
  }

  /**
   * A response whose text is sent when it is closed (or when the container's buffer fills), not on
   * every flush: HAPI's JSON writer flushes after each value it writes (Jackson's {@code
   * FLUSH_AFTER_WRITE_VALUE}), and each flush of a servlet response is a write to the socket —
   * several system calls for the empty Bundle of "nothing recorded", more for a child's flags, and
   * as many reads for the caller. The body is unchanged; a body that fits the container's buffer
   * goes in one write, with its length instead of in chunks.
   */
  static final class WrittenAtClose extends HttpServletResponseWrapper {

    private @Nullable PrintWriter writer;

    WrittenAtClose(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        PrintWriter sent = super.getWriter();
        writer =
            new PrintWriter(
                new Writer() {
                  @Override
                  public void write(char[] text, int from, int length) {
                    sent.write(text, from, length);
                  }

                  @Override
                  public void write(String text, int from, int length) {
                    sent.write(text, from, length);
                  }

                  @Override
                  public void flush() {
                    // sent at close, or when the container's buffer is full
                  }

                  @Override
                  public void close() {
                    sent.close();
                  }
                });
      }
      return writer;
    }
  }

  /** A request whose headers, each read once from the request it wraps, are kept for the rest. */
  static final class HeadersReadOnce extends HttpServletRequestWrapper {

    private final Map<String, List<String>> read = new HashMap<>();

    HeadersReadOnce(HttpServletRequest request) {
      super(request);
    }

    @Override
    public @Nullable String getHeader(String name) {
      List<String> values = values(name);
      return values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return Collections.enumeration(values(name));
    }

    private List<String> values(String name) {
      String key = name.toLowerCase(Locale.ROOT);
      List<String> values = read.get(key);
      if (values == null) {
        Enumeration<String> all = super.getHeaders(name);
        values = all == null ? List.of() : List.copyOf(Collections.list(all));
        read.put(key, values);
      }
      return values;
    }
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
