package org.newsroom.cms.web.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;

import org.newsroom.cms.core.application.FeedService.PublishedCorrection;
import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.infrastructure.html.Embeds;
import org.newsroom.cms.plugin.api.delivery.PublicParts;

/**
 * Feed entries from the published-article model: one per story, or one per correction. Ids never change with
 * the slug or the base URL ({@code urn:newsroom-cms:article:<id>}, the ninjs {@code uri}); {@code updated} is the
 * story's {@link LiveArticle#modifiedAt()}, so a correction announces it again; {@code published} its first
 * publication. No HTTP here: {@code absolute} turns the site's paths into the public base URL's.
 */
final class FeedEntries {

    private FeedEntries() {
    }

    static String articleId(Article article) {
        return "urn:newsroom-cms:article:" + article.getId();
    }

    /** A story: its headline, standfirst, body (embeds as links), writers, subjects and lead picture. */
    static SyndEntry story(LiveArticle live, PublicParts parts, String siteName, UnaryOperator<String> absolute) {
        Article a = live.article();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(articleId(a));
        entry.setTitle(live.content().headline());
        entry.setLink(absolute.apply("/articles/" + a.getSlug()));
        entry.setPublishedDate(date(a.getFirstPublishedAt()));
        entry.setUpdatedDate(date(live.modifiedAt()));
        entry.setAuthors(authors(parts, siteName, absolute));
        if (live.content().standfirst() != null && !live.content().standfirst().isBlank()) {
            entry.setDescription(content("text", live.content().standfirst()));
        }
        entry.setContents(List.of(content("html", Embeds.asLinks(live.content().body()))));
        List<SyndCategory> categories = new ArrayList<>();
        for (PublicParts.Subject s : parts.subjects()) {
            SyndCategory c = new SyndCategoryImpl();
            c.setName(s.name());
            categories.add(c);
        }
        entry.setCategories(categories);
        PublicParts.Picture lead = lead(parts);
        if (lead != null && lead.path() != null) {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(absolute.apply(lead.path()));
            enclosure.setType(lead.mediaType() == null ? "image/jpeg" : lead.mediaType());
            entry.setEnclosures(List.of(enclosure));
        }
        return entry;
    }

    /** A correction: the note, when it was made, and a link to the corrected story; in the newsroom's name. */
    static SyndEntry correction(PublishedCorrection c, String siteName, UnaryOperator<String> absolute) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:newsroom-cms:correction:" + c.correction().getId());
        entry.setTitle(c.article().content().headline());
        entry.setLink(absolute.apply("/articles/" + c.article().article().getSlug()));
        entry.setPublishedDate(date(c.correction().getCorrectedAt()));
        entry.setUpdatedDate(date(c.correction().getCorrectedAt()));
        entry.setAuthors(List.of(person(siteName, null)));
        entry.setDescription(content("text", c.correction().getNote()));
        return entry;
    }

    /** The writers (creators) in byline order; the site itself when no plugin names any. */
    private static List<SyndPerson> authors(PublicParts parts, String siteName, UnaryOperator<String> absolute) {
        List<SyndPerson> authors = new ArrayList<>();
        for (PublicParts.Person p : parts.people()) {
            if (p.creator()) {
                authors.add(person(p.name(), p.path() == null ? null : absolute.apply(p.path())));
            }
        }
        return authors.isEmpty() ? List.of(person(siteName, null)) : authors;
    }

    /** The picture that leads: the first marked lead, or else the first. */
    static PublicParts.Picture lead(PublicParts parts) {
        return parts.pictures().stream().filter(PublicParts.Picture::lead).findFirst()
                .orElse(parts.pictures().isEmpty() ? null : parts.pictures().get(0));
    }

    private static SyndPerson person(String name, String uri) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
