package org.newsroom.cms.plugins.bylines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.store.AuditStore;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.Names;
import org.newsroom.cms.plugins.bylines.text.WireByline;

/**
 * Stores bylines read from imported copy (wire text or a ninjs {@code by}) on the new article: names resolve
 * to existing contributors (case- and diacritic-insensitive) or become guests flagged for an editor to
 * confirm. When the copy names a writer (author or reporter), those bylines replace the importer's default
 * one: the person who ran the import did not write the story. Otherwise (only a photographer, say) they
 * are added after it.
 */
final class ImportedBylines {

    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;
    private final AuditStore audit;

    ImportedBylines(PluginContext context, ContributorStore contributors, BylineStore bylines, AuditStore audit) {
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
        this.audit = audit;
    }

    /**
     * @param source where the names came from, for the audit trail ("wire copy", "the ninjs import")
     */
    void store(ArticleSnapshot article, List<WireByline> found, String source) {
        Instant now = context.clock().instant();
        List<BylineStore.Entry> entries = new ArrayList<>();
        for (WireByline byline : found) {
            if (byline.name() == null || byline.name().isBlank()) {
                continue;
            }
            Contributor who = importersOwn(byline.name()).or(() -> contributors.byName(byline.name())).orElse(null);
            if (who == null) {
                String affiliation = byline.affiliation() != null ? byline.affiliation() : article.datelineSource();
                who = contributors.insert(new ContributorStore.Fields(null, byline.name().strip(), null, null, true,
                        affiliation, true), now);
                audit.record("CREATED", who.slug(), "guest from " + source + " of article " + article.id()
                        + ", needs confirmation");
            }
            BylineStore.Entry entry = new BylineStore.Entry(who.id(), byline.role());
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        if (entries.stream().anyMatch(e -> e.role().writes())) {
            bylines.replace(article.id(), entries);
        } else {
            entries.forEach(e -> bylines.append(article.id(), e));
        }
    }

    /**
     * The importer's own staff record when the copy names the importer (the seed's "… (JCPOA). Hermansyah",
     * imported by the account {@code hms01} shown as Hermansyah): that person, even where other contributors
     * share the name.
     */
    private Optional<Contributor> importersOwn(String name) {
        return context.caller().filter(c -> Names.key(c.displayName()).equals(Names.key(name)))
                .flatMap(c -> contributors.byUsername(c.username()));
    }
}
