package org.newsroom.cms.core.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.wire.WireCopy;
import org.newsroom.cms.core.domain.wire.WireText;
import org.newsroom.cms.core.plugin.PluginEvents;
import org.newsroom.cms.plugin.api.WireDraft;

/**
 * Imports wire copy: one file, one transaction, one DRAFT article owned by the importer. The core reads
 * headline, dateline, paragraphs and language; then the enabled plugins' wire parsers run in their order
 * (photo captions, bylines, tag suggestions) and store what they found once the article exists. The same
 * text imported again returns the article made the first time.
 */
@ApplicationScoped
public class WireImportService {

    /** What happened to one file. */
    public record Outcome(String file, Status status, UUID articleId, String headline, String error) {

        /** CREATED: a new draft; DUPLICATE: the same text was imported before; FAILED: see error. */
        public enum Status { CREATED, DUPLICATE, FAILED }
    }

    @Inject
    ArticleService articles;
    @Inject
    PluginEvents plugins;
    @Inject
    Clock clock;
    @PersistenceContext(unitName = "cms")
    EntityManager em;

    /** Imports one file; never throws for bad input — the outcome says what went wrong. */
    @Transactional
    public Outcome importFile(Actor importer, String fileName, byte[] content) {
        WireText.Decoded decoded = WireText.decode(content);
        if (!decoded.ok()) {
            return new Outcome(fileName, Outcome.Status.FAILED, null, null, decoded.error());
        }
        String hash = sha256(decoded.text().strip());
        List<?> existing = em.createNativeQuery("select cast(article_id as varchar) from wire_import where content_hash = ?1")
                .setParameter(1, hash).getResultList();
        if (!existing.isEmpty()) {
            Article article = articles.get(UUID.fromString((String) existing.get(0)));
            return new Outcome(fileName, Outcome.Status.DUPLICATE, article.getId(), article.getHeadline(), null);
        }
        WireCopy copy = WireCopy.read(decoded.text());
        if (copy.headline().isEmpty() || copy.paragraphs().isEmpty()) {
            return new Outcome(fileName, Outcome.Status.FAILED, null, null,
                    "No story found: wire copy needs a headline line and at least one paragraph.");
        }
        WireDraft draft = plugins.parseWireCopy(new WireDraft(decoded.text(), copy.headline(), copy.datelinePlace(),
                copy.datelineSource(), copy.language(), copy.paragraphs(), Map.of()));
        Article article = articles.create(importer, new ArticleInput(draft.headline(), null, html(draft.paragraphs()),
                draft.datelinePlace(), draft.datelineSource(), draft.language(), null, null, null));
        plugins.wireCopyImported(article, draft);
        em.createNativeQuery("insert into wire_import (content_hash, article_id, file_name, charset, importer_id, "
                        + "imported_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, hash).setParameter(2, article.getId()).setParameter(3, truncate(fileName, 255))
                .setParameter(4, decoded.charset()).setParameter(5, importer.id())
                .setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        return new Outcome(fileName, Outcome.Status.CREATED, article.getId(), article.getHeadline(), null);
    }

    /** Plain-text paragraphs as body HTML: escaped, inner line breaks joined, empty ones (taken by a plugin) left out. */
    static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            if (!p.isBlank()) {
                html.append("<p>").append(p.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace('\n', ' ')).append("</p>\n");
            }
        }
        return html.toString().strip();
    }

    private static String truncate(String s, int max) {
        return s == null ? "unnamed" : s.length() <= max ? s : s.substring(0, max);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
