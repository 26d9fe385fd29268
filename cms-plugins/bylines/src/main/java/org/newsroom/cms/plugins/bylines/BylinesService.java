package org.newsroom.cms.plugins.bylines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.BylineText;
import org.newsroom.cms.plugins.bylines.text.Role;
import org.newsroom.cms.plugins.bylines.text.WireBylineParser;

/**
 * What the hooks do: the creator's default byline, the publish check, delivered byline data, and wire
 * parsing with storage of what it found. Shared with the REST resources through {@link Backend}.
 */
final class BylinesService {

    static final String VETO = "Add an author byline before publishing";

    private final PluginContext context;
    private final Backend backend;

    BylinesService(PluginContext context, Backend backend) {
        this.context = context;
        this.backend = backend;
    }

    /** The author of a new article becomes its first byline, in the default role. */
    void articleCreated(ArticleSnapshot article) {
        Role role = settings().defaultRole();
        backend.db().joined(c -> {
            Contributor me = backend.staffContributor(c, article.author());
            backend.bylines().append(c, article.id(), new BylineStore.Entry(me.id(), role));
            return null;
        });
    }

    /** The veto: publishing or scheduling needs an author byline (when the setting asks for it). */
    List<String> validate(TransitionEvent proposed) {
        if ((proposed.to() != WorkflowState.PUBLISHED && proposed.to() != WorkflowState.SCHEDULED)
                || !settings().requireAuthor()) {
            return List.of();
        }
        boolean hasAuthor = backend.db().read(c -> backend.bylines().hasRole(c, proposed.article().id(), Role.AUTHOR));
        return hasAuthor ? List.of() : List.of(VETO);
    }

    /** {@code {"bylines": [{name, slug, role}], "text": "By A and B"}}, the same for newsroom and public. */
    Map<String, Object> delivery(ArticleSnapshot article) {
        List<BylineStore.Byline> all = backend.db().read(c -> backend.bylines().of(c, article.id()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (BylineStore.Byline b : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.name());
            m.put("slug", b.slug());
            m.put("role", b.role().value());
            items.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bylines", items);
        out.put("text", BylineText.render(all.stream().map(b -> new BylineText.Entry(b.name(), b.role())).toList(),
                article.language()));
        return out;
    }

    /** Finds the byline in wire copy, removes it from the paragraphs and records it as the finding. */
    WireDraft parse(WireDraft draft) {
        Settings settings = settings();
        List<String> known = backend.db().read(c -> backend.contributors().activeNames(c));
        WireBylineParser parser = new WireBylineParser(known, settings.extraPatterns(), settings.defaultRole());
        WireBylineParser.Result result = parser.parse(draft.paragraphs(),
                draft.headline() == null ? "" : draft.headline());
        if (result.bylines().isEmpty()) {
            return draft;
        }
        return draft.withParagraphs(result.paragraphs()).withFinding(context.pluginId(),
                result.bylines().stream().map(WireBylineParser.Found::toMap).toList());
    }

    /**
     * Stores the bylines found in the copy: names resolve to existing contributors (case- and
     * diacritic-insensitive) or become guests flagged for an editor to confirm. With an author among
     * them they replace the importer's default byline; otherwise they are added after it.
     */
    void imported(ArticleSnapshot article, WireDraft draft) {
        Object finding = draft.findings().get(context.pluginId());
        if (!(finding instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        Role fallback = settings().defaultRole();
        Instant now = context.clock().instant();
        backend.db().joined(c -> {
            List<BylineStore.Entry> found = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> m) || !(m.get("name") instanceof String name) || name.isBlank()) {
                    continue;
                }
                Role role = Role.of(String.valueOf(m.get("role"))).orElse(fallback);
                String affiliation = m.get("affiliation") instanceof String a ? a : draft.datelineSource();
                Contributor who = backend.contributors().byName(c, name).orElse(null);
                if (who == null) {
                    who = backend.contributors().insert(c, new ContributorStore.Fields(null, name.strip(), null,
                            null, true, affiliation, true), now);
                    backend.audit().record(c, "CREATED", actor(article), now, who.slug(),
                            "guest from wire copy of article " + article.id() + ", needs confirmation");
                }
                BylineStore.Entry entry = new BylineStore.Entry(who.id(), role);
                if (!found.contains(entry)) {
                    found.add(entry);
                }
            }
            if (found.stream().anyMatch(e -> e.role() == Role.AUTHOR)) {
                backend.bylines().replace(c, article.id(), found);
            } else {
                for (BylineStore.Entry e : found) {
                    backend.bylines().append(c, article.id(), e);
                }
            }
            return null;
        });
    }

    private String actor(ArticleSnapshot article) {
        return context.caller().map(org.newsroom.cms.plugin.api.Caller::username).orElse(article.author());
    }

    private Settings settings() {
        return new Settings(context.config(), context.logger());
    }
}
