package org.newsroom.cms.plugin.api.delivery;

import java.util.List;
import java.util.Map;

/**
 * What one plugin shows readers of one article. The host merges every enabled plugin's parts (lists
 * concatenated in plugin-id order) and writes each public face from them:
 * <ul>
 * <li>{@code people}: JSON-LD {@code author} ({@link Person#creator() creators}), Atom/RSS authors, NewsML-G2
 * {@code creator}/{@code contributor};</li>
 * <li>{@code subjects}: JSON-LD {@code keywords}, feed categories, NewsML-G2 {@code subject} (by qcode);</li>
 * <li>{@code pictures}: the page's lead figure with its {@code srcset}, JSON-LD {@code image}, sitemap image
 * entries, feed enclosures, NewsML-G2 links to each picture's own item;</li>
 * <li>{@code html}: escaped, self-contained HTML fragments the article page places in a {@link Slot}, styled
 * by the site's documented classes ({@code site-credit}, {@code site-terms}…).</li>
 * </ul>
 * Paths are site-relative ({@code /authors/…}); the host makes them absolute with the public base URL.
 */
public record PublicParts(List<Person> people, List<Subject> subjects, List<Picture> pictures, Map<Slot, String> html) {

    public static final PublicParts NONE = new PublicParts(List.of(), List.of(), List.of(), Map.of());

    public PublicParts {
        people = people == null ? List.of() : List.copyOf(people);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
        html = html == null ? Map.of() : Map.copyOf(html);
    }

    /** Where on the article page a fragment goes. */
    public enum Slot {
        /** Under the headline and standfirst, e.g. "Oleh A dan B". */
        BYLINE,
        /** After the body and its corrections, e.g. the list of tags. */
        AFTER_BODY
    }

    /**
     * Someone credited on the article.
     *
     * @param name    as readers see it
     * @param role    what they did, in IPTC words: {@code author}, {@code photographer}, {@code editor},
     *                {@code contributor}…
     * @param path    their public page ({@code /authors/slug}), or null when they have none (guests)
     * @param creator whether they wrote it (JSON-LD author, NewsML-G2 creator) rather than contributed
     */
    public record Person(String name, String role, String path, boolean creator) {
    }

    /**
     * What the article is about.
     *
     * @param name  in the article's language where known
     * @param path  its public page ({@code /tags/slug}), or null
     * @param qcode its code in a controlled vocabulary ({@code medtop:11000000}), or null for a free term
     * @param uri   the concept's URI ({@code http://cv.iptc.org/newscodes/mediatopic/11000000}), or null
     */
    public record Subject(String name, String path, String qcode, String uri) {
    }

    /**
     * A picture published with the article; the first one that is {@code lead} (or else the first) leads.
     *
     * @param id         stable across edits of its text
     * @param path       the original image
     * @param itemPath   its own NewsML-G2 picture item ({@code /api/public/photos/{id}.newsml}), or null
     * @param renditions smaller copies for {@code srcset}, narrowest first
     */
    public record Picture(String id, String path, String itemPath, String mediaType, Integer width, Integer height,
                          List<Rendition> renditions, String caption, String credit, String photographer,
                          String copyright, String altText, boolean lead) {

        public Picture {
            renditions = renditions == null ? List.of() : List.copyOf(renditions);
        }
    }

    /** One size of a picture. */
    public record Rendition(String path, int width, Integer height) {
    }
}
