package dev.tandem.web;

import dev.tandem.platform.TandemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies above {@code tandem.api.max-body-bytes}: early by Content-Length, and while reading for
 * chunked bodies that carry none. The caller gets 413 (RFC 9110 §15.5.14) with the limit in the detail.
 */
@Provider
public class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "tandem.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new LimitedStream(context.getInputStream()));
        return context.proceed();
    }

    private BodyTooLargeException tooLarge() {
        return new BodyTooLargeException(maxBytes);
    }

    /** Raised when a request body exceeds the configured limit. */
    static final class BodyTooLargeException extends TandemException {
        BodyTooLargeException(long maxBytes) {
            super(Kind.TOO_LARGE, "The request body is larger than the limit of " + maxBytes + " bytes.");
        }

        @Override
        public String title() {
            return "Request body too large";
        }
    }

    private final class LimitedStream extends FilterInputStream {
        private long read;

        LimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
