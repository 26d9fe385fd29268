package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Addresses of the front-end files pages load. htmx comes from its WebJar, served by the container from
 * {@code META-INF/resources}; its version is read from the WebJar itself, so the pom is the only place it is
 * named. Quill is copied into the WAR by the build ({@code /newsroom/vendor/quill}).
 */
public final class Assets {

    public static final String HTMX = "/webjars/htmx.org/" + version("htmx.org") + "/dist/htmx.min.js";
    public static final String QUILL = "/newsroom/vendor/quill/quill.js";
    public static final String QUILL_CSS = "/newsroom/vendor/quill/quill.snow.css";

    private Assets() {
    }

    private static String version(String webjar) {
        String path = "META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties";
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + webjar + " is missing from the WAR (" + path + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
