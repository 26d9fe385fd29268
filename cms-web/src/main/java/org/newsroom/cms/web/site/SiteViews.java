package org.newsroom.cms.web.site;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.NewsroomSettings;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.interchange.jsonld.NewsArticleJsonLd;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.delivery.PublicParts;

/** Builds the site's page models from the published-article model, the plugins' parts and the site settings. */
@ApplicationScoped
public class SiteViews {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DESCRIPTION_LENGTH = 160;

    @Inject
    SiteSettings site;
    @Inject
    NewsroomSettings newsroom;
    @Inject
    SectionService sections;
    @Inject
    NewsArticleJsonLd jsonLd;

    /** The address the request came in on ({@code http://host:port}), for absolute URLs without a configured base. */
    public static URI requestBase(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve("/");
    }

    /** The site's words in this language (an article's), or in the newsroom's default language. */
    public SiteTexts texts(String language) {
        return new SiteTexts(language == null ? newsroom.defaultLanguage() : language, site.timeZone());
    }

    public String siteName() {
        return site.name();
    }

    public String absolute(HttpServletRequest request, String path) {
        return site.absolute(requestBase(request), path);
    }

    /** The frame of a page that is not an article (lists, errors). */
    public Chrome chrome(HttpServletRequest request, String title, String description, String path, String feed,
                         boolean noindex) {
        SiteTexts t = texts(null);
        return new Chrome(t, t.lang(), title, description, path == null ? null : absolute(request, path), site.name(),
                site.logoUrl(), sectionLinks(), "website", null, null, noindex,
                feed == null ? null : absolute(request, feed));
    }

    /**
     * An article page: the live revision for readers, or ({@code preview}) a working copy, which is marked,
     * never indexed and carries no canonical link of its own.
     */
    public ArticlePage article(HttpServletRequest request, Article article, ArticleContent content,
                               List<Correction> corrections, PublicParts parts, boolean preview) {
        URI base = requestBase(request);
        SiteTexts t = texts(content.language());
        String canonical = site.absolute(base, "/articles/" + article.getSlug());
        Figure lead = NewsArticleJsonLd.leadFirst(parts.pictures()).stream().findFirst()
                .map(p -> Figure.of(absolutePaths(p, base))).orElse(null);
        String title = content.headline() + " — " + site.name();
        String description = description(content);
        String document = preview ? null : script(jsonLd.document(article, content, corrections, parts, canonical, base));
        Chrome chrome = new Chrome(t, content.language(), title, description, preview ? null : canonical, site.name(),
                site.logoUrl(), sectionLinks(), "article", lead == null ? null : lead.src(), document, preview, null);
        Instant published = article.getFirstPublishedAt();
        Instant modified = published == null ? null : NewsArticleJsonLd.modified(article, corrections);
        boolean changed = modified != null && modified.isAfter(published);
        String diffs = System.getProperty("cms.public-correction-diffs", System.getenv("CMS_PUBLIC_CORRECTION_DIFFS"));
        List<ArticlePage.CorrectionNote> notes = corrections.stream().map(c -> new ArticlePage.CorrectionNote(
                c.getNote(), t.time(c.getCorrectedAt()), t.iso(c.getCorrectedAt()),
                "true".equalsIgnoreCase(diffs) ? "/articles/" + article.getSlug() + "/corrections/" + c.getId() : null))
                .toList();
        Chrome.Link section = content.section() == null ? null
                : new Chrome.Link(sections.nameOf(content.section()), "/sections/" + content.section());
        return new ArticlePage(chrome, content.headline(), content.standfirst(), section,
                parts.html().get(PublicParts.Slot.BYLINE), lead, SiteBody.render(content), notes,
                parts.html().get(PublicParts.Slot.AFTER_BODY), t.time(published), t.iso(published),
                changed ? t.time(modified) : null, changed ? t.iso(modified) : null, preview);
    }

    /** A story in a list; with its lead picture when {@code parts} are given (the front page's lead). */
    public Teaser teaser(HttpServletRequest request, ArticleSnapshot a, PublicParts parts) {
        SiteTexts t = texts(a.language());
        Figure figure = parts == null ? null : NewsArticleJsonLd.leadFirst(parts.pictures()).stream().findFirst()
                .map(p -> Figure.of(absolutePaths(p, requestBase(request)))).orElse(null);
        return new Teaser("/articles/" + a.slug(), a.headline(), a.standfirst(), t.time(a.firstPublishedAt()),
                t.iso(a.firstPublishedAt()), figure);
    }

    public Teaser teaser(HttpServletRequest request, LiveArticle live, PublicParts parts) {
        return teaser(request, org.newsroom.cms.core.plugin.ArticleSnapshots.live(live.article(), live.content()), parts);
    }

    private List<Chrome.Link> sectionLinks() {
        return sections.list().stream().map(s -> new Chrome.Link(s.getName(), "/sections/" + s.getSlug())).toList();
    }

    /** Pictures keep site-relative paths in the parts; pages and Open Graph want them absolute. */
    private PublicParts.Picture absolutePaths(PublicParts.Picture p, URI base) {
        return new PublicParts.Picture(p.id(), site.absolute(base, p.path()), p.itemPath(), p.mediaType(), p.width(),
                p.height(), p.renditions().stream().map(r -> new PublicParts.Rendition(site.absolute(base, r.path()),
                r.width(), r.height())).toList(), p.caption(), p.credit(), p.photographer(), p.copyright(), p.altText(),
                p.lead());
    }

    /** The standfirst, or the body's opening words: at most 160 characters, cut after a word. */
    static String description(ArticleContent content) {
        String text = content.standfirst() != null && !content.standfirst().isBlank() ? content.standfirst()
                : org.jsoup.Jsoup.parseBodyFragment(Objects.requireNonNullElse(content.body(), "")).text();
        text = text.strip();
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        String cut = text.substring(0, DESCRIPTION_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > DESCRIPTION_LENGTH / 2 ? cut.substring(0, space) : cut) + "…";
    }

    /** JSON for inside {@code <script type="application/ld+json">}: no "<" can end the element early. */
    static String script(Object document) {
        try {
            return JSON.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
