package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.cms.it.NewsmlSchema.parse;
import static org.newsroom.cms.it.NewsmlSchema.problems;
import static org.newsroom.cms.it.NewsmlSchema.x;

import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Articles and their photos as IPTC NewsML-G2 2.35, each document validated against the official schema, and the
 * 410 that every public address of an article killed after publication answers.
 */
class NewsmlIT extends AbstractApiIT {

    private static final String G2 = "application/vnd.iptc.g2.newsitem+xml";

    @Test
    void aPublishedArticleAndItsPhotoAreValidNewsItemsAndGoOnceKilled() throws Exception {
        Story story = story();
        ApiClient anonymous = newsroom.anonymous();

        ApiClient.Reply draft = journalist.get(story.path + "/newsml");
        assertThat(draft.status()).as(draft.raw()).isEqualTo(200);
        assertThat(draft.header("Content-Type")).startsWith(G2);
        assertThat(problems(draft.raw())).as(draft.raw()).isEmpty();
        assertThat(x(parse(draft.raw()), "//g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:withheld");
        assertThat(anonymous.get(story.path + "/newsml").status()).isEqualTo(401);

        String slug = publish(story.path);
        ApiClient.Reply reply = anonymous.get("/api/public/articles/" + slug + ".newsml");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith(G2);
        assertThat(problems(reply.raw())).as(reply.raw()).isEmpty();
        Document item = parse(reply.raw());
        assertThat(x(item, "/g:newsItem/@guid")).isEqualTo("urn:newsroom-cms:article:" + story.id);
        assertThat(x(item, "//g:itemMeta/g:itemClass/@qcode")).isEqualTo("ninat:text");
        assertThat(x(item, "//g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:usable");
        assertThat(x(item, "//g:contentMeta/g:headline")).isEqualTo(story.headline);
        assertThat(x(item, "//g:contentMeta/g:dateline")).isEqualTo("Jakarta, HanTer");
        assertThat(x(item, "//g:contentMeta/g:located/g:name")).isEqualTo("Jakarta");
        assertThat(x(item, "//g:contentMeta/g:language/@tag")).isEqualTo("id");
        assertThat(x(item, "//g:contentMeta/g:slugline")).isEqualTo(slug);
        assertThat(x(item, "//g:contentMeta/g:description")).isEqualTo("Standfirst of " + story.headline);
        assertThat(x(item, "//g:inlineXML[@contenttype='application/xhtml+xml']/h:html/h:body/h:p[1]"))
                .isEqualTo("First paragraph.");
        String link = x(item, "//g:itemMeta/g:link[g:itemClass/@qcode='ninat:picture']/@href");
        assertThat(link).startsWith("http").endsWith("/api/public/photos/" + story.photoId + ".newsml");

        ApiClient.Reply negotiated = anonymous.get("/api/public/articles/" + slug, "Accept", G2);
        assertThat(negotiated.status()).isEqualTo(200);
        assertThat(negotiated.header("Content-Type")).startsWith(G2);
        assertThat(problems(negotiated.raw())).isEmpty();
        assertThat(x(parse(negotiated.raw()), "/g:newsItem/@guid")).isEqualTo("urn:newsroom-cms:article:" + story.id);
        assertThat(anonymous.get("/api/public/articles/" + slug).header("Content-Type")).startsWith("application/json");

        String photoPath = link.substring(link.indexOf("/api/"));
        ApiClient.Reply picture = anonymous.get(photoPath);
        assertThat(picture.status()).as(picture.raw()).isEqualTo(200);
        assertThat(picture.header("Content-Type")).startsWith(G2);
        assertThat(problems(picture.raw())).as(picture.raw()).isEmpty();
        Document photo = parse(picture.raw());
        assertThat(x(photo, "//g:itemMeta/g:itemClass/@qcode")).isEqualTo("ninat:picture");
        assertThat(x(photo, "//g:contentMeta/g:description")).isEqualTo("Kepala Staf Angkatan Bersenjata Iran");
        assertThat(x(photo, "//g:contentMeta/g:creditline")).isEqualTo("HanTer");
        assertThat(x(photo, "//g:contentMeta/g:by")).isEqualTo("Budi Santoso");
        assertThat(x(photo, "//g:rightsInfo/g:copyrightNotice")).isEqualTo("© HanTer");
        assertThat(x(photo, "count(//g:contentSet/g:remoteContent)")).isEqualTo("3");
        assertThat(x(photo, "//g:contentSet/g:remoteContent[1]/@width")).isEqualTo("640");
        String image = x(photo, "//g:contentSet/g:remoteContent[2]/@href");
        assertThat(anonymous.raw("GET", image.substring(image.indexOf("/api/")), "text/plain", null).status())
                .isEqualTo(200);

        ApiClient.Reply killed = move(editor, story.path, "KILLED", "Legal: the source recanted");
        assertThat(killed.status()).as(killed.raw()).isEqualTo(200);
        for (String path : List.of("/api/public/articles/" + slug, "/api/public/articles/" + slug + ".ninjs",
                "/api/public/articles/" + slug + ".newsml", photoPath, "/api/public/photos/" + story.photoId,
                "/api/public/photos/" + story.photoId + "/320")) {
            ApiClient.Reply gone = anonymous.get(path);
            assertThat(gone.status()).as(path).isEqualTo(410);
            assertThat(gone.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(gone.raw()).as(path).doesNotContain("recanted");
        }
        assertThat(anonymous.get("/api/public/articles/" + slug, "Accept", G2).status()).isEqualTo(410);
        assertThat(anonymous.get("/api/public/articles/" + slug).text("detail"))
                .isEqualTo("This article has been withdrawn.");
        // the newsroom still exports what it killed
        assertThat(journalist.get(story.path + "/newsml").status()).isEqualTo(200);
    }

    @Test
    void bylinesAndTagsBecomeCreatorsAndMediaTopicSubjects() throws Exception {
        Story story = story();
        String slug = publish(story.path);

        String xml = newsroom.anonymous().get("/api/public/articles/" + slug + ".newsml").raw();

        assertThat(problems(xml)).as(xml).isEmpty();
        Document item = parse(xml);
        assertThat(x(item, "//g:contentMeta/g:creator/g:name")).as(xml).contains("journalist");
        assertThat(x(item, "//g:contentMeta/g:subject[@qcode='medtop:11000000']/g:name")).as(xml).isNotBlank();
    }

    @Test
    void aKilledDraftAndAnUnknownSlugAre404() {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Never out " + UUID.randomUUID()));
        String path = "/api/articles/" + created.text("id");
        assertThat(move(editor, path, "KILLED", "duplicate").status()).isEqualTo(200);
        String slug = editor.get(path).text("slug");

        for (String suffix : List.of("", ".ninjs", ".newsml")) {
            assertThat(newsroom.anonymous().get("/api/public/articles/" + slug + suffix).status()).as(suffix)
                    .isEqualTo(404);
        }
        assertThat(newsroom.anonymous().get("/api/public/articles/no-such-story.newsml").status()).isEqualTo(404);
        assertThat(newsroom.anonymous().get("/api/public/photos/" + UUID.randomUUID() + ".newsml").status())
                .isEqualTo(404);
    }

    private record Story(String id, String path, String headline, String photoId) {
    }

    /** The wire-like story (Jakarta, HanTer dateline) with a tag, the author's byline and a captioned photo. */
    private Story story() throws Exception {
        String headline = "Newsml " + UUID.randomUUID();
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article(headline));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        assertThat(journalist.put(path + "/tagging/tags", Map.of("tags", List.of("politik"))).status()).isEqualTo(200);
        ApiClient.Reply photo = journalist.multipart(path + "/photo-captions/photos", List.of(
                ApiClient.Part.field("caption", "Kepala Staf Angkatan Bersenjata Iran"),
                ApiClient.Part.field("credit", "HanTer"),
                ApiClient.Part.field("photographer", "Budi Santoso"),
                ApiClient.Part.field("copyright", "© HanTer"),
                ApiClient.Part.field("altText", "A general at a lectern"),
                ApiClient.Part.file("file", "lead.jpg", "image/jpeg", PhotosPanelFixtures.jpeg(640, 480, new java.awt.Color(40, 90, 140)))));
        assertThat(photo.status()).as(photo.raw()).isEqualTo(201);
        String photoId = photo.text("id");
        return new Story(created.text("id"), path, headline, photoId);
    }

    private String publish(String path) {
        assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
        ApiClient.Reply published = move(editor, path, "PUBLISHED", null);
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        return published.text("slug");
    }
}
