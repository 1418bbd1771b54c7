package com.opensylo.shared.web;

import com.opensylo.shared.error.PayloadTooLargeException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than {@code opensylo.http.max-body-bytes} with 413, before they are
 * read: at once when {@code Content-Length} says so, and while streaming for chunked bodies that
 * never declared a length.
 */
@Provider
@PreMatching
public class RequestBodyLimitFilter implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "opensylo.http.max-body-bytes")
  long maxBodyBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    int declared = request.getLength();
    if (declared > maxBodyBytes) {
      throw tooLarge();
    }
    // A declared length is enforced by the container; only a body of unknown length (chunked) needs
    // counting.
    if (declared < 0 && request.hasEntity()) {
      request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBodyBytes));
    }
  }

  private PayloadTooLargeException tooLarge() {
    return new PayloadTooLargeException(
        "The request body exceeds the limit of " + maxBodyBytes + " bytes.");
  }

  /** Counts what is read and fails once more than the limit has come through. */
  private final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > limit) {
        throw tooLarge();
      }
    }
  }
}
