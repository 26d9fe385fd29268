package org.newsroom.cms.plugins.bylines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.newsroom.cms.plugin.api.delivery.SearchParts;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.text.BylineText;
import org.newsroom.cms.plugins.bylines.text.NinjsBy;
import org.newsroom.cms.plugins.bylines.text.WireByline;

/**
 * Bylines in delivered articles: {@code {"bylines": [{name, slug, role}], "text": "By A and B"}}, the same for
 * newsroom and public (bylines are public information); ninjs {@code by} both ways; the people and the
 * linked byline line of the public page.
 */
final class BylinesDelivery implements DeliveryContributor {

    /** One delivered byline. */
    record DeliveredByline(String name, String slug, String role) {
    }

    private final BylineStore bylines;
    private final ImportedBylines imports;

    BylinesDelivery(BylineStore bylines, ImportedBylines imports) {
        this.bylines = bylines;
        this.imports = imports;
    }

    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        List<BylineStore.Byline> all = bylines.of(article.id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bylines", all.stream().map(b -> new DeliveredByline(b.name(), b.slug(), b.role().value())).toList());
        out.put("text", text(all, article.language()));
        return out;
    }

    /** ninjs {@code by}: the rendered byline, e.g. "By Hermansyah" / "Oleh Hermansyah". */
    @Override
    public Map<String, Object> ninjs(ArticleSnapshot article, Audience audience) {
        String text = text(bylines.of(article.id()), article.language());
        return text.isBlank() ? Map.of() : Map.of("by", text);
    }

    /**
     * An imported ninjs {@code by} ("By A and B", "Oleh A dan B. Foto: C", "A, B") becomes bylines the same way
     * as wire copy: resolved to contributors or created as guests to confirm.
     */
    @Override
    public void importNinjs(ArticleSnapshot article, Map<String, Object> ninjs) {
        if (ninjs.get("by") instanceof String by && !by.isBlank()) {
            List<WireByline> found = NinjsBy.parse(by);
            if (!found.isEmpty()) {
                imports.store(article, found, "the ninjs import");
            }
        }
    }

    /**
     * Readers' faces: everyone credited (writers as creators) with their author pages, and the byline line
     * linked to them under the headline.
     */
    @Override
    public PublicParts publicParts(ArticleSnapshot article, Audience audience) {
        if (audience == Audience.PUBLIC && !article.live()) {
            return PublicParts.NONE;
        }
        List<BylineStore.Byline> all = bylines.of(article.id());
        if (all.isEmpty()) {
            return PublicParts.NONE;
        }
        List<PublicParts.Person> people = all.stream().map(b -> new PublicParts.Person(b.name(), b.role().value(),
                BylinesCollections.path(b.slug()), b.role().writes())).toList();
        String html = BylineText.renderHtml(all.stream()
                .map(b -> new BylineText.Entry(b.name(), b.role(), BylinesCollections.path(b.slug()))).toList(),
                article.language());
        return new PublicParts(people, List.of(), List.of(), Map.of(PublicParts.Slot.BYLINE, html));
    }

    /** Search: everyone credited, by name, and a filter key per contributor ({@code author:<slug>}). */
    @Override
    public SearchParts searchParts(ArticleSnapshot article) {
        List<BylineStore.Byline> all = bylines.of(article.id());
        if (all.isEmpty()) {
            return SearchParts.NONE;
        }
        return new SearchParts(String.join(", ", all.stream().map(BylineStore.Byline::name).toList()),
                all.stream().map(b -> "author:" + b.slug()).collect(java.util.stream.Collectors.toSet()));
    }

    static String text(List<BylineStore.Byline> all, String language) {
        return BylineText.render(all.stream().map(b -> new BylineText.Entry(b.name(), b.role())).toList(), language);
    }
}
