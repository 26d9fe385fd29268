package org.newsroom.cms.web.errorpages;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bodies over {@code CMS_MAX_POST_BYTES} (default 64 MiB) are a 413 problem: at once when the request says
 * its length, and as soon as a chunked body runs over while it is read ({@link TooLarge}, answered 413 by
 * the exception mappers and {@link ErrorPageServlet}). Undertow's own limit is set far above this one,
 * because Undertow answers an empty 400.
 */
@WebFilter(urlPatterns = "/*")
public class BodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long MAX = maxBytes();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX) {
            response.setHeader("Connection", "close"); // do not read what is left of the body
            Problem.write(response, 413, detail());
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Limited(request), response);
    }

    /** Thrown while reading a body that turned out larger than the limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(detail());
        }
    }

    /** A request whose body (of unknown length) may be read up to the limit only. */
    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > MAX) {
                            throw new TooLarge();
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
                };
            }
            return limited;
        }
    }

    public static String detail() {
        return "The body is larger than this server accepts (" + MAX / (1024 * 1024) + " MiB, CMS_MAX_POST_BYTES); "
                + "send less, e.g. one photo per request.";
    }

    /** Whether a body over the limit caused this error (ours, or Undertow's own limit). */
    public static boolean tooBig(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TooLarge || t.getClass().getName().endsWith("RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }

    private static long maxBytes() {
        try {
            String value = System.getenv("CMS_MAX_POST_BYTES");
            return value == null || value.isBlank() ? 64L * 1024 * 1024 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 64L * 1024 * 1024;
        }
    }
}
