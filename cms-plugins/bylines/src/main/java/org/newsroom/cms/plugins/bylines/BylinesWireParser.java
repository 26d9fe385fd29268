package org.newsroom.cms.plugins.bylines;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.WireBylineParser;
import org.newsroom.cms.plugins.bylines.text.WireByline;

/**
 * Bylines and sign-offs in wire copy: the bylines leave the body and are the finding, stored once the article
 * exists; a sign-off's agency becomes the dateline source, the desk's initials a note for the import report.
 */
final class BylinesWireParser implements WireCopyParser<List<WireByline>> {

    /** After photo captions (100), before tagging (300): bylines must be out of the body before tags are guessed. */
    static final int ORDER = 200;

    private final PluginContext context;
    private final ContributorStore contributors;
    private final ImportedBylines imports;

    BylinesWireParser(PluginContext context, ContributorStore contributors, ImportedBylines imports) {
        this.context = context;
        this.contributors = contributors;
        this.imports = imports;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public WireParse<List<WireByline>> parse(WireDraft draft) {
        Settings settings = Settings.of(context.config());
        // the importer's own name too: a journalist's first import already knows its writer's byline
        List<String> known = new ArrayList<>(contributors.activeNames());
        context.caller().map(Caller::displayName).ifPresent(known::add);
        WireBylineParser parser = new WireBylineParser(known, settings.extraPatterns(),
                settings.defaultRole(), settings.agencies());
        WireBylineParser.Result result = parser.parse(draft.paragraphs(),
                draft.headline() == null ? "" : draft.headline());
        if (result.empty()) {
            return WireParse.nothing(draft);
        }
        WireDraft next = draft.withParagraphs(result.paragraphs());
        String agency = result.agency();
        if (agency != null) {
            next = next.withDatelineSource(agency);
        }
        List<WireByline> found = result.bylines().isEmpty() ? null : result.bylines(); // a sign-off names no one
        WireParse<List<WireByline>> parsed = WireParse.found(next, found);
        if (!result.deskInitials().isEmpty()) {
            parsed = parsed.withNote("desk sign-off: " + String.join("/", result.deskInitials()));
        }
        if (agency != null && draft.datelineSource() != null && !Objects.equals(agency, draft.datelineSource())) {
            parsed = parsed.withNote("dateline source \"" + draft.datelineSource() + "\" replaced by \"" + agency
                    + "\" from the sign-off");
        }
        return parsed;
    }

    @Override
    public void imported(ArticleSnapshot article, List<WireByline> finding) {
        imports.store(article, finding, "wire copy");
    }
}
