package org.newsroom.cms.it;

import java.net.URI;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real S3-compatible server (S3Proxy on an in-memory blob store) for the failsafe run with
 * {@code CMS_PHOTO_STORE=s3}: started before Arquillian starts WildFly, stopped after the last test. Only when
 * {@code cms.it.s3.port} is set; the bucket, keys and port are the ones the WildFly child process gets as
 * {@code CMS_S3_*} (see cms-web/pom.xml, execution {@code s3-photos}).
 */
public class S3ProxySession implements LauncherSessionListener {

    static final String BUCKET = "newsroom-photos-it";
    static final String ACCESS_KEY = "newsroom-it";
    static final String SECRET_KEY = "newsroom-it-secret";

    private static BlobStoreContext blobs;
    private static S3Proxy proxy;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String configured = System.getProperty("cms.it.s3.port");
        if (configured == null) {
            return;
        }
        port = Integer.parseInt(configured);
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        resume();
    }

    /** What the CMS has put into the bucket (same JVM). */
    static BlobStore blobs() {
        if (blobs == null) {
            throw new IllegalStateException("S3Proxy runs only with -Dcms.it.s3.port (failsafe execution s3-photos)");
        }
        return blobs.getBlobStore();
    }

    /** Stops answering: the port is closed, the objects are kept. */
    static synchronized void pause() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop S3Proxy", e);
        }
    }

    /** Answers again on the same port, with the same objects. */
    static synchronized void resume() {
        try {
            proxy = S3Proxy.builder().blobStore(blobs.getBlobStore())
                    .endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start S3Proxy on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (proxy != null) {
            pause();
            blobs.close();
        }
    }
}
