package io.hindsight.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@link #MAX_BYTES} with 413: at the first read when Content-Length says so, and while
 * reading when the body is chunked or its Content-Length lies. The refusal surfaces where the body is read, not
 * before the resource runs, so that a resource reading its own body (a webhook) can record the refusal.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    /** Timeline entries are at most a few KB; one MiB leaves room for webhook batches and stops memory abuse. */
    public static final long MAX_BYTES = 1024L * 1024L;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BYTES) {
            request.setEntityStream(new RefusedBody(MAX_BYTES));
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), MAX_BYTES));
    }

    /** A body declared too large: every read fails, and not one byte of it is read from the client. */
    static final class RefusedBody extends InputStream {

        private final long limit;

        RefusedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            throw new PayloadTooLargeException(limit);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new PayloadTooLargeException(limit);
        }
    }

    /** Counts the bytes read and fails as soon as there are more than the limit. */
    static final class LimitedInputStream extends FilterInputStream {

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
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        // Mark/reset would let a reader re-count bytes; no JSON reader needs it, so it is switched off.
        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) throws PayloadTooLargeException {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
