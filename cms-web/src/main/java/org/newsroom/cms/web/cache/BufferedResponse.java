package org.newsroom.cms.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back a public response's body so the filter can hash it and answer 304 instead. Headers go straight
 * to the container's response (nothing is committed before the filter writes). A body larger than
 * {@link #LIMIT} (a huge sitemap) is not held: the filter is told once ({@link Overflow}), then the bytes
 * stream through, without ETag. {@code sendError} and {@code sendRedirect} pass through as they are, after
 * the filter set their Cache-Control.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    static final int LIMIT = 16 * 1024 * 1024;

    /** Called before the body starts streaming (too large to hold) or the container answers itself. */
    interface Overflow {
        void beforeStreaming(BufferedResponse response) throws IOException;
    }

    private final Overflow overflow;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean streaming;
    private boolean passedThrough;

    BufferedResponse(HttpServletResponse response, Overflow overflow) {
        super(response);
        this.overflow = overflow;
    }

    /** The body so far; complete once the chain has returned. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    /** Whether the response already went to the container (streamed, sendError, sendRedirect). */
    boolean passedThrough() {
        return streaming || passedThrough;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (stream == null) {
            stream = new Held();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null && writer == null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            stream = new Held();
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        beforeContainer(sc);
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        beforeContainer(sc);
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        beforeContainer(SC_FOUND);
        super.sendRedirect(location);
    }

    private void beforeContainer(int status) throws IOException {
        passedThrough = true;
        setStatus(status);
        overflow.beforeStreaming(this);
    }

    // the filter sets the length of what it writes; the route's would be wrong after a 304
    @Override
    public void setContentLength(int len) {
        if (passedThrough()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (passedThrough()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (passedThrough() || !"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (passedThrough() || !"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (passedThrough() || !"Content-Length".equalsIgnoreCase(name)) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (passedThrough() || !"Content-Length".equalsIgnoreCase(name)) {
            super.addIntHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (passedThrough()) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedThrough() && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (!passedThrough()) {
            buffer.reset();
        }
        super.resetBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        if (!passedThrough()) {
            buffer.reset();
        }
    }

    private final class Held extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (streaming) {
                getResponse().getOutputStream().write(b, off, len);
                return;
            }
            buffer.write(b, off, len);
            if (buffer.size() > LIMIT) {
                streaming = true;
                overflow.beforeStreaming(BufferedResponse.this);
                getResponse().getOutputStream().write(buffer.toByteArray());
                buffer.reset();
            }
        }

        @Override
        public void flush() throws IOException {
            if (streaming) {
                getResponse().getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("public responses are written blocking");
        }
    }
}
