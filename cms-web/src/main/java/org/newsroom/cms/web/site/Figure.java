package org.newsroom.cms.web.site;

import java.util.List;
import java.util.stream.Collectors;

import org.newsroom.cms.plugin.api.delivery.PublicParts;

/** A picture as the site shows it: {@code <img>} with {@code srcset} from the renditions, caption and credit. */
public record Figure(String src, String srcset, Integer width, Integer height, String alt, String caption,
                     String credit) {

    /** The renditions' widths for the browser to choose from; the original last. */
    static Figure of(PublicParts.Picture p) {
        List<String> candidates = new java.util.ArrayList<>(p.renditions().stream()
                .filter(r -> p.width() == null || r.width() < p.width())
                .map(r -> r.path() + " " + r.width() + "w").toList());
        if (p.width() != null) {
            candidates.add(p.path() + " " + p.width() + "w");
        }
        String src = p.renditions().stream().filter(r -> r.width() >= 800).map(PublicParts.Rendition::path).findFirst()
                .orElse(p.path());
        return new Figure(src, candidates.isEmpty() ? null : candidates.stream().collect(Collectors.joining(", ")),
                p.width(), p.height(), p.altText() == null ? "" : p.altText(), blankToNull(p.caption()),
                blankToNull(p.credit()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
