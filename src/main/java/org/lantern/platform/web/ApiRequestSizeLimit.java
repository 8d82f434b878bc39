package org.lantern.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.ApiProblems;
import org.lantern.platform.RequestTooLargeException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every partner API request to its size limit ({@link ApiLimits}). A request whose declared
 * length is over the limit is answered 413 at once, its body unread; one that does not declare its
 * length (chunked) is read only up to the limit, and the read then fails with {@link
 * RequestTooLargeException}, which the API's error handling answers with the same 413.
 */
class ApiRequestSizeLimit extends OncePerRequestFilter {

  private final ApiLimits limits;
  private final ApiProblems problems;

  ApiRequestSizeLimit(ApiLimits limits, ApiProblems problems) {
    this.limits = limits;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    DataSize limit = limits.forRequest(path, Objects.toString(request.getContentType(), ""));
    if (request.getContentLengthLong() > limit.toBytes()) {
      problems.write(response, problems.tooLarge(limit));
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final DataSize limit;
    private @Nullable ServletInputStream stream;

    Limited(HttpServletRequest request, DataSize limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final DataSize limit;
    private long read;

    LimitedStream(ServletInputStream in, DataSize limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws RequestTooLargeException {
      read += n;
      if (read > limit.toBytes()) {
        throw new RequestTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
