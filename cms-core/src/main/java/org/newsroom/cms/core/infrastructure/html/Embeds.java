package org.newsroom.cms.core.infrastructure.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Embedded posts and videos in article bodies, stored as {@code <figure data-embed="provider" data-id="…">}
 * (never the provider's HTML), for the providers of {@link EmbedProvider}. {@link #parse} reads a pasted post
 * address; {@link #asLinks} turns each figure into a plain link to the post for the faces that carry no
 * players (feeds, ninjs and NewsML-G2); {@link #render} gives the public site's markup: a sandboxed,
 * cookie-less player for YouTube, the provider's quote-and-link markup for the others (their scripts are
 * never loaded: readers follow the link). A stored figure that does not validate is rendered as nothing.
 */
public final class Embeds {

    /**
     * {@code sandbox} of the YouTube player: scripts to play, presentation for full screen, popups (escaping the
     * sandbox) to open YouTube. Not {@code allow-same-origin}: with scripts it lets a frame lift its own sandbox,
     * which the Nu Html Checker reports as an error; the player then runs in an opaque origin (no cookies or
     * storage of its own), which also keeps it from remembering readers.
     */
    static final String SANDBOX = "allow-scripts allow-presentation allow-popups allow-popups-to-escape-sandbox";
    private static final int MAX_URL = 2048;

    private Embeds() {
    }

    /** The embed a post address names, when it is a post of an allowed provider; empty otherwise. */
    public static Optional<Embed> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.strip();
        if (text.isEmpty() || text.length() > MAX_URL || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (!text.contains("://")) {
            text = "https://" + text; // "youtu.be/…" as people paste it
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getPort() != -1) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return EmbedProvider.byHost(host).flatMap(p -> p.idFrom(host, path, uri.getRawQuery())
                .filter(p::isValidId).map(id -> new Embed(p, id)));
    }

    /** The embed a stored figure names, when its provider is allowed and its id has that provider's shape. */
    public static Optional<Embed> of(String provider, String id) {
        return EmbedProvider.byKey(provider).filter(p -> p.isValidId(id)).map(p -> new Embed(p, id));
    }

    /**
     * The origins the public site's pages frame (CSP {@code frame-src}): the players of the providers
     * rendered as an iframe.
     */
    public static List<String> frameSources() {
        return Arrays.stream(EmbedProvider.values()).flatMap(p -> p.frameOrigin().stream()).distinct().toList();
    }

    /**
     * The body with every embed figure replaced by a paragraph linking to the post (invalid ones dropped),
     * written as well-formed XML too ({@code <br />}, numeric character references), since NewsML-G2 carries
     * the body as inline XHTML.
     */
    public static String asLinks(String bodyHtml) {
        return replaceFigures(bodyHtml, true, (embed, doc) -> {
            Element p = doc.createElement("p");
            p.appendElement("a").attr("href", embed.canonicalUrl()).text(embed.canonicalUrl());
            return p;
        });
    }

    /** The body as the public site shows it, labels in English. */
    public static String render(String bodyHtml) {
        return render(bodyHtml, Locale.ENGLISH);
    }

    /** The body as the public site shows it, the players' titles and links worded in {@code language}. */
    public static String render(String bodyHtml, Locale language) {
        boolean indonesian = language != null
                && (language.getLanguage().equals("id") || language.getLanguage().equals("in"));
        return replaceFigures(bodyHtml, false, (embed, doc) -> EmbedMarkup.of(embed, doc, indonesian));
    }

    private interface Replacement {
        Element of(Embed embed, Document doc);
    }

    private static String replaceFigures(String bodyHtml, boolean xml, Replacement replacement) {
        if (bodyHtml == null || !bodyHtml.contains("data-embed")) {
            return bodyHtml; // the common case: nothing to do, the stored markup untouched
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        if (xml) {
            doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
        }
        for (Element figure : doc.body().select("figure[data-embed]")) {
            Optional<Embed> embed = of(figure.attr("data-embed"), figure.attr("data-id"));
            if (embed.isPresent()) {
                figure.replaceWith(replacement.of(embed.get(), doc));
            } else {
                figure.remove();
            }
        }
        return doc.body().html();
    }
}
