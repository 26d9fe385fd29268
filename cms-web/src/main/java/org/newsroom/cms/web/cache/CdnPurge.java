package org.newsroom.cms.web.cache;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsroom.cms.core.application.CdnSettings;
import org.newsroom.cms.core.application.PublicChange;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.web.security.TrustedProxies;

/**
 * Tells the CDN which addresses to drop when a live article was killed, unpublished, corrected or
 * republished: once the change has committed, on the node that made it (a local CDI event, not the
 * cross-node channel, so one change is one call), it posts
 * {@code {"event": "KILLED", "article": "<id>", "urls": [...]}} to {@code CMS_PURGE_WEBHOOK_URL}. The
 * addresses are absolute on {@code CMS_PUBLIC_BASE_URL}, else on the address the change came in on.
 */
@ApplicationScoped
public class CdnPurge {

    private static final Logger LOG = Logger.getLogger(CdnPurge.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CdnSettings settings;
    @Inject
    SiteSettings site;
    @Inject
    PurgeWebhook webhook;
    @Inject
    TrustedProxies proxies;
    @Inject
    HttpServletRequest request;

    void purge(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChange change) {
        URI hook = settings.purgeWebhook();
        if (hook == null) {
            return;
        }
        URI base = requestBase();
        List<String> urls = change.paths().stream().map(p -> site.absolute(base, p)).distinct().toList();
        webhook.post(hook, message(change, urls));
    }

    static byte[] message(PublicChange change, List<String> urls) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", change.kind().name());
        body.put("article", change.articleId().toString());
        body.put("urls", urls);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and a list always serialise", e);
        }
    }

    /** Scheme, host and port of the request that made the change; {@code http://localhost} outside one. */
    private URI requestBase() {
        try {
            URI url = URI.create(request.getRequestURL().toString());
            String scheme = proxies.overTls(request) ? "https" : url.getScheme();
            return URI.create(scheme + "://" + url.getRawAuthority());
        } catch (ContextNotActiveException | IllegalArgumentException e) {
            LOG.warning("A purge outside a request: set CMS_PUBLIC_BASE_URL so its addresses name the public site");
            return URI.create("http://localhost");
        }
    }
}
