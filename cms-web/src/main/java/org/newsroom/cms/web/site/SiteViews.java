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
import org.newsroom.cms.core.application.PublicCorrection;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleDiff;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.infrastructure.html.Embeds;
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

    /** Immutable and thread-safe, so one per language serves every page (a list makes one per teaser otherwise). */
    private final java.util.Map<String, SiteTexts> texts = new java.util.concurrent.ConcurrentHashMap<>();

    /** The site's words in this language (an article's), or in the newsroom's default language. */
    public SiteTexts texts(String language) {
        return texts.computeIfAbsent(language == null ? newsroom.defaultLanguage() : language,
                l -> new SiteTexts(l, site.timeZone()));
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
        List<ArticlePage.CorrectionNote> notes = corrections.stream().map(c -> new ArticlePage.CorrectionNote(
                c.getNote(), t.time(c.getCorrectedAt()), t.iso(c.getCorrectedAt()),
                site.publicCorrectionDiffs() ? correctionPath(article.getSlug(), c.getId()) : null))
                .toList();
        Chrome.Link section = content.section() == null ? null
                : new Chrome.Link(sections.nameOf(content.section()), "/sections/" + content.section());
        return new ArticlePage(chrome, content.headline(), content.standfirst(), section,
                parts.html().get(PublicParts.Slot.BYLINE), lead, SiteBody.render(content), notes,
                parts.html().get(PublicParts.Slot.AFTER_BODY), t.time(published), t.iso(published),
                changed ? t.time(modified) : null, changed ? t.iso(modified) : null, preview);
    }

    /** Whether readers may see what each correction changed ({@code CMS_PUBLIC_CORRECTION_DIFFS}). */
    public boolean publicCorrectionDiffs() {
        return site.publicCorrectionDiffs();
    }

    static String correctionPath(String slug, long correctionId) {
        return "/articles/" + slug + "/corrections/" + correctionId;
    }

    /**
     * The page of what one correction changed, in the article's language. Not for search engines: the article
     * page is what they should index, and this page repeats its text.
     */
    public CorrectionPage correction(HttpServletRequest request, PublicCorrection pc) {
        ArticleContent now = pc.live().content();
        SiteTexts t = texts(now.language());
        String heading = t.t("site.correction.heading");
        Chrome chrome = new Chrome(t, now.language(), heading + " — " + now.headline() + " — " + site.name(),
                pc.correction().getNote(), null, site.name(), site.logoUrl(), sectionLinks(), "website", null, null,
                true, null);
        List<CorrectionPage.Field> fields = pc.diff().fields().stream().filter(ArticleDiff.FieldChange::changed)
                .map(f -> new CorrectionPage.Field(label(t, f.field()), words(f))).toList();
        List<CorrectionPage.Paragraph> body = pc.diff().body().stream().map(p -> switch (p.op()) {
            case CHANGED -> new CorrectionPage.Paragraph(p.op(), null, p.words());
            case DELETED -> new CorrectionPage.Paragraph(p.op(), Embeds.asLinks(p.before()), List.of());
            default -> new CorrectionPage.Paragraph(p.op(), Embeds.asLinks(p.after()), List.of());
        }).toList();
        return new CorrectionPage(chrome, now.headline(), "/articles/" + pc.live().article().getSlug(),
                pc.correction().getNote(), t.time(pc.correction().getCorrectedAt()),
                t.iso(pc.correction().getCorrectedAt()), fields, body);
    }

    /** A field's name for readers; only {@link PublicCorrection#PUBLIC_FIELDS} reach here. */
    private static String label(SiteTexts t, String field) {
        return switch (field) {
            case "headline" -> t.t("site.diff.headline");
            case "standfirst" -> t.t("site.diff.standfirst");
            case "dateline.place" -> t.t("site.diff.datelinePlace");
            case "dateline.source" -> t.t("site.diff.datelineSource");
            default -> field;
        };
    }

    /** Text fields come with word changes; the others (and a field that was empty) as the old and the new value. */
    private static List<ArticleDiff.WordChange> words(ArticleDiff.FieldChange f) {
        if (f.words() != null && !f.words().isEmpty()) {
            return f.words();
        }
        List<ArticleDiff.WordChange> runs = new java.util.ArrayList<>();
        if (f.before() != null && !f.before().isBlank()) {
            runs.add(new ArticleDiff.WordChange(ArticleDiff.WordChange.Op.DELETE, f.before()));
        }
        if (f.after() != null && !f.after().isBlank()) {
            if (!runs.isEmpty()) {
                runs.add(new ArticleDiff.WordChange(ArticleDiff.WordChange.Op.EQUAL, " "));
            }
            runs.add(new ArticleDiff.WordChange(ArticleDiff.WordChange.Op.INSERT, f.after()));
        }
        return runs;
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
