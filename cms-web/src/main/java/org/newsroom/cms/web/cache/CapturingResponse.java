package org.newsroom.cms.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets a missed response go to the client as it is while keeping a copy of its bytes (up to {@link #LIMIT};
 * a larger body is not kept), so the read cache can send it again. {@link #captured} then says whether it
 * may be kept: a 200 with its validators set by {@link PublicCaching}, no cookie, no Vary beyond Accept.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    static final int LIMIT = 2 * 1024 * 1024;

    /** Not kept: per response or per connection, or set again on every hit. */
    private static final Set<String> NOT_KEPT = Set.of("content-length", "content-type", "date", "connection",
            "transfer-encoding", "strict-transport-security", PublicReadFilter.X_CACHE.toLowerCase(Locale.ROOT));

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    /** Nothing reaches the client until {@link #release} (or the caller answers from {@link #captured}). */
    private final boolean hold;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean tooLarge;
    private boolean error;

    CapturingResponse(HttpServletResponse response) {
        this(response, false);
    }

    private CapturingResponse(HttpServletResponse response, boolean hold) {
        super(response);
        this.hold = hold;
    }

    /** A capture that holds the body back (whatever its size) until {@link #release}. */
    static CapturingResponse holding(HttpServletResponse response) {
        return new CapturingResponse(response, true);
    }

    /** Sends what a {@link #holding} capture held, as the route made it. */
    void release() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (hold && !error && copy.size() > 0) {
            getResponse().setContentLength(copy.size());
            copy.writeTo(getResponse().getOutputStream());
        }
    }

    /** The response as it went out, or null when it must not be kept. */
    CachedResponse captured(boolean lastModifiedKnown) {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse r = (HttpServletResponse) getResponse();
        String etag = r.getHeader("ETag");
        String vary = r.getHeader("Vary");
        String lastModified = r.getHeader("Last-Modified");
        boolean keep = !error && !tooLarge && r.getStatus() == SC_OK && etag != null && lastModified != null
                && lastModifiedKnown && r.getHeader("Set-Cookie") == null
                && (vary == null || vary.strip().equalsIgnoreCase("Accept"))
                && !Conditional.personal(String.join(", ", r.getHeaders("Cache-Control")));
        if (!keep) {
            return null;
        }
        List<CachedResponse.Header> headers = new ArrayList<>();
        for (String name : r.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : r.getHeaders(name)) {
                    headers.add(new CachedResponse.Header(name, value));
                }
            }
        }
        return new CachedResponse(copy.toByteArray(), r.getContentType(), List.copyOf(headers), etag,
                Conditional.parseDate(lastModified));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (stream == null) {
            stream = new Tee(getResponse().getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was already called");
            }
            stream = new Tee(getResponse().getOutputStream());
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        error = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        error = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        error = true;
        super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!hold) {
            super.flushBuffer();
        }
    }

    @Override
    public void reset() {
        super.reset();
        copy.reset();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        copy.reset();
    }

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (hold) {
                copy.write(b, off, len);
                tooLarge = copy.size() > LIMIT;
                return;
            }
            out.write(b, off, len);
            if (!tooLarge && copy.size() == 0 && CachedResponse.binary(getContentType())) {
                tooLarge = true; // a picture is never kept: not even copied
            }
            if (!tooLarge) {
                if (copy.size() + len > LIMIT) {
                    tooLarge = true;
                    copy.reset();
                } else {
                    copy.write(b, off, len);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (!hold) {
                out.flush();
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
