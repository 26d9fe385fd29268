package org.newsroom.cms.core.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.wire.WireCopy;
import org.newsroom.cms.core.domain.wire.WireImportRepository;
import org.newsroom.cms.core.domain.wire.WireText;
import org.newsroom.cms.plugin.api.WireDraft;

/**
 * Imports wire copy: one file, one transaction, one DRAFT article owned by the importer. The core reads
 * headline, dateline, paragraphs and language; then the enabled plugins' wire parsers run in their order
 * and store what they found once the article exists. The same
 * text imported again returns the article made the first time.
 */
@ApplicationScoped
public class WireImportService {

    /** What happened to one file. */
    public record Outcome(String file, Status status, UUID articleId, String headline, String error,
                          List<String> notes) {

        public Outcome {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public Outcome(String file, Status status, UUID articleId, String headline, String error) {
            this(file, status, articleId, headline, error, List.of());
        }

        /** CREATED: a new draft; DUPLICATE: the same text was imported before; FAILED: see error. */
        public enum Status { CREATED, DUPLICATE, FAILED }
    }

    @Inject
    ArticleService articles;
    @Inject
    PluginEvents plugins;
    @Inject
    Clock clock;
    @Inject
    WireImportRepository imports;
    @Inject
    SearchIndexer search;

    /** Imports one file; never throws for bad input — the outcome says what went wrong. */
    @Transactional
    public Outcome importFile(Actor importer, String fileName, byte[] content) {
        WireText.Decoded decoded = WireText.decode(content);
        if (!decoded.ok()) {
            return new Outcome(fileName, Outcome.Status.FAILED, null, null, decoded.error());
        }
        String hash = sha256(decoded.text().strip());
        Optional<UUID> existing = imports.articleFor(hash);
        if (existing.isPresent()) {
            Article article = articles.get(existing.get());
            return new Outcome(fileName, Outcome.Status.DUPLICATE, article.getId(), article.getHeadline(), null);
        }
        WireCopy copy = WireCopy.read(decoded.text());
        if (copy.headline().isEmpty() || copy.paragraphs().isEmpty()) {
            return new Outcome(fileName, Outcome.Status.FAILED, null, null,
                    "No story found: wire copy needs a headline line and at least one paragraph.");
        }
        PluginEvents.WireParsing parsing = plugins.parseWireCopy(new WireDraft(decoded.text(), copy.headline(),
                copy.datelinePlace(), copy.datelineSource(), copy.language(), copy.paragraphs()));
        WireDraft draft = parsing.draft();
        String audit = "Imported from wire copy " + (fileName == null ? "" : "\"" + fileName + "\"")
                + (parsing.notes().isEmpty() ? "" : "; " + String.join("; ", parsing.notes()));
        Article article = articles.create(importer, new ArticleInput(draft.headline(), null, WireText.paragraphsHtml(draft.paragraphs()),
                draft.datelinePlace(), draft.datelineSource(), draft.language(), null, null, null), audit);
        search.defer(article);
        plugins.wireCopyImported(article, parsing);
        search.index(article); // with what the parsers stored (bylines, tags)
        imports.record(hash, article.getId(), fileName, decoded.charset(), importer.id(), clock.instant());
        return new Outcome(fileName, Outcome.Status.CREATED, article.getId(), article.getHeadline(), null,
                parsing.notes());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
