package org.newsroom.cms.core.infrastructure.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The public site's markup for one embed. YouTube plays in a sandboxed iframe from youtube-nocookie.com (no
 * cookies until the reader plays); X, Instagram and TikTok get the blockquote their own embed code starts
 * from, holding a link to the post, and no provider script: nothing of theirs loads until a reader clicks.
 */
final class EmbedMarkup {

    private EmbedMarkup() {
    }

    static Element of(Embed embed, Document doc, boolean indonesian) {
        Element figure = doc.createElement("figure").addClass("embed").addClass("embed-" + embed.provider().key());
        String url = embed.canonicalUrl();
        switch (embed.provider()) {
            case YOUTUBE -> figure.appendElement("iframe")
                    .attr("src", "https://www.youtube-nocookie.com/embed/" + embed.id())
                    .attr("title", (indonesian ? "Video YouTube" : "YouTube video"))
                    .attr("width", "560").attr("height", "315")
                    .attr("sandbox", Embeds.SANDBOX)
                    .attr("allow", "fullscreen; picture-in-picture; encrypted-media")
                    .attr("loading", "lazy")
                    // the site sends no Referer at all; YouTube's player refuses to play without its origin
                    .attr("referrerpolicy", "strict-origin-when-cross-origin");
            case X -> figure.appendElement("blockquote").addClass("twitter-tweet").attr("cite", url)
                    .appendElement("p").appendChild(link(doc, url,
                            (indonesian ? "Unggahan @" : "Post by @") + handle(embed) + (indonesian ? " di X" : " on X")));
            case INSTAGRAM -> figure.appendElement("blockquote").addClass("instagram-media")
                    .attr("cite", url).attr("data-instgrm-permalink", url)
                    .appendElement("p").appendChild(link(doc, url,
                            indonesian ? "Lihat unggahan ini di Instagram" : "View this post on Instagram"));
            case TIKTOK -> figure.appendElement("blockquote").addClass("tiktok-embed")
                    .attr("cite", url).attr("data-video-id", embed.id().substring(embed.id().indexOf('/') + 1))
                    .appendElement("p").appendChild(link(doc, url,
                            (indonesian ? "Video @" : "Video by @") + handle(embed) + (indonesian ? " di TikTok" : " on TikTok")));
        }
        return figure;
    }

    private static Element link(Document doc, String url, String text) {
        return doc.createElement("a").attr("href", url).attr("rel", "noopener").text(text);
    }

    private static String handle(Embed embed) {
        return embed.id().substring(0, embed.id().indexOf('/'));
    }
}
